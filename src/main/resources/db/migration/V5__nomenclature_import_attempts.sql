-- Every import of an Orphanet pack, successful or not, so operators (and the metrics of every replica) can see the
-- last result. A failed import rolls its data back; this row is written in a transaction of its own.
create table nomenclature_import_attempt (
    id           bigint generated always as identity primary key,
    started_at   timestamptz not null,
    finished_at  timestamptz not null,
    source       text not null,
    outcome      text not null check (outcome in ('IMPORTED', 'UNCHANGED', 'FAILED')),
    release_id   bigint references nomenclature_release (id),
    message      text
);
