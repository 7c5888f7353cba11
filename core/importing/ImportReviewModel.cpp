// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReviewModel.h"

#include "AnnouncedDate.h"
#include "DateText.h"
#include "Obligation.h"
#include "Vocabulary.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rt::core {

namespace {

// Children carry their item's row + 1 as internal id; items carry 0.
constexpr quintptr itemId = 0;

QString percent(double confidence)
{
    return QLocale().toString(qRound(confidence * 100)) + QStringLiteral(" %");
}

} // namespace

ImportReviewModel::ImportReviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ImportReviewModel::setBatch(ImportBatch batch)
{
    beginResetModel();
    m_batch = std::move(batch);
    endResetModel();
    Q_EMIT selectionCountChanged();
}

void ImportReviewModel::setReferenceNames(const ReferenceNames &names)
{
    m_names = names;
    if (!m_batch.items.isEmpty()) {
        Q_EMIT dataChanged(index(0, AuthoritiesColumn), index(rowCount() - 1, TopicsColumn));
    }
}

void ImportReviewModel::setLanguage(Language language)
{
    if (language != m_language) {
        m_language = language;
        retranslate();
    }
}

void ImportReviewModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int row = 0; row < rowCount(); ++row) {
        emitRowChanged(index(row, 0));
    }
}

QString ImportReviewModel::fieldOf(int column)
{
    switch (column) {
    case TitleColumn:
        return QString::fromUtf16(ImportField::Title);
    case AuthoritiesColumn:
        return QString::fromUtf16(ImportField::Authority);
    case AnnouncedColumn:
        return QString::fromUtf16(ImportField::Announced);
    case CommentDeadlineColumn:
        return QString::fromUtf16(ImportField::CommentDeadline);
    case EffectiveColumn:
        return QString::fromUtf16(ImportField::Effective);
    case KindColumn:
        return QString::fromUtf16(ImportField::Kind);
    case StageColumn:
        return QString::fromUtf16(ImportField::Stage);
    case TopicsColumn:
        return QString::fromUtf16(ImportField::Topic);
    case ParametersColumn:
        return QString::fromUtf16(ImportField::Penalty);
    default:
        return {};
    }
}

QString ImportReviewModel::statusText(ImportMatch match)
{
    switch (match) {
    case ImportMatch::New:
        return tr("New");
    case ImportMatch::Unchanged:
        return tr("Already in the database");
    case ImportMatch::Changed:
        return tr("Changed");
    }
    return {};
}

int ImportReviewModel::itemRow(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return -1;
    }
    return index.internalId() == itemId ? index.row() : int(index.internalId()) - 1;
}

void ImportReviewModel::setAllSelected(bool selected)
{
    for (int row = 0; row < m_batch.items.size(); ++row) {
        if (m_batch.items[row].selected != selected) {
            m_batch.items[row].selected = selected;
            emitRowChanged(index(row, 0));
        }
    }
    Q_EMIT selectionCountChanged();
}

void ImportReviewModel::toggle(const QModelIndex &index)
{
    const QModelIndex tick = index.siblingAtColumn(NumberColumn);
    const bool checked = tick.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    setData(tick, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

int ImportReviewModel::selectedCount() const
{
    return int(std::ranges::count_if(m_batch.items, [](const ImportItem &item) { return item.selected; }));
}

int ImportReviewModel::selectedObligationCount() const
{
    int count = 0;
    for (const ImportItem &item : m_batch.items) {
        if (item.selected) {
            count += int(std::ranges::count_if(item.obligations,
                                               [](const CandidateObligation &c) { return c.selected; }));
        }
    }
    return count;
}

QModelIndex ImportReviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_batch.items.size() ? createIndex(row, column, itemId) : QModelIndex();
    }
    if (parent.internalId() != itemId || parent.row() >= m_batch.items.size()) {
        return {};
    }
    return row < m_batch.items.at(parent.row()).obligations.size()
        ? createIndex(row, column, quintptr(parent.row()) + 1)
        : QModelIndex();
}

QModelIndex ImportReviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == itemId) {
        return {};
    }
    return createIndex(int(child.internalId()) - 1, 0, itemId);
}

int ImportReviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_batch.items.size());
    }
    if (parent.internalId() != itemId || parent.column() != 0) {
        return 0;
    }
    return int(m_batch.items.at(parent.row()).obligations.size());
}

int ImportReviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString ImportReviewModel::authoritiesText(const QStringList &codes, const ImportItem &item) const
{
    QStringList names;
    for (const QString &code : codes) {
        const bool proposed = std::any_of(item.proposedAuthorities.cbegin(), item.proposedAuthorities.cend(),
                                          [&code](const Authority &a) { return a.code == code; });
        // An authority the import adds from the catalogue is named by its code until it is in the database.
        names.append(proposed && !m_names.authorities().contains(code)
                         ? tr("%1 (new)", "an authority added from the catalogue").arg(code)
                         : m_names.authorityShort(code, m_language));
    }
    return names.join(QStringLiteral(", "));
}

QString ImportReviewModel::authorityName(const QString &code, const ImportItem &item) const
{
    for (const Authority &a : item.proposedAuthorities) {
        if (a.code == code && !m_names.authorities().contains(code)) {
            return tr("%1 — from the catalogue, added with this item").arg(a.name.preferring(m_language));
        }
    }
    return m_names.authorityName(code, m_language);
}

QVariant ImportReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this) {
        return {};
    }
    if (role == Qt::AccessibleDescriptionRole) {
        role = Qt::ToolTipRole; // what the tool tip tells a reader who points, told to a listener
    }
    const int row = itemRow(index);
    if (row < 0 || row >= m_batch.items.size()) {
        return {};
    }
    const ImportItem &item = m_batch.items.at(row);
    if (role == ItemRole) {
        return row;
    }
    if (index.internalId() == itemId) {
        if (role == ObligationRole) {
            return -1;
        }
        return itemData(item, index.column(), role);
    }
    if (role == ObligationRole) {
        return index.row();
    }
    return obligationData(item, item.obligations.at(index.row()), index.column(), role);
}

