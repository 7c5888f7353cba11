// SPDX-License-Identifier: GPL-3.0-or-later
#include "LegalHighlighter.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>

#include <QTemporaryDir>
#include <QTextDocument>
#include <QWidget>
#include <ksyntaxhighlighting_version.h>

#include <algorithm>

namespace rt::ui {

namespace {

// The shipped definition in the resources; addCustomSearchPath() wants the directory above syntax/.
QString shippedSearchPath()
{
    return QStringLiteral(":/highlighting");
}

QString definitionFileName()
{
    return QStringLiteral("syntax/regtracker-legal.xml");
}

// Copies left behind by a process that crashed: anything nobody has written for a week. A running process
// read its copy when it wrote it, and writes it again at its next change.
void removeStaleCopies(const QString &cache)
{
    const QDateTime weekAgo = QDateTime::currentDateTime().addDays(-7);
    const QFileInfoList copies = QDir(cache).entryInfoList({QStringLiteral("legal-highlighting-*")},
                                                           QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &copy : copies) {
        const QFileInfo file(copy.filePath() + u'/' + definitionFileName());
        if ((file.exists() ? file.lastModified() : copy.lastModified()) < weekAgo) {
            QDir(copy.filePath()).removeRecursively();
        }
    }
}

// The authority rule; its String attribute is "&wb;(?:English name|…)&we;|中文名称|…".
const QRegularExpression &authorityRule()
{
    static const QRegularExpression rule(
        QStringLiteral(R"re(<RegExpr\s+attribute="Authority"[^>]*?\sString="([^"]*)")re"));
    return rule;
}

QStringList shippedNames(QStringView pattern)
{
    const QLatin1StringView englishStart("&wb;(?:");
    const QLatin1StringView englishEnd(")&we;");
    QStringList names;
    if (pattern.startsWith(englishStart)) {
        const qsizetype end = pattern.indexOf(englishEnd);
        if (end < 0) {
            return {};
        }
        for (QStringView name : pattern.sliced(englishStart.size(), end - englishStart.size()).split(u'|')) {
            names.append(name.toString());
        }
        pattern = pattern.sliced(end + englishEnd.size());
    }
    for (QStringView name : pattern.split(u'|', Qt::SkipEmptyParts)) {
        names.append(name.toString());
    }
    return names;
}

// Longest first: at one position the regular expression takes the first alternative that matches, and
// 国务院办公厅 must not stop at 国务院.
QStringList normalised(const QStringList &names)
{
    QStringList result;
    for (const QString &name : names) {
        const QString simplified = name.simplified();
        if (simplified.size() >= 2) {
            result.append(simplified);
        }
    }
    result.removeDuplicates();
    std::sort(result.begin(), result.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    return result;
}

bool isAsciiWordCharacter(QChar c)
{
    return c.unicode() < 128 && (c.isLetterOrNumber() || c == u'_');
}

// A name as a literal pattern: regex specials escaped, any run of spaces matching any white space, and ASCII
// word boundaries where the name begins or ends with a Latin letter or digit (none inside Chinese text).
QString namePattern(const QString &name)
{
    static const QString specials = QStringLiteral("\\^$.|?*+()[]{}");
    QString pattern;
    bool inSpace = false;
    for (const QChar c : name) {
        if (c.isSpace()) {
            if (!inSpace) {
                pattern += QStringLiteral("\\s+");
            }
            inSpace = true;
            continue;
        }
        inSpace = false;
        if (specials.contains(c)) {
            pattern += u'\\';
        }
        pattern += c;
    }
    if (isAsciiWordCharacter(name.front())) {
        pattern.prepend(QStringLiteral("(?<![A-Za-z0-9_])"));
    }
    if (isAsciiWordCharacter(name.back())) {
        pattern.append(QStringLiteral("(?![A-Za-z0-9_])"));
    }
    return pattern;
}

QString formatStyle(const KSyntaxHighlighting::Format &format, const KSyntaxHighlighting::Theme &theme,
                    bool withBackground)
{
    QStringList parts;
    if (format.hasTextColor(theme)) {
        parts.append(QStringLiteral("color:") + format.textColor(theme).name());
    }
    if (withBackground && format.hasBackgroundColor(theme)) {
        parts.append(QStringLiteral("background-color:") + format.backgroundColor(theme).name());
    }
    if (format.isBold(theme)) {
        parts.append(QStringLiteral("font-weight:bold"));
    }
    if (format.isItalic(theme)) {
        parts.append(QStringLiteral("font-style:italic"));
    }
    QStringList decorations;
    if (format.isUnderline(theme)) {
        decorations.append(QStringLiteral("underline"));
    }
    if (format.isStrikeThrough(theme)) {
        decorations.append(QStringLiteral("line-through"));
    }
    if (!decorations.isEmpty()) {
        parts.append(QStringLiteral("text-decoration:") + decorations.join(u' '));
    }
    return parts.join(u';');
}

// Runs the definition over a text line by line and keeps every span whose format differs from plain text,
// with offsets into the whole text.
class SpanCollector final : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    struct Span
    {
        qsizetype start = 0;
        qsizetype end = 0;
        KSyntaxHighlighting::Format format;
    };

    QList<Span> collect(const QString &text)
    {
        m_spans.clear();
        KSyntaxHighlighting::State state;
        qsizetype lineStart = 0;
        for (const QStringView line : QStringView(text).split(u'\n')) {
            m_lineStart = lineStart;
            state = highlightLine(line, state);
            lineStart += line.size() + 1;
        }
        return std::exchange(m_spans, {});
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length > 0 && format.isValid() && !format.isDefaultTextStyle(theme())) {
            m_spans.append({m_lineStart + offset, m_lineStart + offset + length, format});
        }
    }

private:
    QList<Span> m_spans;
    qsizetype m_lineStart = 0;
};

} // namespace

LegalHighlighter::LegalHighlighter(QWidget *parent)
    : QObject(parent)
    , m_widget(parent)
{
    if (m_widget) {
        m_widget->installEventFilter(this);
    }
    followPalette();
}

LegalHighlighter::~LegalHighlighter()
{
    // The editors' highlighters use our repository's definition: they go with it, quietly, since clearing
    // their formats must not look like an edit to a form that may be half destroyed.
    for (const auto &[highlighter, syntax] : std::as_const(m_attached)) {
        if (highlighter) {
            const QSignalBlocker blocker(highlighter->document());
            delete highlighter.data();
        }
    }
}

QString LegalHighlighter::libraryVersion()
{
    return QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING);
}

QString LegalHighlighter::definitionName()
{
    return QStringLiteral("RegTracker Legal Text");
}

QString LegalHighlighter::definitionWithAuthorities(const QString &definitionXml, const QStringList &names)
{
    QString result = definitionXml;
    const QRegularExpressionMatch rule = authorityRule().match(result);
    if (rule.hasMatch()) {
        QStringList patterns;
        for (const QString &name : normalised(shippedNames(rule.capturedView(1)) + names)) {
            patterns.append(namePattern(name));
        }
        result.replace(rule.capturedStart(1), rule.capturedLength(1), patterns.join(u'|').toHtmlEscaped());
    }
    // Of two definitions with one name, the repository keeps the higher version.
    static const QRegularExpression version(QStringLiteral(R"re(<language\b[^>]*?\sversion="(\d+)")re"));
    const QRegularExpressionMatch match = version.match(result);
    if (match.hasMatch()) {
        result.replace(match.capturedStart(1), match.capturedLength(1),
                       QString::number(match.capturedView(1).toInt() + 1));
    }
    return result;
}

void LegalHighlighter::setAuthorityNames(const QStringList &names)
{
    m_wanted = normalised(names);
    if (m_repository && m_wanted != m_names) {
        writeDefinition();
    }
}

QStringList LegalHighlighter::authorityNames() const
{
    repository();
    return m_names;
}

KSyntaxHighlighting::Repository &LegalHighlighter::repository() const
{
    if (!m_repository) {
        m_repository = std::make_unique<KSyntaxHighlighting::Repository>();
        m_repository->addCustomSearchPath(shippedSearchPath());
        if (m_wanted != m_names) {
            writeDefinition();
        }
    }
    return *m_repository;
}

void LegalHighlighter::writeDefinition() const
{
    const QStringList wanted = m_wanted;
    QFile shipped(shippedSearchPath() + u'/' + definitionFileName());
    if (!shipped.open(QIODevice::ReadOnly)) {
        qWarning("The legal-text highlighting definition is missing from the resources");
        return;
    }
    const QString xml = definitionWithAuthorities(QString::fromUtf8(shipped.readAll()), wanted);

    if (!m_generated) {
        const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        QDir().mkpath(cache);
        removeStaleCopies(cache);
        auto directory
            = std::make_unique<QTemporaryDir>(cache + QStringLiteral("/legal-highlighting-XXXXXX"));
        if (!directory->isValid()) {
            qWarning("Cannot create a directory for the legal-text highlighting definition under %s",
                     qPrintable(cache));
            return;
        }
        m_generated = std::move(directory);
    }
    QDir(m_generated->path()).mkpath(QStringLiteral("syntax"));
    QSaveFile file(m_generated->filePath(definitionFileName()));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml.toUtf8()) < 0 || !file.commit()) {
        qWarning("Cannot write %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
        return;
    }
    m_names = wanted;
    if (m_repository->customSearchPaths().contains(m_generated->path())) {
        m_repository->reload();
    } else {
        m_repository->addCustomSearchPath(m_generated->path());
    }
    // Read the whole definition now rather than at its first use: the file is only ours while it is fresh.
    definition().formats();
    updateAttached(true);
}

KSyntaxHighlighting::Definition LegalHighlighter::definition() const
{
    return repository().definitionForName(definitionName());
}

KSyntaxHighlighting::Theme LegalHighlighter::theme() const
{
    return repository().defaultTheme(m_dark ? KSyntaxHighlighting::Repository::DarkTheme
                                            : KSyntaxHighlighting::Repository::LightTheme);
}

QColor LegalHighlighter::markColor() const
{
    return markColorOn(m_base);
}

QString LegalHighlighter::toHtml(const QString &text, const Marks &marks) const
{
    const KSyntaxHighlighting::Theme currentTheme = theme();
    SpanCollector collector;
    collector.setDefinition(definition());
    collector.setTheme(currentTheme);
    const QList<SpanCollector::Span> spans = collector.collect(text);

    // Cut the text wherever a span or a mark begins or ends; each piece then has one style, and pieces with
    // the same style merge. Flat spans nest trivially, however marks and syntax overlap.
    QList<qsizetype> cuts{0, text.size()};
    for (const SpanCollector::Span &span : spans) {
        cuts << span.start << span.end;
    }
    QList<std::pair<qsizetype, qsizetype>> markRanges;
    for (const auto &[start, length] : marks) {
        const qsizetype from = std::clamp<qsizetype>(start, 0, text.size());
        const qsizetype to = std::clamp<qsizetype>(start + length, 0, text.size());
        if (from < to) {
            markRanges.append({from, to});
            cuts << from << to;
        }
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    const QString markStyle = QStringLiteral("background-color:") + markColor().name();
    QString html;
    QString style;
    QString pending;
    const auto flush = [&] {
        if (pending.isEmpty()) {
            return;
        }
        const QString escaped = pending.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
        html
            += style.isEmpty() ? escaped : QStringLiteral("<span style=\"%1\">%2</span>").arg(style, escaped);
        pending.clear();
    };
    qsizetype next = 0;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const qsizetype from = cuts.at(i);
        while (next < spans.size() && spans.at(next).end <= from) {
            ++next;
        }
        const bool inSpan = next < spans.size() && spans.at(next).start <= from;
        const bool marked = std::any_of(markRanges.cbegin(), markRanges.cend(), [from](const auto &range) {
            return range.first <= from && from < range.second;
        });
        QStringList parts;
        if (inSpan) {
            const QString formatted = formatStyle(spans.at(next).format, currentTheme, !marked);
            if (!formatted.isEmpty()) {
                parts.append(formatted);
            }
        }
        if (marked) {
            parts.append(markStyle);
        }
        const QString pieceStyle = parts.join(u';');
        if (pieceStyle != style) {
            flush();
            style = pieceStyle;
        }
        pending += QStringView(text).sliced(from, cuts.at(i + 1) - from);
    }
    flush();
    return html;
}

void LegalHighlighter::attach(QTextDocument *document, Syntax syntax)
{
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setTheme(theme());
    highlighter->setDefinition(syntax == Syntax::Markdown
                                   ? repository().definitionForName(QStringLiteral("Markdown"))
                                   : definition());
    m_attached.append({highlighter, syntax});
}

bool LegalHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::PaletteChange) {
        followPalette();
    }
    return QObject::eventFilter(watched, event);
}

void LegalHighlighter::followPalette()
{
    const QPalette palette = m_widget ? m_widget->palette() : QGuiApplication::palette();
    m_base = palette.color(QPalette::Base);
    const bool dark = m_base.lightness() < 128;
    if (dark != m_dark) {
        m_dark = dark;
        updateAttached(false);
    }
}

void LegalHighlighter::updateAttached(bool definitionChanged) const
{
    m_attached.removeIf([](const auto &attached) { return attached.first.isNull(); });
    if (m_attached.isEmpty()) {
        return; // nothing to highlight again (and the repository may not be made yet)
    }
    const KSyntaxHighlighting::Definition current = definition();
    const KSyntaxHighlighting::Theme currentTheme = theme();
    for (const auto &[highlighter, syntax] : std::as_const(m_attached)) {
        highlighter->setTheme(currentTheme);
        if (definitionChanged && syntax == Syntax::Legal && highlighter->definition() != current) {
            highlighter->setDefinition(current); // highlights again
        } else {
            highlighter->rehighlight();
        }
    }
}

} // namespace rt::ui
