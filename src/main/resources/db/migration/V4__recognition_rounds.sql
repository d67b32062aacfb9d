-- Recognition rounds: one per year. Institutions apply for their centres before the deadline, the secretariat
-- has the applications assessed, the deciding official decides per condition, institutions may object, and
-- the round is published. Plus what every write needs: idempotency keys and an append-only audit trail.

create table recognition_round (
    year                  integer primary key check (year between 2000 and 2100),
    application_deadline  timestamptz not null,       -- applications are accepted strictly before this instant
    assessment_ends       date not null,
    decisions_due         date not null,
    objection_weeks       integer not null default 6 check (objection_weeks between 1 and 26),
    state                 text not null check (state in ('PLANNED', 'OPEN', 'CLOSED_FOR_APPLICATIONS', 'IN_ASSESSMENT',
                              'DECIDED', 'PUBLISHED')),
    published_at          timestamptz,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null default 0,
    constraint round_phases_in_order check (application_deadline::date <= assessment_ends and assessment_ends <= decisions_due),
    constraint round_published_at check ((state = 'PUBLISHED') = (published_at is not null))
);

create table application (
    id                                uuid primary key,
    round_year                        integer not null references recognition_round (year),
    institution_id                    uuid not null references institution (id),   -- the applicant
    centre_id                         uuid references expertise_centre (id),      -- the centre it renews or extends, or the one created on recognition
    centre_name_nl                    text,
    centre_name_en                    text,
    description_nl                    text,
    description_en                    text,
    patient_phone                     text,
    patient_email                     text,
    patient_website                   text,
    professional_phone                text,
    professional_email                text,
    professional_website              text,
    research_output                   text,
    patient_organisation_involvement  text,
    state                             text not null check (state in ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    submitted_at                      timestamptz,
    withdrawn_at                      timestamptz,
    created_at                        timestamptz not null,
    updated_at                        timestamptz not null,
    version                           bigint not null default 0,
    constraint application_submitted_at check ((state = 'DRAFT') = (submitted_at is null and withdrawn_at is null)),
    constraint application_withdrawn_at check ((state = 'WITHDRAWN') = (withdrawn_at is not null))
);
create index application_round_institution_idx on application (round_year, institution_id);

create table application_partner (
    application_id  uuid not null references application (id) on delete cascade,
    institution_id  uuid not null references institution (id),
    primary key (application_id, institution_id)
);

create table application_ern (
    application_id  uuid not null references application (id) on delete cascade,
    ern_code        text not null references ern (code),
    primary key (application_id, ern_code)
);

-- One requested condition: what the institution states, then advice, decision and objection as they happen.
create table requested_condition (
    application_id            uuid not null references application (id) on delete cascade,
    orpha_code                integer not null references condition (orpha_code),
    position                  integer not null,
    care_pathway              text,
    yearly_patients           integer check (yearly_patients >= 0),
    advice                    text check (advice in ('POSITIVE', 'NEGATIVE')),
    advice_reason             text,
    advised_at                timestamptz,
    decision                  text check (decision in ('RECOGNISED', 'NOT_RECOGNISED')),
    decision_date             date,
    decision_reason           text,
    recognition_id            uuid references recognition (id),
    objection_lodged_at       timestamptz,
    objection_reason          text,
    objection_outcome         text check (objection_outcome in ('UPHELD', 'REJECTED')),
    objection_decided_on      date,
    objection_outcome_reason  text,
    primary key (application_id, orpha_code),
    constraint requested_condition_decided check ((decision is null) = (decision_date is null)),
    constraint requested_condition_recognition check (recognition_id is null or decision = 'RECOGNISED'
        or (decision = 'NOT_RECOGNISED' and objection_outcome = 'UPHELD')),
    constraint requested_condition_objection check (objection_lodged_at is null or decision = 'NOT_RECOGNISED'),
    constraint requested_condition_outcome check (objection_outcome is null or objection_lodged_at is not null)
);
-- Decisions become recognitions, which must exist in the inactive-code check's eyes too: the recognition trigger of V2 applies.

-- A retried create or submit with the same key returns the first answer instead of acting twice.
create table idempotent_request (
    actor            text not null,
    idempotency_key  text not null check (length(idempotency_key) between 1 and 200),
    request_hash     text not null,                 -- method, path and body: the same key for another request is refused
    status           integer not null,
    location         text,
    etag             text,
    body             text not null,
    created_at       timestamptz not null,
    primary key (actor, idempotency_key)
);

-- Who changed what, when, from what to what. Rows are only ever added.
create table audit_event (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    actor        text not null,
    roles        text not null,
    action       text not null,
    entity_type  text not null,
    entity_id    text not null,
    before       jsonb,
    after        jsonb
);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only' using errcode = '23514', constraint = 'audit_event_append_only';
end $$;
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function refuse_audit_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_audit_change();
