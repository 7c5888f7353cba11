// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticData.h"

#include "AuditLog.h"
#include "AuthorityRepository.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DevelopmentRepository.h"
#include "Error.h"
#include "ExchangeFormat.h"
#include "ExchangeImporter.h"
#include "Regions.h"
#include "ScopedTransaction.h"

#include <QDate>
#include <QFile>
#include <QRandomGenerator>

namespace rt::core {

namespace {

struct Subject
{
    const char *en;
    const char *zh;
};

constexpr Subject subjects[] = {
    {"algorithm recommendation services", "算法推荐服务"},
    {"generative AI services", "生成式人工智能服务"},
    {"personal information protection", "个人信息保护"},
    {"data export security", "数据出境安全"},
    {"minors' online protection", "未成年人网络保护"},
    {"live-streaming e-commerce", "直播电商"},
    {"internet advertising", "互联网广告"},
    {"platform pricing", "平台价格行为"},
    {"automobile data security", "汽车数据安全"},
    {"deep synthesis content", "深度合成内容"},
    {"app personal data collection", "移动应用个人信息收集"},
    {"network data labelling", "网络数据标注"},
    {"short video content", "短视频内容"},
    {"cross-border e-commerce", "跨境电商"},
    {"cloud computing services", "云计算服务"},
    {"government large models", "政务大模型"},
};

struct Instrument
{
    const char *en;
    const char *zh;
    DevelopmentKind kind;
    LegalRank rank;
};

constexpr Instrument instruments[] = {
    {"Measures", "管理办法", DevelopmentKind::Regulation, LegalRank::DepartmentalRule},
    {"Provisions", "规定", DevelopmentKind::Regulation, LegalRank::DepartmentalRule},
    {"Guidelines", "指引", DevelopmentKind::Guideline, LegalRank::NormativeDocument},
    {"Compliance Guide", "合规指南", DevelopmentKind::Guideline, LegalRank::PracticeGuide},
    {"Security Requirements", "安全要求", DevelopmentKind::Standard, LegalRank::RecommendedNationalStandard},
    {"Technical Specification", "技术规范", DevelopmentKind::Standard, LegalRank::MandatoryNationalStandard},
    {"Action Plan", "行动方案", DevelopmentKind::PolicyPlan, LegalRank::NormativeDocument},
    {"Implementation Opinions", "实施意见", DevelopmentKind::PolicyPlan, LegalRank::NormativeDocument},
    {"Regulations", "条例", DevelopmentKind::Legislation, LegalRank::LocalRegulation},
};

struct ObligationTemplate
{
    const char *en;
    const char *zh;
    ObligationKind kind;
    const char *parameterEn;
    const char *parameterZh;
    ParameterOp op;
    int low;
    int high;
    ParameterUnit unit;
};

constexpr ObligationTemplate obligationTemplates[] = {
    {"Retain service logs for the required period.", "按规定期限留存服务日志。", ObligationKind::Retain,
     "Log retention", "日志留存", ParameterOp::AtLeast, 3, 24, ParameterUnit::Month},
    {"Give public notice before changing charging rules.", "变更收费规则前应当公示。",
     ObligationKind::Disclose, "Advance notice", "提前公示", ParameterOp::AtLeast, 5, 30, ParameterUnit::Day},
    {"Complete algorithm filing before launching the service.", "上线服务前完成算法备案。",
     ObligationKind::FileRegister, nullptr, nullptr, ParameterOp::Equals, 0, 0, ParameterUnit::Count},
    {"Label AI-generated content prominently.", "对人工智能生成内容进行显著标识。", ObligationKind::Label,
     nullptr, nullptr, ParameterOp::Equals, 0, 0, ParameterUnit::Count},
    {"Do not set different prices for the same terms without the user's knowledge.",
     "不得在用户不知情的情况下对同等交易条件设置不同价格。", ObligationKind::MustNot, nullptr, nullptr,
     ParameterOp::Equals, 0, 0, ParameterUnit::Count},
    {"Conduct a personal information protection impact assessment.", "开展个人信息保护影响评估。",
     ObligationKind::Assess, "Assessment interval", "评估周期", ParameterOp::AtMost, 1, 3,
     ParameterUnit::Year},
    {"Handle user complaints within the time limit.", "在规定时限内处理用户投诉。", ObligationKind::MustDo,
     "Response time", "处理时限", ParameterOp::AtMost, 3, 15, ParameterUnit::Day},
    {"Keep historical versions of platform rules.", "保存平台规则的历史版本。", ObligationKind::Retain,
     "Retention", "保存期限", ParameterOp::AtLeast, 1, 5, ParameterUnit::Year},
};

constexpr const char *tagCodes[]
    = {"online_platform",        "app_operator", "sdk_provider",           "automaker",
       "generative_ai_provider", "advertiser",   "live_commerce_merchant", "government_user"};

template <typename T, std::size_t N> const T &pick(QRandomGenerator &random, const T (&items)[N])
{
    return items[random.bounded(quint32(N))];
}

const Region &pickRegion(QRandomGenerator &random)
{
    const std::span<const Region> all = mainlandRegions();
    return all[random.bounded(quint32(all.size()))];
}

// Reference data (authorities, topics, tags) from the demo file, written by the importer so that synthetic
// developments use the real vocabularies, plus a cyberspace and a market regulation authority per province.
void ensureReferenceData(Database &db, AuthorityRepository &reference)
{
    QFile file(DatabaseLocation::demoDataFile());
    if (!file.open(QIODevice::ReadOnly)) {
        throw Error(Error::Code::NotFound, SyntheticData::tr("The demo data is missing from this build."));
    }
    ExchangeDocument demo = ExchangeFormat::parse(file.readAll(), QStringLiteral("demo.json"));
    demo.developments.clear();
    demo.companies.clear();
    demo.assessments.clear();
    ExchangeImporter(db).importDocument(demo);

    struct Local
    {
        const char *suffix;
        const char *parent;
        const char *nameEn;
        const char *nameZh;
        const char *shortZh;
    };
    const Local locals[]
        = {{"CAC", "CAC", " Cyberspace Administration", "互联网信息办公室", "网信办"},
           {"AMR", "SAMR", " Administration for Market Regulation", "市场监督管理局", "市场监管局"}};
    for (const Region &p : mainlandRegions()) {
        const QString region = QString::fromLatin1(p.code);
        const QString zh = QString::fromUtf8(p.zh);
        QString zhShort = zh;
        for (const char *suffix : {"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"}) {
            if (zhShort.endsWith(QString::fromUtf8(suffix))) {
                zhShort.chop(QString::fromUtf8(suffix).size());
                break;
            }
        }
        for (const Local &local : locals) {
            Authority a;
            a.code = region.mid(3) + u'-' + QLatin1StringView(local.suffix);
            a.parentCode = QString::fromLatin1(local.parent);
            if (reference.idForCode(a.parentCode) == 0 || reference.idForCode(a.code) != 0) {
                continue; // the demo's own local authorities (BJ-CAC, …) stay as they are
            }
            a.name = {QString::fromLatin1(p.en) + QLatin1StringView(local.nameEn),
                      zh + QString::fromUtf8(local.nameZh)};
            a.abbreviation = {a.code, zhShort + QString::fromUtf8(local.shortZh)};
            a.level = AuthorityLevel::Provincial;
            a.region = region;
            reference.upsert(a);
        }
    }
}

// Makes the developments, companies and assessments one by one from a seeded random source; the order of the
// draws is part of what a seed means, so that the same seed always gives the same data.
class Generator final
{
public:
    Generator(const SyntheticDataOptions &options, const QList<Authority> &authorities,
              const QList<Term> &topics)
        : m_random(options.seed)
        , m_seed(options.seed)
        , m_lastDay(options.lastDay.isValid() ? options.lastDay : QDate::currentDate())
        , m_firstDay(m_lastDay.addYears(-10))
        , m_authorities(authorities)
        , m_topics(topics)
    {
    }

