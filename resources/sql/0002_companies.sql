-- RegTracker schema 2: companies and their assessment of each obligation (the checklist).

CREATE TABLE companies (
    id {{PK}},
    uid TEXT NOT NULL UNIQUE,
    name_en TEXT NOT NULL DEFAULT '',
    name_zh TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE company_sectors (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    tag_id BIGINT NOT NULL REFERENCES tags (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, tag_id)
);

CREATE TABLE company_regions (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    region TEXT NOT NULL,
    registered INTEGER NOT NULL DEFAULT 0,
    operates INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, region)
);

CREATE TABLE assessments (
    id {{PK}},
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    obligation_id BIGINT NOT NULL REFERENCES obligations (id) ON DELETE CASCADE,
    applicability TEXT NOT NULL DEFAULT 'auto',
    justification TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'todo',
    result TEXT NOT NULL DEFAULT 'not_assessed',
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    notes TEXT NOT NULL DEFAULT '',
    re_review INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT NOT NULL DEFAULT '',
    changed_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (company_id, obligation_id)
);
CREATE INDEX assessments_obligation ON assessments (obligation_id, status);

CREATE TABLE evidence (
    id {{PK}},
    assessment_id BIGINT NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    file_name TEXT NOT NULL DEFAULT '',
    mime_type TEXT NOT NULL DEFAULT '',
    size BIGINT NOT NULL DEFAULT 0,
    sha256 TEXT NOT NULL DEFAULT '',
    content {{BLOB}},
    note TEXT NOT NULL DEFAULT '',
    added_by TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_assessment ON evidence (assessment_id);
