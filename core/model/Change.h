// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Typed change notifications. Services post one Change per record they write; Database delivers them all in
// one ChangeSet after the outermost transaction commits (and drops them on rollback), so listeners refresh
// once per user action and never see uncommitted data.

#include <QFlags>
#include <QList>
#include <QMetaType>

namespace rt::core {

enum class Entity : quint8 {
    Authority = 0x01,
    Vocabulary = 0x02, // topics and tags
    Development = 0x04,
    Obligation = 0x08,
    Company = 0x10,
    Assessment = 0x20,
};
Q_DECLARE_FLAGS(Entities, Entity)
Q_DECLARE_OPERATORS_FOR_FLAGS(Entities)

struct Change
{
    enum class Kind : quint8 { Added, Updated, Removed };
    Entity entity;
    Kind kind;
    qint64 id;

    friend bool operator==(const Change &, const Change &) = default;
};

using ChangeSet = QList<Change>;

inline Entities entitiesIn(const ChangeSet &changes)
{
    Entities result;
    for (const Change &change : changes) {
        result |= change.entity;
    }
    return result;
}

} // namespace rt::core

Q_DECLARE_METATYPE(rt::core::ChangeSet)
