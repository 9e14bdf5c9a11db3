-- As db/0003_ids_never_reused.sql. Identities already never give an id
-- again (0001); what remains is that zones become records like the others:
-- version and stamps, edited with optimistic versions and per-field history.
ALTER TABLE zones
    ADD COLUMN version integer NOT NULL DEFAULT 1,
    ADD COLUMN created_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"'),
    ADD COLUMN updated_at text NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"+00:00"');
-- The stamps are the store's to write from now on, as in SQLite.
ALTER TABLE zones ALTER COLUMN created_at DROP DEFAULT, ALTER COLUMN updated_at DROP DEFAULT;
