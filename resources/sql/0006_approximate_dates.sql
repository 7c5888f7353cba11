-- RegTracker schema 6: approximate announcement dates. A development whose source gives no date of its own
-- (an undated newsletter item) is dated by the period it was reported in: announced_on holds the first day of
-- that period, for sorting and filtering, and announced_until the last; NULL means the date is exact.

ALTER TABLE developments ADD COLUMN announced_until TEXT;
