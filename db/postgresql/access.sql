-- Who may change what on a server database, enforced by PostgreSQL itself
-- (grants and row-level security), so a client that bypasses dctracker is
-- refused the same. Run by `dctracker server init` after the migrations, in
-- the same transaction; safe to run again (after a later migration).
--
--   dctracker_admin   도: everything, zones, users
--   dctracker_editor  시군/구: reads everything; creates and changes only the
--                     projects, milestones and MOUs of its own 시군구
--   dctracker_viewer  reads only
--
-- Group roles are cluster-wide; each login is a member of one of them, and
-- dctracker_users names the 시군구 of each editor login.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dctracker_admin') THEN
        CREATE ROLE dctracker_admin NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dctracker_editor') THEN
        CREATE ROLE dctracker_editor NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dctracker_viewer') THEN
        CREATE ROLE dctracker_viewer NOLOGIN;
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS dctracker_users (
    name text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('admin', 'editor', 'viewer')),
    sigungu text NOT NULL DEFAULT '',
    CHECK ((role = 'editor') = (sigungu <> ''))
);

-- The 시군구 the connected editor may change ('' for anyone else).
CREATE OR REPLACE FUNCTION dctracker_office() RETURNS text
LANGUAGE sql STABLE SET search_path = public AS $$
    SELECT coalesce((SELECT sigungu FROM dctracker_users WHERE name = current_user), '');
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO dctracker_admin, dctracker_editor, dctracker_viewer;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO dctracker_admin, dctracker_editor, dctracker_viewer;
-- SELECT: a backup reads each id counter; UPDATE: a copy sets them (dctracker copy).
GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO dctracker_admin, dctracker_editor, dctracker_viewer;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO dctracker_admin, dctracker_editor;
GRANT UPDATE ON ALL SEQUENCES IN SCHEMA public TO dctracker_admin;

GRANT INSERT, UPDATE, DELETE ON organizations, projects, mous, mou_parties, mou_projects, milestones,
    indicators, zones, zone_members, history, dctracker_users TO dctracker_admin;
GRANT INSERT, UPDATE, DELETE ON projects, mous, mou_parties, mou_projects, milestones TO dctracker_editor;
-- A MOU's new party may be an organization nobody entered yet; changing or
-- removing one (shared by every office) stays with the 도.
GRANT INSERT ON organizations, history TO dctracker_editor;

-- Every role reads every row; the policies below limit only what an editor writes.
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE mous ENABLE ROW LEVEL SECURITY;
ALTER TABLE milestones ENABLE ROW LEVEL SECURITY;
ALTER TABLE mou_parties ENABLE ROW LEVEL SECURITY;
ALTER TABLE mou_projects ENABLE ROW LEVEL SECURITY;

DROP POLICY IF EXISTS everyone_reads ON projects;
DROP POLICY IF EXISTS admin_writes ON projects;
DROP POLICY IF EXISTS office_writes ON projects;
CREATE POLICY everyone_reads ON projects FOR SELECT USING (true);
CREATE POLICY admin_writes ON projects TO dctracker_admin USING (true) WITH CHECK (true);
CREATE POLICY office_writes ON projects TO dctracker_editor
    USING (sigungu = dctracker_office()) WITH CHECK (sigungu = dctracker_office());

DROP POLICY IF EXISTS everyone_reads ON mous;
DROP POLICY IF EXISTS admin_writes ON mous;
DROP POLICY IF EXISTS office_writes ON mous;
CREATE POLICY everyone_reads ON mous FOR SELECT USING (true);
CREATE POLICY admin_writes ON mous TO dctracker_admin USING (true) WITH CHECK (true);
CREATE POLICY office_writes ON mous TO dctracker_editor
    USING (sigungu = dctracker_office()) WITH CHECK (sigungu = dctracker_office());

-- A milestone belongs to the office of its project (and cannot be moved to another's).
DROP POLICY IF EXISTS everyone_reads ON milestones;
DROP POLICY IF EXISTS admin_writes ON milestones;
DROP POLICY IF EXISTS office_writes ON milestones;
CREATE POLICY everyone_reads ON milestones FOR SELECT USING (true);
CREATE POLICY admin_writes ON milestones TO dctracker_admin USING (true) WITH CHECK (true);
CREATE POLICY office_writes ON milestones TO dctracker_editor
    USING (project_id IN (SELECT id FROM projects WHERE sigungu = dctracker_office()))
    WITH CHECK (project_id IN (SELECT id FROM projects WHERE sigungu = dctracker_office()));

-- A MOU's parties and projects belong to the office of the MOU.
DROP POLICY IF EXISTS everyone_reads ON mou_parties;
DROP POLICY IF EXISTS admin_writes ON mou_parties;
DROP POLICY IF EXISTS office_writes ON mou_parties;
CREATE POLICY everyone_reads ON mou_parties FOR SELECT USING (true);
CREATE POLICY admin_writes ON mou_parties TO dctracker_admin USING (true) WITH CHECK (true);
CREATE POLICY office_writes ON mou_parties TO dctracker_editor
    USING (mou_id IN (SELECT id FROM mous WHERE sigungu = dctracker_office()))
    WITH CHECK (mou_id IN (SELECT id FROM mous WHERE sigungu = dctracker_office()));

DROP POLICY IF EXISTS everyone_reads ON mou_projects;
DROP POLICY IF EXISTS admin_writes ON mou_projects;
DROP POLICY IF EXISTS office_writes ON mou_projects;
CREATE POLICY everyone_reads ON mou_projects FOR SELECT USING (true);
CREATE POLICY admin_writes ON mou_projects TO dctracker_admin USING (true) WITH CHECK (true);
CREATE POLICY office_writes ON mou_projects TO dctracker_editor
    USING (mou_id IN (SELECT id FROM mous WHERE sigungu = dctracker_office()))
    WITH CHECK (mou_id IN (SELECT id FROM mous WHERE sigungu = dctracker_office()));

-- History names the database user who saved, whatever the client wrote. Only
-- a 도 administrator copying a database (dctracker copy) keeps the names
-- the rows already carry, by setting dctracker.keep_who for its transaction.
CREATE OR REPLACE FUNCTION dctracker_history_who() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('dctracker.keep_who', true), '') <> 'on'
        OR NOT pg_has_role('dctracker_admin', 'MEMBER') THEN
        NEW.who := current_user;
    END IF;
    RETURN NEW;
END
$$;
DROP TRIGGER IF EXISTS history_who ON history;
CREATE TRIGGER history_who BEFORE INSERT ON history
    FOR EACH ROW EXECUTE FUNCTION dctracker_history_who();
