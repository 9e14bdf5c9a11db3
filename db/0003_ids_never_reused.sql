-- Record ids are never given again once used, and zones get versions.
--
-- Without AUTOINCREMENT SQLite hands the largest id of a deleted record to the
-- next new one, which then shows the deleted record's history, and undoing the
-- delete fails on the taken id. Each record table is rebuilt with
-- INTEGER PRIMARY KEY AUTOINCREMENT the way SQLite documents for schema changes
-- ALTER TABLE cannot make (https://www.sqlite.org/lang_altertable.html, "Making
-- Other Kinds Of Table Schema Changes"): foreign keys off (database.py's
-- migrate() does that and checks the references before COMMIT), a new table,
-- the rows copied, the old table dropped, the new one renamed, and its
-- indexes, triggers and views made again as before.
--
-- Zones (권역) become records like the others: version and stamps, edited
-- with the same optimistic versions and per-field history.

-- The search views and the triggers that read them refer to the tables being
-- rebuilt, and a rename checks every view and trigger: all are made again at
-- the end, as they were.
DROP TRIGGER projects_search_insert;
DROP TRIGGER projects_search_update;
DROP TRIGGER projects_search_delete;
DROP TRIGGER mous_search_insert;
DROP TRIGGER mous_search_update;
DROP TRIGGER mous_search_delete;
DROP TRIGGER milestones_search_insert;
DROP TRIGGER milestones_search_update;
DROP TRIGGER milestones_search_delete;
DROP TRIGGER organizations_search_insert;
DROP TRIGGER organizations_search_update;
DROP TRIGGER organizations_search_delete;
DROP TRIGGER mou_parties_search_insert;
DROP TRIGGER mou_parties_search_delete;
DROP TRIGGER organizations_rename_search;
DROP VIEW project_search_text;
DROP VIEW mou_search_text;
DROP VIEW milestone_search_text;
DROP VIEW organization_search_text;

CREATE TABLE new_organizations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL DEFAULT 'other',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO new_organizations SELECT * FROM organizations;
DROP TABLE organizations;
ALTER TABLE new_organizations RENAME TO organizations;
CREATE UNIQUE INDEX organizations_name ON organizations (name);

