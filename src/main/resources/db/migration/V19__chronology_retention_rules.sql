-- Retention rules as data (issue 12, item 6): how long each kind of agency's records about a child
-- are kept before they are due for review, counted from the child's birth or from the agency's last
-- entry. A record past its rule is flagged for the data protection officer; nothing is deleted by the
-- system. A change is a new version; earlier versions are kept. The defaults are common starting
-- points, to be set to the local retention schedule.
create table chronology.retention_rule (
    version      integer not null,
    agency_type  text not null,
    basis        text not null check (basis in ('BIRTHDAY', 'LAST_ENTRY')),
    years        integer not null check (years between 1 and 120),
    note         text not null,
    published_at timestamptz not null,
    published_by text not null,
    primary key (version, agency_type)
);
create trigger retention_rule_append_only before update or delete on chronology.retention_rule
    for each row execute function chronology.refuse_change();

insert into chronology.retention_rule (version, agency_type, basis, years, note, published_at, published_by) values
    (1, 'CHILDRENS_SOCIAL_CARE', 'BIRTHDAY', 75, 'Children''s social care case records (looked-after children''s in particular) to the 75th birthday', now(), 'migration'),
    (1, 'CARE_PROVIDER', 'BIRTHDAY', 75, 'A children''s home''s case records to the 75th birthday', now(), 'migration'),
    (1, 'HEALTH', 'BIRTHDAY', 25, 'Children''s health records to the 25th birthday (the 26th if 17 when treatment ended: check before disposal)', now(), 'migration'),
    (1, 'EDUCATION', 'BIRTHDAY', 25, 'A school''s child protection file to the 25th birthday', now(), 'migration'),
    (1, 'YOUTH_JUSTICE', 'LAST_ENTRY', 6, 'Youth justice records six years after the last entry', now(), 'migration'),
    (1, 'POLICE', 'LAST_ENTRY', 10, 'Police information reviewed ten years after the last entry', now(), 'migration'),
    (1, 'VOLUNTARY', 'LAST_ENTRY', 6, 'Voluntary sector records six years after the last entry', now(), 'migration'),
    (1, 'ADULT_SERVICES', 'LAST_ENTRY', 8, 'Adult social care records eight years after the last entry', now(), 'migration');
