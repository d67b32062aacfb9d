-- ICD-10 and ICD-11 (MMS) codes Orphanet aligns with each ORPHAcode, with Orphanet's mapping relation. Imported from
-- the pack (ORPHA_ICD_mappings.tsv, converted from the Master file; decision 0023) and replaced as a whole when a pack
-- brings different ones.
create table condition_icd_mapping (
    orpha_code    integer not null references condition (orpha_code) deferrable initially deferred,
    icd_revision  text    not null check (icd_revision in ('ICD_10', 'ICD_11')),
    icd_code      text    not null check (icd_code ~ '^[0-9A-Z]{3,6}(\.[0-9A-Z]{1,2})?[+*]?$'),
    relation      text    not null check (relation in ('EXACT', 'NARROWER_TO_BROADER', 'BROADER_TO_NARROWER', 'NOT_DECIDED', 'NOT_STATED')),
    primary key (orpha_code, icd_revision, icd_code)
);
