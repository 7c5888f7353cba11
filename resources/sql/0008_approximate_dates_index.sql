-- RegTracker schema 8: the timeline reads every filtered development from the developments_timeline index alone,
-- and asks separately which of them are dated approximately (few ever are): this partial index answers that
-- without reading a development row.
CREATE INDEX developments_approximate ON developments (id) WHERE announced_until IS NOT NULL;
