-- dctracker schema, version 1.
-- Text columns are NOT NULL DEFAULT '' so the search views can concatenate them.
-- Dates are PartialDate canonical strings ("2025-03-31", "2025-06", "2025-Q3",
-- "2025-H1", "2025", "..2030"); money is integer won; areas are m².
PRAGMA application_id = 1145263186;  -- 'DCTR': marks the file as ours

CREATE TABLE organizations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    kind TEXT NOT NULL DEFAULT 'other',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    version INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX organizations_name ON organizations (name);

CREATE TABLE projects (
    id INTEGER PRIMARY KEY,
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
CREATE INDEX projects_region ON projects (region, sigungu);

CREATE TABLE mous (
    id INTEGER PRIMARY KEY,
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

CREATE TABLE mou_parties (
    mou_id INTEGER NOT NULL REFERENCES mous (id) ON DELETE CASCADE,
    organization_id INTEGER NOT NULL REFERENCES organizations (id) ON DELETE RESTRICT,
    role TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (mou_id, organization_id)
);
CREATE INDEX mou_parties_org ON mou_parties (organization_id);

CREATE TABLE mou_projects (
    mou_id INTEGER NOT NULL REFERENCES mous (id) ON DELETE CASCADE,
    project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    PRIMARY KEY (mou_id, project_id)
);
CREATE INDEX mou_projects_project ON mou_projects (project_id);

CREATE TABLE milestones (
    id INTEGER PRIMARY KEY,
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
    updated_at TEXT NOT NULL
);
CREATE INDEX milestones_project ON milestones (project_id);
CREATE INDEX milestones_mou ON milestones (mou_id);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY,
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
CREATE INDEX indicators_project ON indicators (project_id);

-- Zones (권역) group 시군 within a region; a 시군 belongs to at most one zone.
CREATE TABLE zones (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    region TEXT NOT NULL CHECK (region IN ('gwangju', 'jeonnam')),
    UNIQUE (region, name)
);
CREATE TABLE zone_members (
    sigungu TEXT PRIMARY KEY,
    zone_id INTEGER NOT NULL REFERENCES zones (id) ON DELETE CASCADE
);

-- One row per changed field; rows saved together share a batch.
-- field '*' with old NULL records a creation, with new NULL a deletion
-- (the value is the whole record as JSON), so nothing is ever unrecoverable.
CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    batch INTEGER NOT NULL,
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old TEXT,
    new TEXT,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX history_record ON history (table_name, record_id);
CREATE INDEX history_batch ON history (batch);

-- Full-text search over every record kind. The trigram tokenizer finds Korean
-- substrings (no word segmentation needed). rowid = id * 4 + kind, so a
-- record's entry is replaced through the rowid index, never a table scan.
CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'trigram');

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
-- A MOU's entry includes its parties' names: refresh it when they change.
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
