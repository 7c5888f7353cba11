// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

namespace rt::core {

namespace {

constexpr VocabularyEntry<AuthorityKind> authorityKinds[] = {
    {AuthorityKind::Regulator, "regulator", QT_TRANSLATE_NOOP("Vocabulary", "Regulator")},
    {AuthorityKind::StandardsBody, "standards_body", QT_TRANSLATE_NOOP("Vocabulary", "Standards body")},
    {AuthorityKind::Court, "court", QT_TRANSLATE_NOOP("Vocabulary", "Court")},
    {AuthorityKind::Government, "government", QT_TRANSLATE_NOOP("Vocabulary", "Government")},
    {AuthorityKind::IndustryAssociation, "industry_association",
     QT_TRANSLATE_NOOP("Vocabulary", "Industry association")},
    {AuthorityKind::InternationalForum, "international_forum",
     QT_TRANSLATE_NOOP("Vocabulary", "International forum")},
};

constexpr VocabularyEntry<AuthorityLevel> authorityLevels[] = {
    {AuthorityLevel::National, "national", QT_TRANSLATE_NOOP("Vocabulary", "National")},
    {AuthorityLevel::Provincial, "provincial", QT_TRANSLATE_NOOP("Vocabulary", "Provincial")},
    {AuthorityLevel::Municipal, "municipal", QT_TRANSLATE_NOOP("Vocabulary", "Municipal")},
};

constexpr VocabularyEntry<DevelopmentKind> developmentKinds[] = {
    {DevelopmentKind::Legislation, "legislation", QT_TRANSLATE_NOOP("Vocabulary", "Legislation")},
    {DevelopmentKind::Regulation, "regulation", QT_TRANSLATE_NOOP("Vocabulary", "Regulation")},
    {DevelopmentKind::Standard, "standard", QT_TRANSLATE_NOOP("Vocabulary", "Standard")},
    {DevelopmentKind::Guideline, "guideline", QT_TRANSLATE_NOOP("Vocabulary", "Guideline")},
    {DevelopmentKind::PolicyPlan, "policy_plan", QT_TRANSLATE_NOOP("Vocabulary", "Policy plan")},
    {DevelopmentKind::EnforcementAction, "enforcement_action",
     QT_TRANSLATE_NOOP("Vocabulary", "Enforcement action")},
    {DevelopmentKind::CourtJudgment, "court_judgment", QT_TRANSLATE_NOOP("Vocabulary", "Court judgment")},
    {DevelopmentKind::Announcement, "announcement", QT_TRANSLATE_NOOP("Vocabulary", "Announcement")},
};

constexpr VocabularyEntry<Stage> stages[] = {
    {Stage::DraftForComments, "draft_for_comments", QT_TRANSLATE_NOOP("Vocabulary", "Draft for comments")},
    {Stage::Issued, "issued", QT_TRANSLATE_NOOP("Vocabulary", "Issued")},
    {Stage::Effective, "effective", QT_TRANSLATE_NOOP("Vocabulary", "Effective")},
    {Stage::Concluded, "concluded", QT_TRANSLATE_NOOP("Vocabulary", "Concluded")},
};

constexpr VocabularyEntry<LegalRank> legalRanks[] = {
    {LegalRank::None, "", QT_TRANSLATE_NOOP("Vocabulary", "Not ranked")},
    {LegalRank::Law, "law", QT_TRANSLATE_NOOP("Vocabulary", "Law")},
    {LegalRank::AdministrativeRegulation, "administrative_regulation",
     QT_TRANSLATE_NOOP("Vocabulary", "Administrative regulation")},
    {LegalRank::DepartmentalRule, "departmental_rule", QT_TRANSLATE_NOOP("Vocabulary", "Departmental rule")},
    {LegalRank::NormativeDocument, "normative_document",
     QT_TRANSLATE_NOOP("Vocabulary", "Normative document")},
    {LegalRank::MandatoryNationalStandard, "mandatory_national_standard",
     QT_TRANSLATE_NOOP("Vocabulary", "Mandatory national standard")},
    {LegalRank::RecommendedNationalStandard, "recommended_national_standard",
     QT_TRANSLATE_NOOP("Vocabulary", "Recommended national standard")},
    {LegalRank::PracticeGuide, "practice_guide", QT_TRANSLATE_NOOP("Vocabulary", "Practice guide")},
    {LegalRank::LocalRegulation, "local_regulation", QT_TRANSLATE_NOOP("Vocabulary", "Local regulation")},
    {LegalRank::EnforcementDecision, "enforcement_decision",
     QT_TRANSLATE_NOOP("Vocabulary", "Enforcement decision")},
    {LegalRank::Judgment, "judgment", QT_TRANSLATE_NOOP("Vocabulary", "Judgment")},
};

constexpr VocabularyEntry<Provenance> provenances[] = {
    {Provenance::Official, "official", QT_TRANSLATE_NOOP("Vocabulary", "Official")},
    {Provenance::InHouse, "in_house", QT_TRANSLATE_NOOP("Vocabulary", "In-house translation")},
    {Provenance::Machine, "machine", QT_TRANSLATE_NOOP("Vocabulary", "Machine translation")},
    {Provenance::Imported, "imported", QT_TRANSLATE_NOOP("Vocabulary", "Imported")},
};

constexpr VocabularyEntry<ObligationKind> obligationKinds[] = {
    {ObligationKind::MustDo, "must_do", QT_TRANSLATE_NOOP("Vocabulary", "Must do")},
    {ObligationKind::MustNot, "must_not", QT_TRANSLATE_NOOP("Vocabulary", "Must not")},
    {ObligationKind::Disclose, "disclose", QT_TRANSLATE_NOOP("Vocabulary", "Disclose")},
    {ObligationKind::Retain, "retain", QT_TRANSLATE_NOOP("Vocabulary", "Retain")},
    {ObligationKind::FileRegister, "file_register", QT_TRANSLATE_NOOP("Vocabulary", "File or register")},
    {ObligationKind::Assess, "assess", QT_TRANSLATE_NOOP("Vocabulary", "Assess")},
    {ObligationKind::Label, "label", QT_TRANSLATE_NOOP("Vocabulary", "Label")},
};

constexpr VocabularyEntry<ParameterOp> parameterOps[] = {
    {ParameterOp::AtLeast, ">=", QT_TRANSLATE_NOOP("Vocabulary", "at least")},
    {ParameterOp::AtMost, "<=", QT_TRANSLATE_NOOP("Vocabulary", "at most")},
    {ParameterOp::Equals, "=", QT_TRANSLATE_NOOP("Vocabulary", "exactly")},
    {ParameterOp::Between, "between", QT_TRANSLATE_NOOP("Vocabulary", "between")},
    {ParameterOp::Every, "every", QT_TRANSLATE_NOOP("Vocabulary", "every")},
};

constexpr VocabularyEntry<ParameterUnit> parameterUnits[] = {
    {ParameterUnit::Minute, "minute", QT_TRANSLATE_NOOP("Vocabulary", "minutes")},
    {ParameterUnit::Hour, "hour", QT_TRANSLATE_NOOP("Vocabulary", "hours")},
    {ParameterUnit::Day, "day", QT_TRANSLATE_NOOP("Vocabulary", "days")},
    {ParameterUnit::Month, "month", QT_TRANSLATE_NOOP("Vocabulary", "months")},
    {ParameterUnit::Year, "year", QT_TRANSLATE_NOOP("Vocabulary", "years")},
    {ParameterUnit::Percent, "percent", QT_TRANSLATE_NOOP("Vocabulary", "%")},
    {ParameterUnit::Time, "time", QT_TRANSLATE_NOOP("Vocabulary", "time of day")},
    {ParameterUnit::Age, "age", QT_TRANSLATE_NOOP("Vocabulary", "years of age")},
    {ParameterUnit::Count, "count", QT_TRANSLATE_NOOP("Vocabulary", "times")},
    {ParameterUnit::Cny, "cny", QT_TRANSLATE_NOOP("Vocabulary", "yuan")},
};

constexpr VocabularyEntry<AssessmentStatus> assessmentStatuses[] = {
    {AssessmentStatus::ToDo, "todo", QT_TRANSLATE_NOOP("Vocabulary", "To do")},
    {AssessmentStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {AssessmentStatus::InReview, "in_review", QT_TRANSLATE_NOOP("Vocabulary", "In review")},
    {AssessmentStatus::Done, "done", QT_TRANSLATE_NOOP("Vocabulary", "Done")},
};

constexpr VocabularyEntry<AssessmentResult> assessmentResults[] = {
    {AssessmentResult::NotAssessed, "not_assessed", QT_TRANSLATE_NOOP("Vocabulary", "Not assessed")},
    {AssessmentResult::Compliant, "compliant", QT_TRANSLATE_NOOP("Vocabulary", "Compliant")},
    {AssessmentResult::PartiallyCompliant, "partially_compliant",
     QT_TRANSLATE_NOOP("Vocabulary", "Partially compliant")},
    {AssessmentResult::NonCompliant, "non_compliant", QT_TRANSLATE_NOOP("Vocabulary", "Non-compliant")},
    {AssessmentResult::NotApplicable, "not_applicable", QT_TRANSLATE_NOOP("Vocabulary", "Not applicable")},
};

constexpr VocabularyEntry<Applicability> applicabilities[] = {
    {Applicability::Auto, "auto", QT_TRANSLATE_NOOP("Vocabulary", "Applies by its tags and region")},
    {Applicability::Manual, "manual", QT_TRANSLATE_NOOP("Vocabulary", "Added by hand")},
    {Applicability::NotApplicable, "not_applicable",
     QT_TRANSLATE_NOOP("Vocabulary", "Marked not applicable")},
};

} // namespace

#define RT_VOCABULARY(Enum, table)                                                                           \
    template <> std::span<const VocabularyEntry<Enum>> vocabulary<Enum>()                                    \
    {                                                                                                        \
        return table;                                                                                        \
    }

RT_VOCABULARY(AuthorityKind, authorityKinds)
RT_VOCABULARY(AuthorityLevel, authorityLevels)
RT_VOCABULARY(DevelopmentKind, developmentKinds)
RT_VOCABULARY(Stage, stages)
RT_VOCABULARY(LegalRank, legalRanks)
RT_VOCABULARY(Provenance, provenances)
RT_VOCABULARY(ObligationKind, obligationKinds)
RT_VOCABULARY(ParameterOp, parameterOps)
RT_VOCABULARY(ParameterUnit, parameterUnits)
RT_VOCABULARY(AssessmentStatus, assessmentStatuses)
RT_VOCABULARY(AssessmentResult, assessmentResults)
RT_VOCABULARY(Applicability, applicabilities)

#undef RT_VOCABULARY

} // namespace rt::core