    const QStringList &obligationUids() const { return m_obligationUids; }

    Development development(qint64 number)
    {
        const Authority &issuer = m_authorities.at(m_random.bounded(int(m_authorities.size())));
        const Subject &subject = pick(m_random, subjects);
        const Instrument &instrument = pick(m_random, instruments);
        Development d;
        d.uid = QStringLiteral("syn-%1-%2").arg(m_seed).arg(number);
        d.authorities = {issuer.code};
        if (m_random.bounded(5) == 0) {
            const Authority &other = m_authorities.at(m_random.bounded(int(m_authorities.size())));
            if (other.code != issuer.code) {
                d.authorities.append(other.code);
            }
        }
        d.region = issuer.region;
        d.announced = m_firstDay.addDays(m_random.bounded(int(m_firstDay.daysTo(m_lastDay)) + 1));
        const int roll = int(m_random.bounded(10));
        if (roll < 2) {
            makeEnforcement(d, issuer, subject);
        } else {
            makeInstrument(d, issuer, subject, instrument, roll);
        }
        d.topics = {m_topics.at(m_random.bounded(int(m_topics.size()))).code};
        if (m_random.bounded(2) == 0) {
            const QString second = m_topics.at(m_random.bounded(int(m_topics.size()))).code;
            if (second != d.topics.constFirst()) {
                d.topics.append(second);
            }
        }
        d.sourcePublication = QStringLiteral("Synthetic data");
        return d;
    }

