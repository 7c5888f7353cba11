// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The closed vocabularies of the domain (kinds, stages, ranks, statuses…): each value has a stable key that
// is stored in the database and in exchange files, and a translated label for people. Keys never change once
// released; labels may.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace rt::core {

enum class AuthorityKind {
    Regulator,
    StandardsBody,
    Court,
    Government,
    IndustryAssociation,
    InternationalForum
};
enum class AuthorityLevel { National, Provincial, Municipal };
enum class DevelopmentKind {
    Legislation,
    Regulation,
    Standard,
    Guideline,
    PolicyPlan,
    EnforcementAction,
    CourtJudgment,
    Announcement
};
enum class Stage { DraftForComments, Issued, Effective, Concluded };
enum class LegalRank {
    None,
    Law,
    AdministrativeRegulation,
    DepartmentalRule,
    NormativeDocument,
    MandatoryNationalStandard,
    RecommendedNationalStandard,
    PracticeGuide,
    LocalRegulation,
    EnforcementDecision,
    Judgment
};
enum class Provenance { Official, InHouse, Machine, Imported };
enum class ObligationKind { MustDo, MustNot, Disclose, Retain, FileRegister, Assess, Label };
enum class ParameterOp { AtLeast, AtMost, Equals, Between, Every };
enum class ParameterUnit { Minute, Hour, Day, Month, Year, Percent, Time, Age, Count, Cny };
enum class AssessmentStatus { ToDo, InProgress, InReview, Done };
enum class AssessmentResult { NotAssessed, Compliant, PartiallyCompliant, NonCompliant, NotApplicable };
enum class Applicability { Auto, Manual, NotApplicable };

template <typename E> struct VocabularyEntry
{
    E value;
    const char *key; // stored form
    const char *label; // source text of the translated label (context "Vocabulary")
};

template <typename E> std::span<const VocabularyEntry<E>> vocabulary();
template <> std::span<const VocabularyEntry<AuthorityKind>> vocabulary<AuthorityKind>();
template <> std::span<const VocabularyEntry<AuthorityLevel>> vocabulary<AuthorityLevel>();
template <> std::span<const VocabularyEntry<DevelopmentKind>> vocabulary<DevelopmentKind>();
template <> std::span<const VocabularyEntry<Stage>> vocabulary<Stage>();
template <> std::span<const VocabularyEntry<LegalRank>> vocabulary<LegalRank>();
template <> std::span<const VocabularyEntry<Provenance>> vocabulary<Provenance>();
template <> std::span<const VocabularyEntry<ObligationKind>> vocabulary<ObligationKind>();
template <> std::span<const VocabularyEntry<ParameterOp>> vocabulary<ParameterOp>();
template <> std::span<const VocabularyEntry<ParameterUnit>> vocabulary<ParameterUnit>();
template <> std::span<const VocabularyEntry<AssessmentStatus>> vocabulary<AssessmentStatus>();
template <> std::span<const VocabularyEntry<AssessmentResult>> vocabulary<AssessmentResult>();
template <> std::span<const VocabularyEntry<Applicability>> vocabulary<Applicability>();

// Labels are translated in the context "Vocabulary" (see QT_TRANSLATE_NOOP in Vocabulary.cpp).
class Vocabulary final
{
public:
    template <typename E> static QString key(E value)
    {
        for (const auto &entry : vocabulary<E>()) {
            if (entry.value == value) {
                return QString::fromLatin1(entry.key);
            }
        }
        return {};
    }

    template <typename E> static std::optional<E> fromKey(QStringView key)
    {
        for (const auto &entry : vocabulary<E>()) {
            if (key == QLatin1StringView(entry.key)) {
                return entry.value;
            }
        }
        return std::nullopt;
    }

    template <typename E> static QString label(E value)
    {
        for (const auto &entry : vocabulary<E>()) {
            if (entry.value == value) {
                return QCoreApplication::translate("Vocabulary", entry.label);
            }
        }
        return {};
    }

    // The label for a stored key, or the key itself when it is not known (data from a newer version).
    template <typename E> static QString labelForKey(QStringView key)
    {
        const auto value = fromKey<E>(key);
        return value ? label(*value) : key.toString();
    }

    template <typename E> static QStringList keys()
    {
        QStringList result;
        for (const auto &entry : vocabulary<E>()) {
            result.append(QString::fromLatin1(entry.key));
        }
        return result;
    }

    template <typename E> static QList<E> values()
    {
        QList<E> result;
        for (const auto &entry : vocabulary<E>()) {
            result.append(entry.value);
        }
        return result;
    }
};

} // namespace rt::core
