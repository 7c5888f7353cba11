-- RegTracker schema 7: versions of a development side by side.
-- A final text and the draft for comments it replaces (developments.replaces_id) each keep their own obligations,
-- so that what changed between them stays readable; the checklist rows move to the later version's obligations
-- and the earlier version binds nobody. Every applicability question therefore asks whether a development has
-- a later version: this index answers it.
CREATE INDEX developments_replaces ON developments (replaces_id);