    Company company(int number)
    {
        const Region &home = pickRegion(m_random);
        Company company;
        company.uid = QStringLiteral("syn-company-%1-%2").arg(m_seed).arg(number);
        company.name
            = {QStringLiteral("%1 Digital Co. %2").arg(QString::fromLatin1(home.en)).arg(number),
               QString::fromUtf8(home.zh).left(2) + QStringLiteral("数字科技%1号有限公司").arg(number)};
        company.sectors
            = {QString::fromLatin1(pick(m_random, tagCodes)), QString::fromLatin1(pick(m_random, tagCodes))};
        company.sectors.removeDuplicates();
        company.registeredRegions = {QString::fromLatin1(home.code)};
        company.operatingRegions
            = {QString::fromLatin1(home.code), QString::fromLatin1(pickRegion(m_random).code)};
        company.operatingRegions.removeDuplicates();
        return company;
    }

    // Up to 40 obligations of the generated developments, added to the company's checklist by hand.
    QList<Assessment> assessments(const Company &company)
    {
        static const QStringList statuses = Vocabulary::keys<AssessmentStatus>();
        QList<Assessment> result;
        const int assessed = int(qMin<qsizetype>(40, m_obligationUids.size()));
        for (int k = 0; k < assessed; ++k) {
            Assessment a;
            a.companyUid = company.uid;
            a.obligationUid = m_obligationUids.at(m_random.bounded(int(m_obligationUids.size())));
            a.applicability = Applicability::Manual;
            a.status
                = Vocabulary::fromKey<AssessmentStatus>(statuses.at(m_random.bounded(int(statuses.size()))))
                      .value_or(AssessmentStatus::ToDo);
            a.result = a.status == AssessmentStatus::Done ? AssessmentResult::Compliant
                                                          : AssessmentResult::NotAssessed;
            a.due = m_lastDay.addDays(int(m_random.bounded(-60, 120)));
            result.append(a);
        }
        return result;
    }

private:
    void makeEnforcement(Development &d, const Authority &issuer, const Subject &subject)
    {
        const QString subjectEn = QString::fromUtf8(subject.en);
        const QString subjectZh = QString::fromUtf8(subject.zh);
        d.kind = DevelopmentKind::EnforcementAction;
        d.legalRank = LegalRank::EnforcementDecision;
        d.stage = Stage::Concluded;
        const int fine = int(m_random.bounded(1, 500)) * 10000;
        d.title = {issuer.code + QStringLiteral(" fines a company over ") + subjectEn,
                   issuer.abbreviation.zh + QStringLiteral("就") + subjectZh
                       + QStringLiteral("问题对一家企业作出处罚")};
        d.penalties.append({double(fine),
                            QStringLiteral("CNY"),
                            {QStringLiteral("Fine for violations concerning ") + subjectEn,
                             subjectZh + QStringLiteral("违法行为罚款")}});
        d.summary = {QStringLiteral("%1 found violations concerning %2 and imposed a fine of %L3 yuan.")
                         .arg(issuer.name.en, subjectEn)
                         .arg(fine),
                     QStringLiteral("%1查明有关%2的违法行为，处以罚款%3元。")
                         .arg(issuer.name.zh, subjectZh)
                         .arg(fine)};
    }

