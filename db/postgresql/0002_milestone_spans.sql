-- Each milestone date also as the first and last ISO day it covers, as
-- db/0002_milestone_spans.sql. The store writes them with every save
-- (store/records/spans.py); server databases begin at the latest version
-- (server init applies every migration at once), so no milestone exists
-- here yet to fill in.
ALTER TABLE milestones
    ADD COLUMN baseline_start text,
    ADD COLUMN baseline_end text,
    ADD COLUMN forecast_start text,
    ADD COLUMN forecast_end text,
    ADD COLUMN actual_start text,
    ADD COLUMN actual_end text;

DO $$
BEGIN
    IF EXISTS (SELECT FROM milestones) THEN
        RAISE EXCEPTION 'milestones exist without their spans: copy the database again with dctracker copy';
    END IF;
END
$$;

CREATE INDEX milestones_open_due
    ON milestones (coalesce(forecast_end, baseline_end), coalesce(forecast_start, baseline_start))
    WHERE actual IS NULL AND status NOT IN ('done', 'cancelled');
