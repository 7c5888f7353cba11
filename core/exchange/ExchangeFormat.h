// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The RegTracker exchange format (docs/exchange-format.md): JSON in, validated domain objects out, and back.
// Parsing checks shapes, enumerations, dates and unknown keys and names the offending place
// ("demo.json: developments[3].kind: …"); references between objects are checked when they are written.
// A file is read a record at a time (read()): memory holds one record, never the document, so a file of any
// size reads in the same space. Its lists may come in any order; they are handed on in the order in which
// they can be written (vocabularies, authorities, developments, companies, assessments).

#include "Authority.h"
#include "Company.h"
#include "Development.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

class QIODevice;

namespace rt::core {

struct ExchangeDocument
{
    QString sourceName;
    QString sourcePublication;
    QString sourceIssue;
    QList<Term> tags;
    QList<Term> topics;
    QList<Authority> authorities;
    QList<Development> developments;
    QList<Company> companies;
    QList<Assessment> assessments;
};

// Told how far reading or writing has come (done of total, in bytes or records); returns false to stop, which
// makes the reader or writer throw an Error saying it was cancelled.
using ExchangeProgress = std::function<bool(qint64 done, qint64 total)>;

// The ids a file must not repeat that are as many as the file is long: development and obligation ids.
class ExchangeIds
{
public:
    enum class Kind { Development, Obligation };
    virtual ~ExchangeIds() = default;
    // Notes the id; false when it was noted before.
    virtual bool add(Kind kind, const QString &id) = 0;
};

// Receives the records of an exchange file as they are read, lists in the order above; each list ends with
// listDone() (also when the file has none).
class ExchangeSink
{
public:
    enum class List { Tags, Topics, Authorities, Developments, Companies, Assessments };

    virtual ~ExchangeSink() = default;
    virtual void source(const QString &name, const QString &publication, const QString &issue)
    {
        Q_UNUSED(name)
        Q_UNUSED(publication)
        Q_UNUSED(issue)
    }
    virtual void tag(const Term &tag) = 0;
    virtual void topic(const Term &topic) = 0;
    virtual void authority(const Authority &authority) = 0;
    virtual void development(const Development &development) = 0;
    virtual void company(const Company &company) = 0;
    virtual void assessment(const Assessment &assessment) = 0;
    virtual void listDone(List list) { Q_UNUSED(list) }
    // Where the reader keeps the ids it has met, to say that one appears twice; null (the default): in
    // memory. A sink that writes to a database may keep them there, so that memory does not grow with the
    // file.
    virtual ExchangeIds *ids() { return nullptr; }
};

class ExchangeFormat final
{
    Q_DECLARE_TR_FUNCTIONS(rt::core::ExchangeFormat)
public:
    static constexpr int version = 1;

    // Throws Error(InvalidInput) naming the file, the place and the problem. fileName is only used in
    // messages.
    static ExchangeDocument parse(const QByteArray &json, const QString &fileName);
    // Reads a seekable device (a file, a buffer) a record at a time into sink. The same checks and messages
    // as parse(); an error thrown by the sink is passed on as it is.
    static void read(QIODevice &device, const QString &fileName, ExchangeSink &sink,
                     const ExchangeProgress &progress = {});
    static QByteArray serialize(const ExchangeDocument &document);
    // Notes the ids of a development and of its obligations in ids; throws the Error read() throws when one
    // was noted before. path names the development in the message ("developments[3]").
    static void noteIds(ExchangeIds &ids, const Development &development, const QString &fileName,
                        const QString &path);

    // One record as the file states it.
    static QJsonObject toJson(const Term &term);
    static QJsonObject toJson(const Authority &authority);
    static QJsonObject toJson(const Development &development);
    static QJsonObject toJson(const Company &company);
    static QJsonObject toJson(const Assessment &assessment);

    // A record larger than this (bytes of JSON) is refused: it would have to be held whole.
    static constexpr qint64 maximumRecordSize = 64LL * 1024 * 1024;
};

} // namespace rt::core