    void makeInstrument(Development &d, const Authority &issuer, const Subject &subject,
                        const Instrument &instrument, int roll)
    {
        const QString subjectEn = QString::fromUtf8(subject.en);
        const QString subjectZh = QString::fromUtf8(subject.zh);
        d.kind = instrument.kind;
        d.legalRank = instrument.rank;
        const bool draft = roll < 5;
        d.stage = draft ? Stage::DraftForComments : (roll < 8 ? Stage::Issued : Stage::Effective);
        const QString instrumentEn = QString::fromUtf8(instrument.en);
        const QString instrumentZh = QString::fromUtf8(instrument.zh);
        d.documentTitle
            = {instrumentEn + QStringLiteral(" on ") + subjectEn,
               QStringLiteral("《") + subjectZh + instrumentZh
                   + (draft ? QStringLiteral("（征求意见稿）") : QString()) + QStringLiteral("》")};
        d.title = {issuer.code + (draft ? QStringLiteral(" seeks comments on ") : QStringLiteral(" issues "))
                       + d.documentTitle.en,
                   issuer.abbreviation.zh + (draft ? QStringLiteral("就") : QStringLiteral("发布"))
                       + d.documentTitle.zh + (draft ? QStringLiteral("公开征求意见") : QString())};
        if (draft) {
            d.commentDeadline = d.announced.addDays(30);
        } else {
            d.effective = d.announced.addDays(int(m_random.bounded(0, 180)));
        }
        d.summary
            = {QStringLiteral("%1 published %2 setting out requirements for %3.")
                   .arg(issuer.name.en, d.documentTitle.en, subjectEn),
               QStringLiteral("%1发布%2，对%3提出要求。").arg(issuer.name.zh, d.documentTitle.zh, subjectZh)};
        makeObligations(d);
    }

    void makeObligations(Development &d)
    {
        const int count = int(m_random.bounded(0, 4));
        for (int k = 0; k < count; ++k) {
            const ObligationTemplate &t = pick(m_random, obligationTemplates);
            Obligation o;
            o.uid = d.uid + QStringLiteral("/o%1").arg(k + 1);
            o.text = {QString::fromUtf8(t.en), QString::fromUtf8(t.zh)};
            o.kind = t.kind;
            o.appliesTo = {QString::fromLatin1(pick(m_random, tagCodes))};
            if (t.parameterEn) {
                o.parameters.append({{QString::fromUtf8(t.parameterEn), QString::fromUtf8(t.parameterZh)},
                                     t.op,
                                     QString::number(m_random.bounded(t.low, t.high + 1)),
                                     {},
                                     t.unit});
            }
            m_obligationUids.append(o.uid);
            d.obligations.append(o);
        }
    }

    QRandomGenerator m_random;
    quint32 m_seed;
    QDate m_lastDay;
    QDate m_firstDay;
    const QList<Authority> &m_authorities;
    const QList<Term> &m_topics;
    QStringList m_obligationUids;
};

} // namespace

void SyntheticData::generate(Database &db, const SyntheticDataOptions &options, const Progress &progress)
{
    if (options.developments < 0 || options.companies < 0) {
        throw Error(Error::Code::InvalidInput,
                    tr("The numbers of developments and companies cannot be negative."));
    }
    const int total = options.developments + options.companies;
    const auto reportProgress = [&progress, total](int done) {
        if (progress && !progress(done, total)) {
            throw Error(Error::Code::Failed, tr("Generating was cancelled; nothing was written."));
        }
    };
    ScopedTransaction transaction(db);
    AuthorityRepository reference(db);
    ensureReferenceData(db, reference);
    const QList<Authority> authorities = reference.all();
    const QList<Term> topics = reference.terms(TermKind::Topic);
    if (authorities.isEmpty() || topics.isEmpty()) {
        throw Error(Error::Code::Failed, tr("The demo data has no authorities or topics to build on."));
    }
    Generator generator(options, authorities, topics);

    DevelopmentRepository developments(db, reference);
    AuditLog log(db);
    const qint64 base = db.scalar(QStringLiteral("SELECT count(*) FROM developments")).toLongLong();
    for (int i = 0; i < options.developments; ++i) {
        const Development d = generator.development(base + i + 1);
        const qint64 id = developments.insert(d);
        log.record(QStringLiteral("development"), id, d.uid, QStringLiteral("*"), QString(),
                   QStringLiteral("generated"));
        if (i % 1000 == 0) {
            reportProgress(i);
        }
    }
    if (options.developments > 0) {
        db.post({Entity::Development, Change::Kind::Added, 0});
    }

    CompanyRepository companies(db);
    for (int c = 0; c < options.companies; ++c) {
        const Company company = generator.company(c + 1);
        companies.upsert(company);
        for (const Assessment &assessment : generator.assessments(company)) {
            companies.upsertAssessment(assessment);
        }
        reportProgress(options.developments + c);
    }
    if (options.companies > 0) {
        db.post({Entity::Company, Change::Kind::Added, 0});
        db.post({Entity::Assessment, Change::Kind::Added, 0});
    }
    transaction.commit();
    if (progress) {
        progress(total, total);
    }
}

} // namespace rt::core