QVariant ImportReviewModel::itemData(const ImportItem &item, int column, int role) const
{
    switch (role) {
    case ConfidenceRole:
    case LowConfidenceRole:
        return confidenceData(item, column, role);
    case MatchRole:
        return int(item.match);
    case EditorRole:
        return int(editorOf(column));
    case DateHintRole:
        return dateHint(item, column);
    case KeyRole:
        return keyData(item, column);
    case Qt::CheckStateRole:
        return column == NumberColumn ? QVariant(item.selected ? Qt::Checked : Qt::Unchecked) : QVariant();
    case Qt::TextAlignmentRole:
        return column == NumberColumn || column == WarningsColumn || column == ConfidenceColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    case Qt::EditRole:
        if (const QVariant value = editData(item, column); value.isValid()) {
            return value;
        }
        return displayData(item, column);
    case Qt::DisplayRole:
        return displayData(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    default:
        return {};
    }
}

QVariant ImportReviewModel::confidenceData(const ImportItem &item, int column, int role) const
{
    double confidence = -1;
    const QString field = fieldOf(column);
    if (column == ConfidenceColumn) {
        for (auto it = item.confidence.cbegin(); it != item.confidence.cend(); ++it) {
            confidence = confidence < 0 ? it.value() : std::min(confidence, it.value());
        }
    } else if (!field.isEmpty() && item.confidence.contains(field)) {
        confidence = item.confidence.value(field);
    }
    if (confidence < 0) {
        return role == LowConfidenceRole ? QVariant(false) : QVariant();
    }
    return role == ConfidenceRole ? QVariant(confidence) : QVariant(confidence < lowConfidence);
}

ImportReviewModel::Editor ImportReviewModel::editorOf(int column)
{
    switch (column) {
    case TitleColumn:
        return Editor::Text;
    case AuthoritiesColumn:
        return Editor::AuthorityCodes;
    case AnnouncedColumn:
    case CommentDeadlineColumn:
    case EffectiveColumn:
        return Editor::Date;
    case KindColumn:
        return Editor::DevelopmentKind;
    case StageColumn:
        return Editor::Stage;
    default:
        return Editor::None;
    }
}

QVariant ImportReviewModel::dateHint(const ImportItem &item, int column) const
{
    const QDate date = editData(item, column).toDate();
    if (date.isValid()) {
        return date;
    }
    if (item.development.announced.isValid()) {
        return item.development.announced;
    }
    const QDate today = QDate::currentDate();
    return m_batch.year > 0 && m_batch.year != today.year() ? QDate(m_batch.year, 1, 1) : today;
}

QVariant ImportReviewModel::keyData(const ImportItem &item, int column) const
{
    switch (column) {
    case KindColumn:
        return Vocabulary::key(item.development.kind);
    case StageColumn:
        return Vocabulary::key(item.development.stage);
    case AuthoritiesColumn:
        return item.development.authorities;
    default:
        return {};
    }
}

// What an editor starts from, where it differs from what the cell shows.
QVariant ImportReviewModel::editData(const ImportItem &item, int column) const
{
    const Development &d = item.development;
    switch (column) {
    case TitleColumn:
        return d.title.preferring(item.language);
    case AuthoritiesColumn:
        return d.authorities.join(QStringLiteral(", "));
    case AnnouncedColumn:
        return d.announced;
    case CommentDeadlineColumn:
        return d.commentDeadline;
    case EffectiveColumn:
        return d.effective;
    case KindColumn:
        return Vocabulary::key(d.kind);
    case StageColumn:
        return Vocabulary::key(d.stage);
    default:
        return {};
    }
}

QVariant ImportReviewModel::displayData(const ImportItem &item, int column) const
{
    const Development &d = item.development;
    const QLocale locale;
    switch (column) {
    case NumberColumn:
        return item.number > 0 ? locale.toString(item.number) : QString();
    case TitleColumn:
        return d.title.preferring(item.language);
    case AuthoritiesColumn:
        return authoritiesText(d.authorities, item);
    case AnnouncedColumn:
        return AnnouncedDate::text(d, locale);
    case CommentDeadlineColumn:
        return DateText::table(d.commentDeadline);
    case EffectiveColumn:
        return DateText::table(d.effective);
    case KindColumn:
        return Vocabulary::label(d.kind);
    case StageColumn:
        return Vocabulary::label(d.stage);
    case TopicsColumn: {
        QStringList topics;
        for (const QString &code : d.topics) {
            topics.append(m_names.topic(code, m_language));
        }
        return topics.join(QStringLiteral(", "));
    }
    case ParametersColumn: {
        QStringList penalties;
        for (const Penalty &p : d.penalties) {
            penalties.append(locale.toString(p.amount, 'f', 0) + u' ' + p.currency);
        }
        return penalties.join(QStringLiteral(", "));
    }
    case ConfidenceColumn: {
        const QVariant confidence = confidenceData(item, column, ConfidenceRole);
        return confidence.isValid() ? percent(confidence.toDouble()) : QString();
    }
    case StatusColumn:
        return statusText(item.match);
    case WarningsColumn:
        return item.warnings.isEmpty() ? QString() : locale.toString(item.warnings.size());
    default:
        return {};
    }
}

QVariant ImportReviewModel::toolTip(const ImportItem &item, int column) const
{
    const Development &d = item.development;
    QStringList lines;
    switch (column) {
    case TitleColumn:
        lines << d.title.en << d.title.zh;
        break;
    case AuthoritiesColumn:
        for (const QString &code : d.authorities) {
            lines.append(code + QStringLiteral(": ") + authorityName(code, item));
        }
        lines.append(tr("Edit as codes separated by commas."));
        break;
    case AnnouncedColumn:
        if (AnnouncedDate::isApproximate(d)) {
            lines.append(
                tr("Approximate: the item gives no date of its own. Enter the exact date when you know it."));
        }
        break;
    case StatusColumn:
        lines.append(item.match == ImportMatch::Changed
                         ? tr("Changed: %1").arg(item.changes.join(QStringLiteral(", ")))
                         : statusText(item.match));
        if (!item.matchReason.isEmpty()) {
            lines.append(tr("Matched by %1.").arg(item.matchReason));
        }
        break;
    case WarningsColumn:
        lines = item.warnings;
        break;
    default:
        break;
    }
    const QVariant confidence = confidenceData(item, column, ConfidenceRole);
    if (confidence.isValid() && column != StatusColumn && column != WarningsColumn) {
        lines.append(
            column == ConfidenceColumn
                ? tr("The least sure detection of this item: %1.").arg(percent(confidence.toDouble()))
                : tr("Detected with %1 confidence.").arg(percent(confidence.toDouble())));
    }
    lines.removeAll(QString());
    return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
}

QVariant ImportReviewModel::obligationData(const ImportItem &item, const CandidateObligation &candidate,
                                           int column, int role) const
{
    const Obligation &o = candidate.obligation;
    const bool confidenceCell = column == TitleColumn || column == ConfidenceColumn;
    switch (role) {
    case ConfidenceRole:
        return confidenceCell ? QVariant(candidate.confidence) : QVariant();
    case LowConfidenceRole:
        return confidenceCell && candidate.confidence < lowConfidence;
    case MatchRole:
        return int(item.match);
    case EditorRole:
        return int(column == TitleColumn      ? Editor::Text
                       : column == KindColumn ? Editor::ObligationKind
                                              : Editor::None);
    case KeyRole:
        return column == KindColumn ? QVariant(Vocabulary::key(o.kind)) : QVariant();
    case Qt::CheckStateRole:
        return column == NumberColumn ? QVariant(candidate.selected ? Qt::Checked : Qt::Unchecked)
                                      : QVariant();
    case Qt::TextAlignmentRole:
        return column == ConfidenceColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::EditRole:
        if (column == KindColumn) {
            return Vocabulary::key(o.kind);
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return o.text.preferring(item.language);
        case KindColumn:
            return Vocabulary::label(o.kind);
        case ParametersColumn: {
            QStringList parameters;
            for (const ObligationParameter &p : o.parameters) {
                parameters.append(describeParameter(p, item.language));
            }
            return parameters.join(QStringLiteral("; "));
        }
        case ConfidenceColumn:
            return percent(candidate.confidence);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == ConfidenceColumn) {
            QString tip = o.text.preferring(item.language);
            if (column == ConfidenceColumn || candidate.confidence < lowConfidence) {
                tip = tr("Detected as an obligation with %1 confidence.").arg(percent(candidate.confidence));
            }
            return tip;
        }
        return {};
    default:
        return {};
    }
}

bool ImportReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int row = itemRow(index);
    if (row < 0 || row >= m_batch.items.size()) {
        return false;
    }
    ImportItem &item = m_batch.items[row];
    const bool isItem = index.internalId() == itemId;
    if (role == Qt::CheckStateRole) {
        if (index.column() != NumberColumn) {
            return false;
        }
        const bool checked = value.toInt() == Qt::Checked;
        bool &selected = isItem ? item.selected : item.obligations[index.row()].selected;
        if (selected == checked) {
            return true;
        }
        selected = checked;
        emitRowChanged(index);
        Q_EMIT selectionCountChanged();
        return true;
    }
    if (role != Qt::EditRole) {
        return false;
    }
    const bool changed = isItem
        ? setItemData(item, index.column(), value)
        : setObligationData(item.obligations[index.row()], item.language, index.column(), value);
    if (changed) {
        emitRowChanged(index);
    }
    return changed;
}

