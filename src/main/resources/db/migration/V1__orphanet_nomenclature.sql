-- Orphanet nomenclature: every entity (active and inactive), its names and synonyms, the polyhierarchy of all
-- classifications and its transitive closure, and the record of every imported pack.

create table nomenclature_release (
    id               bigint generated always as identity primary key,
    data_version     text        not null,              -- JDBOR/@version, e.g. "1.3.42 / 4.1.8 [2025-03-03]"
    extraction_date  date        not null,              -- JDBOR/@ExtractionDate (or the older @date)
    languages        text        not null,              -- languages of the nomenclature files, e.g. "en,nl"
    content_sha256   text        not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    source           text        not null,              -- where the pack came from (file, or the shipped resource)
    imported_at      timestamptz not null,
    entity_count     integer     not null check (entity_count > 0),
    edge_count       integer     not null check (edge_count >= 0),
    closure_count    integer     not null check (closure_count >= 0)
);

-- Counts per classification level and status, the summary an operator checks after an import.
create table nomenclature_release_count (
    release_id            bigint  not null references nomenclature_release (id),
    classification_level  text    not null check (classification_level in ('GROUP_OF_DISORDERS', 'DISORDER', 'SUBTYPE_OF_DISORDER')),
    status                text    not null check (status in ('ACTIVE', 'DEPRECATED', 'OBSOLETE', 'NON_RARE_IN_EUROPE')),
    entity_count          integer not null check (entity_count >= 0),
    primary key (release_id, classification_level, status)
);

-- What changed compared with the previous release.
create table nomenclature_release_change (
    release_id  bigint  not null references nomenclature_release (id),
    orpha_code  integer not null,
    change      text    not null check (change in ('ADDED', 'RENAMED', 'NEWLY_INACTIVE', 'REACTIVATED', 'OTHERWISE_CHANGED')),
    primary key (release_id, orpha_code, change)
);

create table condition (
    orpha_code            integer primary key check (orpha_code > 0),
    orphanet_id           integer,                      -- Disorder/@id; informative only, ORPHAcode is the key
    classification_level  text    not null check (classification_level in ('GROUP_OF_DISORDERS', 'DISORDER', 'SUBTYPE_OF_DISORDER')),
    typology_id           integer,
    typology_en           text,
    typology_nl           text,
    status                text    not null check (status in ('ACTIVE', 'DEPRECATED', 'OBSOLETE', 'NON_RARE_IN_EUROPE')),
    flag_value            integer not null,
    name_en               text    not null check (length(name_en) > 0),
    name_nl               text check (length(name_nl) > 0),
    replacement_code      integer references condition (orpha_code) deferrable initially deferred,
    replacement_type      text check (replacement_type in ('MOVED_TO', 'REFERRED_TO')),
    aggregation_code      integer references condition (orpha_code) deferrable initially deferred,
    first_release_id      bigint  not null references nomenclature_release (id) deferrable initially deferred,
    changed_release_id    bigint  not null references nomenclature_release (id) deferrable initially deferred,
    constraint condition_replacement_complete check ((replacement_code is null) = (replacement_type is null)),
    -- Only an inactive entity is redirected; an active one never is.
    constraint condition_replacement_only_inactive check (status <> 'ACTIVE' or replacement_code is null),
    constraint condition_not_own_replacement check (replacement_code <> orpha_code)
);
create index condition_replacement_idx on condition (replacement_code) where replacement_code is not null;

create table condition_synonym (
    orpha_code  integer not null references condition (orpha_code),
    language    text    not null check (language ~ '^[a-z]{2}$'),
    position    integer not null check (position >= 0),
    term        text    not null check (length(term) > 0),
    primary key (orpha_code, language, position)
);

create table classification (
    id             integer primary key,                -- Classification/@id, e.g. 146
    orpha_number   integer,                            -- Classification/OrphaNumber (unknown for reconstructed files)
    name_en        text    not null,
    name_nl        text,
    head_code      integer not null references condition (orpha_code) deferrable initially deferred
);

-- One row per parent -> child edge per classification (the polyhierarchy, as published).
create table classification_edge (
    classification_id  integer not null references classification (id) deferrable initially deferred,
    parent_code        integer not null references condition (orpha_code) deferrable initially deferred,
    child_code         integer not null references condition (orpha_code) deferrable initially deferred,
    primary key (classification_id, parent_code, child_code),
    check (parent_code <> child_code)
);
create index classification_edge_child_idx on classification_edge (child_code, parent_code);

-- Transitive closure over the union of all classifications, self rows included (distance 0), so that
-- "all ancestors of X" and "all descendants of X" are each one index range scan.
create table condition_closure (
    ancestor_code    integer not null references condition (orpha_code) deferrable initially deferred,
    descendant_code  integer not null references condition (orpha_code) deferrable initially deferred,
    distance         integer not null check (distance >= 0),  -- shortest path length
    primary key (ancestor_code, descendant_code),
    check ((distance = 0) = (ancestor_code = descendant_code))
);
create index condition_closure_descendant_idx on condition_closure (descendant_code, ancestor_code, distance);