CREATE TABLE new_projects (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    region TEXT NOT NULL CHECK (region IN ('gwangju', 'jeonnam')),
    sigungu TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    lead_agency TEXT NOT NULL DEFAULT '',
    partners TEXT NOT NULL DEFAULT '',
    investment INTEGER CHECK (investment >= 0),
    area_m2 REAL CHECK (area_m2 >= 0),
    capacity_mw REAL CHECK (capacity_mw >= 0),
    planned_jobs INTEGER CHECK (planned_jobs >= 0),
    status TEXT NOT NULL DEFAULT 'planned',
    planned_start TEXT,
    planned_finish TEXT,
    source TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO new_projects SELECT * FROM projects;
DROP TABLE projects;
ALTER TABLE new_projects RENAME TO projects;
CREATE INDEX projects_region ON projects (region, sigungu);

CREATE TABLE new_mous (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    region TEXT CHECK (region IN ('gwangju', 'jeonnam')),
    sigungu TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    status TEXT NOT NULL DEFAULT 'signed',
    pledged_investment INTEGER CHECK (pledged_investment >= 0),
    pledged_jobs INTEGER CHECK (pledged_jobs >= 0),
    realized_investment INTEGER CHECK (realized_investment >= 0),
    realized_jobs INTEGER CHECK (realized_jobs >= 0),
    realized_as_of TEXT,
    site TEXT NOT NULL DEFAULT '',
    area_m2 REAL CHECK (area_m2 >= 0),
    deadline TEXT,
    phases TEXT NOT NULL DEFAULT '',
    binding INTEGER NOT NULL DEFAULT 0 CHECK (binding IN (0, 1)),
    documents TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO new_mous SELECT * FROM mous;
DROP TABLE mous;
ALTER TABLE new_mous RENAME TO mous;

-- The columns of 0001 and then those 0002 added, in the stored order.
CREATE TABLE new_milestones (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    mou_id INTEGER REFERENCES mous (id) ON DELETE SET NULL,
    title TEXT NOT NULL CHECK (trim(title) <> ''),
    kind TEXT NOT NULL DEFAULT 'other',
    baseline TEXT,
    forecast TEXT,
    actual TEXT,
    status TEXT NOT NULL DEFAULT 'planned',
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    owner TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    baseline_start TEXT,
    baseline_end TEXT,
    forecast_start TEXT,
    forecast_end TEXT,
    actual_start TEXT,
    actual_end TEXT
);
INSERT INTO new_milestones SELECT * FROM milestones;
DROP TABLE milestones;
ALTER TABLE new_milestones RENAME TO milestones;
CREATE INDEX milestones_project ON milestones (project_id);
CREATE INDEX milestones_mou ON milestones (mou_id);
CREATE INDEX milestones_open_due
    ON milestones (coalesce(forecast_end, baseline_end), coalesce(forecast_start, baseline_start))
    WHERE actual IS NULL AND status NOT IN ('done', 'cancelled');

CREATE TABLE new_indicators (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    unit TEXT NOT NULL DEFAULT '',
    program TEXT NOT NULL DEFAULT '',
    project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
    target REAL,
    actual REAL,
    as_of TEXT,
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO new_indicators SELECT * FROM indicators;
DROP TABLE indicators;
ALTER TABLE new_indicators RENAME TO indicators;
CREATE INDEX indicators_project ON indicators (project_id);

-- Zones had no stamps: the upgrade is the first time anyone can tell.
CREATE TABLE new_zones (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    region TEXT NOT NULL CHECK (region IN ('gwangju', 'jeonnam')),
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (region, name)
);
INSERT INTO new_zones (id, name, region, version, created_at, updated_at)
SELECT id, name, region, 1, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'),
    strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
FROM zones;
DROP TABLE zones;
ALTER TABLE new_zones RENAME TO zones;

-- The next id of each table lies past every id it ever used: those of
-- deleted records live on in the history only.
DELETE FROM sqlite_sequence WHERE name IN
    ('organizations', 'projects', 'mous', 'milestones', 'indicators', 'zones');
INSERT INTO sqlite_sequence (name, seq)
SELECT t.name, max(
    coalesce((SELECT max(h.record_id) FROM history h WHERE h.table_name = t.name), 0),
    CASE t.name
        WHEN 'organizations' THEN (SELECT coalesce(max(id), 0) FROM organizations)
        WHEN 'projects' THEN (SELECT coalesce(max(id), 0) FROM projects)
        WHEN 'mous' THEN (SELECT coalesce(max(id), 0) FROM mous)
        WHEN 'milestones' THEN (SELECT coalesce(max(id), 0) FROM milestones)
        WHEN 'indicators' THEN (SELECT coalesce(max(id), 0) FROM indicators)
        WHEN 'zones' THEN (SELECT coalesce(max(id), 0) FROM zones)
    END)
FROM (SELECT 'organizations' AS name UNION ALL SELECT 'projects' UNION ALL SELECT 'mous'
    UNION ALL SELECT 'milestones' UNION ALL SELECT 'indicators' UNION ALL SELECT 'zones') t;

-- The search index, views and triggers as 0001 made them (the rows of
-- search_index keep their rowids: the ids did not change).
CREATE VIEW project_search_text (id, body) AS
SELECT id, name || ' ' || sigungu || ' ' || site || ' ' || description || ' ' || category
    || ' ' || lead_agency || ' ' || partners || ' ' || tags || ' ' || notes || ' ' || source
FROM projects;

CREATE VIEW mou_search_text (id, body) AS
SELECT m.id, m.title || ' ' || m.sigungu || ' ' || m.site || ' ' || m.phases || ' ' || m.notes
    || ' ' || m.source || ' ' || ifnull((SELECT group_concat(o.name, ' ') FROM mou_parties p
        JOIN organizations o ON o.id = p.organization_id WHERE p.mou_id = m.id), '')
FROM mous m;

CREATE VIEW milestone_search_text (id, body) AS
SELECT id, title || ' ' || owner || ' ' || notes || ' ' || source FROM milestones;

CREATE VIEW organization_search_text (id, body) AS
SELECT id, name || ' ' || contact || ' ' || notes FROM organizations;

CREATE TRIGGER projects_search_insert AFTER INSERT ON projects BEGIN
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 0, body FROM project_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER projects_search_update AFTER UPDATE ON projects BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 0;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 0, body FROM project_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER projects_search_delete AFTER DELETE ON projects BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 0;
END;
CREATE TRIGGER mous_search_insert AFTER INSERT ON mous BEGIN
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 1, body FROM mou_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER mous_search_update AFTER UPDATE ON mous BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 1;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 1, body FROM mou_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER mous_search_delete AFTER DELETE ON mous BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 1;
END;
CREATE TRIGGER milestones_search_insert AFTER INSERT ON milestones BEGIN
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 2, body FROM milestone_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER milestones_search_update AFTER UPDATE ON milestones BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 2;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 2, body FROM milestone_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER milestones_search_delete AFTER DELETE ON milestones BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 2;
END;
CREATE TRIGGER organizations_search_insert AFTER INSERT ON organizations BEGIN
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 3, body FROM organization_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER organizations_search_update AFTER UPDATE ON organizations BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 3;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 3, body FROM organization_search_text WHERE id = NEW.id;
END;
CREATE TRIGGER organizations_search_delete AFTER DELETE ON organizations BEGIN
    DELETE FROM search_index WHERE rowid = OLD.id * 4 + 3;
END;
CREATE TRIGGER mou_parties_search_insert AFTER INSERT ON mou_parties BEGIN
    DELETE FROM search_index WHERE rowid = NEW.mou_id * 4 + 1;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 1, body FROM mou_search_text WHERE id = NEW.mou_id;
END;
CREATE TRIGGER mou_parties_search_delete AFTER DELETE ON mou_parties BEGIN
    DELETE FROM search_index WHERE rowid = OLD.mou_id * 4 + 1;
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 1, body FROM mou_search_text WHERE id = OLD.mou_id;
END;
CREATE TRIGGER organizations_rename_search AFTER UPDATE OF name ON organizations BEGIN
    DELETE FROM search_index WHERE rowid IN (SELECT mou_id * 4 + 1 FROM mou_parties WHERE organization_id = NEW.id);
    INSERT INTO search_index (rowid, body) SELECT id * 4 + 1, body FROM mou_search_text
        WHERE id IN (SELECT mou_id FROM mou_parties WHERE organization_id = NEW.id);
END;
