-- The registry: care institutions, expertise centres, their recognitions per condition, the European Reference
-- Networks and the centres' memberships. Rules that keep it correct live here, so no code path can break them.

create extension if not exists btree_gist;

create table institution (
    id          uuid primary key,
    ror_id      text unique check (ror_id ~ '^0[a-z0-9]{6}[0-9]{2}$'),
    name        text not null check (length(trim(name)) > 0),
    acronym     text,
    city        text not null check (length(trim(city)) > 0),
    province    text not null check (province in ('Groningen', 'Fryslân', 'Drenthe', 'Overijssel', 'Flevoland', 'Gelderland',
                    'Utrecht', 'Noord-Holland', 'Zuid-Holland', 'Zeeland', 'Noord-Brabant', 'Limburg')),
    latitude    double precision check (latitude between 50.7 and 53.6),
    longitude   double precision check (longitude between 3.3 and 7.3),
    website     text check (website ~ '^https?://'),
    type        text not null check (type in ('UMC', 'GENERAL', 'CATEGORICAL', 'OTHER')),
    umc_group   text,                                   -- the UMC a location or department belongs to, e.g. "Amsterdam UMC"
    agb_code    text unique check (agb_code ~ '^[0-9]{8}$'),
    part_of_id  uuid references institution (id),
    version     bigint not null default 0
);
create index institution_city_idx on institution (lower(city));

create table ern (
    code                 text primary key check (code ~ '^[a-z0-9-]+$'),
    acronym              text not null unique,
    name_en              text not null,
    name_nl              text not null,
    scope_en             text not null,
    scope_nl             text not null,
    ror_id               text,
    name_confirmed       boolean not null,             -- false: the English name is not yet checked against an EC page
    orphanet_heads       integer[] not null,           -- heuristic scope: Orphanet classification heads (not an official mapping)
    orphanet_heads_note  text
);

