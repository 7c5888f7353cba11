-- RegTracker schema 4: where imported developments came from. Importing the same source again matches its
-- items by source and number instead of adding them twice, and compares what was detected then with what is
-- detected now, so that only what the source changed is offered for update (edits made since are kept).

CREATE TABLE import_items (
    development_id BIGINT PRIMARY KEY REFERENCES developments (id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    item INTEGER NOT NULL,
    source_text TEXT NOT NULL,
    detected TEXT NOT NULL, -- the development as detected, in the exchange format's JSON
    imported_at TEXT NOT NULL
);
CREATE INDEX import_items_source ON import_items (source, item);