bool ImportReviewModel::setItemData(ImportItem &item, int column, const QVariant &value)
{
    Development &d = item.development;
    switch (column) {
    case TitleColumn: {
        const QString title = value.toString().simplified();
        if (title.isEmpty()) {
            return false;
        }
        (item.language == Language::Chinese ? d.title.zh : d.title.en) = title;
        break;
    }
    case AnnouncedColumn:
    case CommentDeadlineColumn:
    case EffectiveColumn: {
        const QDate date = value.toDate();
        QDate &target = column == AnnouncedColumn ? d.announced
            : column == CommentDeadlineColumn     ? d.commentDeadline
                                                  : d.effective;
        target = date;
        if (column == AnnouncedColumn) {
            d.announcedUntil = QDate(); // a date a person enters is exact
        }
        break;
    }
    case KindColumn: {
        const auto kind = Vocabulary::fromKey<DevelopmentKind>(value.toString());
        if (!kind) {
            return false;
        }
        d.kind = *kind;
        break;
    }
    case StageColumn: {
        const auto stage = Vocabulary::fromKey<Stage>(value.toString());
        if (!stage) {
            return false;
        }
        d.stage = *stage;
        break;
    }
    case AuthoritiesColumn: {
        static const QRegularExpression separators(QStringLiteral("[\\s,;，、；]+"));
        QStringList codes;
        for (const QString &word : value.toString().split(separators, Qt::SkipEmptyParts)) {
            QString found;
            for (auto it = m_names.authorities().cbegin(); it != m_names.authorities().cend(); ++it) {
                if (it.key().compare(word, Qt::CaseInsensitive) == 0) {
                    found = it.key();
                    break;
                }
            }
            for (const Authority &a : item.proposedAuthorities) {
                if (found.isEmpty() && a.code.compare(word, Qt::CaseInsensitive) == 0) {
                    found = a.code;
                }
            }
            if (found.isEmpty()) {
                Q_EMIT editRefused(tr("There is no authority with the code “%1”.").arg(word));
                return false;
            }
            if (!codes.contains(found)) {
                codes.append(found);
            }
        }
        d.authorities = codes;
        break;
    }
    default:
        return false;
    }
    // A value a person set is certain.
    item.confidence.insert(fieldOf(column), 1.0);
    return true;
}