create table expertise_centre (
    id                    uuid primary key,
    name_nl               text not null check (length(trim(name_nl)) > 0),
    name_en               text not null check (length(trim(name_en)) > 0),
    description_nl        text,
    description_en        text,
    patient_phone         text,
    patient_email         text check (patient_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    patient_website       text check (patient_website ~ '^https?://'),
    professional_phone    text,
    professional_email    text check (professional_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    professional_website  text check (professional_website ~ '^https?://'),
    demo                  boolean not null default false,   -- fictional demonstration data, never in production
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    version               bigint not null default 0
);

-- A centre spans one or more institutions, exactly one of which leads.
create table centre_institution (
    centre_id       uuid not null references expertise_centre (id) on delete cascade,
    institution_id  uuid not null references institution (id),
    is_leading      boolean not null,
    primary key (centre_id, institution_id)
);
create unique index centre_institution_one_leading_idx on centre_institution (centre_id) where is_leading;
create index centre_institution_institution_idx on centre_institution (institution_id);

create function check_centre_has_leading_institution() returns trigger language plpgsql as $$
declare
    centre uuid;
begin
    if tg_table_name = 'expertise_centre' then
        centre := new.id;
    elsif tg_op = 'DELETE' then
        centre := old.centre_id;
    else
        centre := new.centre_id;
    end if;
    if exists (select 1 from expertise_centre where id = centre)
       and not exists (select 1 from centre_institution where centre_id = centre and is_leading) then
        raise exception 'expertise centre % has no leading institution', centre
            using errcode = '23514', constraint = 'centre_has_leading_institution';
    end if;
    return null;
end $$;
create constraint trigger centre_has_leading_institution after insert or update on expertise_centre
    deferrable initially deferred for each row execute function check_centre_has_leading_institution();
create constraint trigger centre_keeps_leading_institution after update or delete on centre_institution
    deferrable initially deferred for each row execute function check_centre_has_leading_institution();

-- A centre recognised for one condition (ORPHAcode) by the decision of one round, valid for at most five years.
-- Status is derived, not stored: withdrawn when withdrawn_on is set, else active or expired by the clock.
create table recognition (
    id                 uuid primary key,
    centre_id          uuid not null references expertise_centre (id),
    orpha_code         integer not null references condition (orpha_code),
    round_year         integer not null check (round_year between 2000 and 2100),
    decision_date      date not null,
    valid_from         date not null,
    valid_until        date not null,                 -- exclusive: the first day the recognition no longer holds
    published          boolean not null default false,
    withdrawn_on       date,
    withdrawal_reason  text,
    created_at         timestamptz not null,
    version            bigint not null default 0,
    constraint recognition_period check (valid_until > valid_from and valid_until <= valid_from + interval '5 years'),
    -- decisions fall in the round's year; those on objections may run into the next
    constraint recognition_decided_in_round check (extract(year from decision_date) between round_year and round_year + 1),
    constraint recognition_withdrawal_reason check (withdrawal_reason is null or withdrawn_on is not null),
    constraint recognition_no_overlap exclude using gist (
        centre_id with =, orpha_code with =, daterange(valid_from, valid_until) with &&) where (withdrawn_on is null)
);
create index recognition_condition_idx on recognition (orpha_code);
create index recognition_centre_idx on recognition (centre_id);

create function check_recognised_condition_is_active() returns trigger language plpgsql as $$
declare
    c record;
begin
    select status, replacement_code into c from condition where orpha_code = new.orpha_code;
    if c.status <> 'ACTIVE' then
        raise exception 'ORPHA:% is inactive (%)% and cannot be newly recognised', new.orpha_code, lower(c.status),
            coalesce('; its replacement is ORPHA:' || c.replacement_code, '')
            using errcode = '23514', constraint = 'recognition_condition_active';
    end if;
    return new;
end $$;
create trigger recognition_condition_active before insert or update of orpha_code on recognition
    for each row execute function check_recognised_condition_is_active();

create table ern_membership (
    id               uuid primary key,
    centre_id        uuid not null references expertise_centre (id),
    ern_code         text not null references ern (code),
    membership_type  text not null check (membership_type in ('FULL_MEMBER', 'ASSOCIATED_NATIONAL_CENTRE',
                         'NATIONAL_COORDINATION_HUB', 'SUPPORTING_PARTNER')),
    since            date not null,
    until            date,                            -- exclusive; null while it lasts
    version          bigint not null default 0,
    constraint ern_membership_period check (until is null or until > since),
    constraint ern_membership_no_overlap exclude using gist (
        centre_id with =, ern_code with =, daterange(since, until) with &&)
);
create index ern_membership_ern_idx on ern_membership (ern_code);

-- In the Netherlands only recognised centres may be ERN members: a membership starts within a recognition.
create function check_member_is_recognised() returns trigger language plpgsql as $$
begin
    if not exists (select 1 from recognition r where r.centre_id = new.centre_id and r.withdrawn_on is null
                   and new.since >= r.valid_from and new.since < r.valid_until) then
        raise exception 'expertise centre % has no recognition valid on %, so it cannot become a member of ERN %',
            new.centre_id, new.since, new.ern_code
            using errcode = '23514', constraint = 'ern_membership_requires_recognition';
    end if;
    return new;
end $$;
create trigger ern_membership_requires_recognition before insert or update on ern_membership
    for each row execute function check_member_is_recognised();

-- Every change to the registry bumps one version: replicas compare it to know their read model is stale.
create table registry_version (
    id       boolean primary key default true check (id),
    version  bigint not null
);
insert into registry_version (id, version) values (true, 0);

create function bump_registry_version() returns trigger language plpgsql as $$
begin
    update registry_version set version = version + 1;
    return null;
end $$;
create trigger institution_changed after insert or update or delete on institution
    for each statement execute function bump_registry_version();
create trigger ern_changed after insert or update or delete on ern
    for each statement execute function bump_registry_version();
create trigger expertise_centre_changed after insert or update or delete on expertise_centre
    for each statement execute function bump_registry_version();
create trigger centre_institution_changed after insert or update or delete on centre_institution
    for each statement execute function bump_registry_version();
create trigger recognition_changed after insert or update or delete on recognition
    for each statement execute function bump_registry_version();
create trigger ern_membership_changed after insert or update or delete on ern_membership
    for each statement execute function bump_registry_version();
