-- RegTracker schema 1: authorities, vocabularies, developments and their obligations.
-- Portable SQL for SQLite and PostgreSQL. {{PK}} and {{BLOB}} are replaced per engine by the migrator.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC text; enumerations are stored by key.

CREATE TABLE schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

CREATE TABLE authorities (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    abbrev_en TEXT NOT NULL DEFAULT '',
    abbrev_zh TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    level TEXT NOT NULL,
    region TEXT NOT NULL DEFAULT 'CN',
    parent_id BIGINT REFERENCES authorities (id) ON DELETE SET NULL
);

CREATE TABLE topics (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT ''
);

-- Sector tags of companies and applies-to tags of obligations share one vocabulary.
CREATE TABLE tags (
    id {{PK}},
    code TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT ''
);

CREATE TABLE developments (
    id {{PK}},
    uid TEXT NOT NULL UNIQUE,
    title_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '',
    doc_title_en TEXT NOT NULL DEFAULT '',
    doc_title_zh TEXT NOT NULL DEFAULT '',
    multi_department INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    stage TEXT NOT NULL,
    legal_rank TEXT NOT NULL DEFAULT '',
    announced_on TEXT NOT NULL,
    comment_deadline TEXT,
    effective_on TEXT,
    region TEXT NOT NULL DEFAULT 'CN',
    summary_en TEXT NOT NULL DEFAULT '',
    summary_zh TEXT NOT NULL DEFAULT '',
    provenance_en TEXT NOT NULL DEFAULT 'in_house',
    provenance_zh TEXT NOT NULL DEFAULT 'in_house',
    zh_prevails INTEGER NOT NULL DEFAULT 1,
    translation_source TEXT NOT NULL DEFAULT '',
    source_publication TEXT NOT NULL DEFAULT '',
    source_item INTEGER,
    source_url TEXT NOT NULL DEFAULT '',
    replaces_id BIGINT REFERENCES developments (id) ON DELETE SET NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX developments_announced ON developments (announced_on, id);
CREATE INDEX developments_kind ON developments (kind, announced_on);
CREATE INDEX developments_stage ON developments (stage, announced_on);

CREATE TABLE development_authorities (
    development_id BIGINT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
    authority_id BIGINT NOT NULL REFERENCES authorities (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL,
    PRIMARY KEY (development_id, authority_id)
);
CREATE INDEX development_authorities_authority ON development_authorities (authority_id, development_id);

CREATE TABLE development_topics (
    development_id BIGINT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
    topic_id BIGINT NOT NULL REFERENCES topics (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (development_id, topic_id)
);
CREATE INDEX development_topics_topic ON development_topics (topic_id, development_id);

CREATE TABLE penalties (
    id {{PK}},
    development_id BIGINT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    amount DOUBLE PRECISION NOT NULL,
    currency TEXT NOT NULL DEFAULT 'CNY',
    description_en TEXT NOT NULL DEFAULT '',
    description_zh TEXT NOT NULL DEFAULT ''
);
CREATE INDEX penalties_development ON penalties (development_id, position);

CREATE TABLE obligations (
    id {{PK}},
    uid TEXT NOT NULL UNIQUE,
    development_id BIGINT NOT NULL REFERENCES developments (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text_en TEXT NOT NULL DEFAULT '',
    text_zh TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    effective_on TEXT
);
CREATE INDEX obligations_development ON obligations (development_id, position);

CREATE TABLE obligation_parameters (
    id {{PK}},
    obligation_id BIGINT NOT NULL REFERENCES obligations (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    op TEXT NOT NULL,
    value TEXT NOT NULL,
    value2 TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL
);
CREATE INDEX obligation_parameters_obligation ON obligation_parameters (obligation_id, position);

CREATE TABLE obligation_applies_to (
    obligation_id BIGINT NOT NULL REFERENCES obligations (id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (obligation_id, tag_id)
);
CREATE INDEX obligation_applies_to_tag ON obligation_applies_to (tag_id, obligation_id);

-- Every change to a development or an assessment: who, when, field, old -> new. Rows are only ever added.
CREATE TABLE audit_log (
    id {{PK}},
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    entity_uid TEXT NOT NULL DEFAULT '',
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, at);
