-- RegTracker schema 3: the full-text index of developments.
-- The index holds text prepared by the application (English words as written, Chinese as overlapping character
-- pairs), so it is filled by the application, not by SQL: whenever search_index.format differs from the format
-- the application writes, the application rebuilds the index on open. {{SEARCH_INDEX}} is the engine's own
-- full-text table, replaced per engine by the migrator.

CREATE TABLE search_index (
    format INTEGER NOT NULL
);

{{SEARCH_INDEX}}

-- Counting facets over search results looks developments up by id for these columns only: an index that holds
-- them answers without reading the (long) rows.
CREATE INDEX developments_search_facets ON developments (id, kind, stage, announced_on, region);

-- The timeline reads every development's dates and kind in date order: this index holds all it needs.
CREATE INDEX developments_timeline ON developments (announced_on, id, kind, comment_deadline, effective_on);
