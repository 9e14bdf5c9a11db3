-- Each milestone date also as the first and last ISO day it covers
-- (store/spans.py), so SQL can compare and order due dates without asking
-- the domain row by row. dct_start/dct_end are the same domain functions,
-- registered on every connection (store/sql_functions.py).
ALTER TABLE milestones ADD COLUMN baseline_start TEXT;
ALTER TABLE milestones ADD COLUMN baseline_end TEXT;
ALTER TABLE milestones ADD COLUMN forecast_start TEXT;
ALTER TABLE milestones ADD COLUMN forecast_end TEXT;
ALTER TABLE milestones ADD COLUMN actual_start TEXT;
ALTER TABLE milestones ADD COLUMN actual_end TEXT;

UPDATE milestones SET
    baseline_start = dct_start(baseline),
    baseline_end = dct_end(baseline),
    forecast_start = dct_start(forecast),
    forecast_end = dct_end(forecast),
    actual_start = dct_start(actual),
    actual_end = dct_end(actual);

-- The dashboard's overdue and due-soon lists: open milestones (not done or
-- cancelled: domain/dashboard.py CLOSED) in due order, read from the index
-- alone (store/dashboard_queries.py spells the same condition).
CREATE INDEX milestones_open_due
    ON milestones (coalesce(forecast_end, baseline_end), coalesce(forecast_start, baseline_start))
    WHERE actual IS NULL AND status NOT IN ('done', 'cancelled');
