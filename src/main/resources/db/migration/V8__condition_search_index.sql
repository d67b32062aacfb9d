-- Issue 11: the built condition search index is kept beside its release, so that a restart opens it (a fraction of a
-- second) instead of building it from 33,000 names again (tens of seconds on one cold core). Derived data: losing a
-- row costs one rebuild, never a wrong answer (the key names the code and the names it was built from).
create table condition_search_index (
    release_id bigint      not null primary key references nomenclature_release (id) on delete cascade,
    index_key  text        not null,
    files      bytea       not null,
    stored_at  timestamptz not null default now()
);
-- Lucene's files barely compress; storing them as they are keeps the read at startup a plain copy.
alter table condition_search_index alter column files set storage external;