bool ImportReviewModel::setObligationData(CandidateObligation &candidate, Language language, int column,
                                          const QVariant &value)
{
    Obligation &o = candidate.obligation;
    if (column == TitleColumn) {
        const QString text = value.toString().simplified();
        if (text.isEmpty()) {
            return false;
        }
        // The side the table shows is the one to change.
        const Language other = language == Language::Chinese ? Language::English : Language::Chinese;
        const bool shown = !o.text.in(language).isEmpty() || o.text.in(other).isEmpty();
        ((shown ? language : other) == Language::Chinese ? o.text.zh : o.text.en) = text;
        candidate.confidence = 1.0;
        return true;
    }
    if (column == KindColumn) {
        const auto kind = Vocabulary::fromKey<ObligationKind>(value.toString());
        if (!kind) {
            return false;
        }
        o.kind = *kind;
        candidate.confidence = std::max(candidate.confidence, lowConfidence);
        return true;
    }
    return false;
}

void ImportReviewModel::emitRowChanged(const QModelIndex &index)
{
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    if (index.internalId() != itemId) {
        // The item's confidence summary may follow its obligations.
        const QModelIndex parentIndex = parent(index);
        Q_EMIT dataChanged(parentIndex, parentIndex.siblingAtColumn(ColumnCount - 1));
    } else if (const int children = rowCount(index.siblingAtColumn(0)); children > 0) {
        // Its obligations are enabled with it.
        const QModelIndex first = index.siblingAtColumn(0);
        Q_EMIT dataChanged(this->index(0, 0, first), this->index(children - 1, ColumnCount - 1, first));
    }
}

Qt::ItemFlags ImportReviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return {};
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == NumberColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    if (data(index, EditorRole).toInt() != int(Editor::None)) {
        flags |= Qt::ItemIsEditable;
    }
    if (index.internalId() != itemId && !m_batch.items.at(itemRow(index)).selected) {
        flags &= ~Qt::ItemIsEnabled; // an obligation of an item left out is left out with it
    }
    return flags;
}

QVariant ImportReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title or obligation");
    case AuthoritiesColumn:
        return tr("Issuers");
    case AnnouncedColumn:
        return tr("Announced");
    case CommentDeadlineColumn:
        return tr("Comments by");
    case EffectiveColumn:
        return tr("Effective");
    case KindColumn:
        return tr("Kind");
    case StageColumn:
        return tr("Stage");
    case TopicsColumn:
        return tr("Topics");
    case ParametersColumn:
        return tr("Parameters");
    case ConfidenceColumn:
        return tr("Confidence");
    case StatusColumn:
        return tr("Status");
    case WarningsColumn:
        return tr("Warnings");
    default:
        return {};
    }
}

} // namespace rt::core
