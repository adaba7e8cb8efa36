-- Information governance that holds (issue 12): access from current relationships, sensitivity as
-- a versioned policy, break-glass, and a record of what was shared with whom and why.

-- The allocated social worker is a network member with a flag: only a team manager of children's
-- social care allocates, and only a team manager ends an allocation.
alter table chronology.network_member add column allocated boolean not null default false;

-- Relationships other than membership of the network that open a child's record for a while: the
-- MASH while a contact about the child is open, an invitation to a meeting, break-glass. Each is
-- for one practitioner, or for holders of some roles in one agency; it ends when its purpose does
-- (ended_at) or when it expires (expires_at). Nothing is deleted.
create table chronology.access_grant (
    id              uuid primary key,
    child_id        uuid not null references chronology.child (id),
    kind            text not null check (kind in ('MASH', 'MEETING', 'BREAK_GLASS')),
    agency_id       uuid not null references access.agency (id),
    practitioner_id uuid references access.practitioner (id),
    roles           text[],
    reason          text not null,
    source          text,
    granted_by      text not null,
    granted_at      timestamptz not null,
    expires_at      timestamptz,
    ended_at        timestamptz,
    ended_by        text,
    check (practitioner_id is not null or roles is not null)
);
create index access_grant_child on chronology.access_grant (child_id) where ended_at is null;
create index access_grant_practitioner on chronology.access_grant (practitioner_id, child_id) where ended_at is null;
create index access_grant_source on chronology.access_grant (kind, source) where ended_at is null;
create trigger access_grant_no_delete before delete on chronology.access_grant
    for each row execute function chronology.refuse_change();

-- Which roles of which agency types may read each restricted sensitivity, as published versions:
-- a new version is a new set of rows; the old ones stay (who could read what, when). Role '*' is
-- every role of that agency type and its partner systems. An agency always reads its own entries;
-- STANDARD is read by everyone with access to the record.
create table access.sensitivity_policy (
    version      integer primary key,
    published_at timestamptz not null,
    published_by text not null,
    note         text not null
);
create table access.sensitivity_grant (
    version     integer not null references access.sensitivity_policy (version),
    sensitivity text not null check (sensitivity in ('HEALTH', 'SEXUAL_HEALTH', 'POLICE_INTELLIGENCE', 'CHILD_DISCLOSURE')),
    agency_type text not null,
    role        text not null,
    primary key (version, sensitivity, agency_type, role)
);
insert into access.sensitivity_policy (version, published_at, published_by, note)
values (1, now(), 'migration', 'Health information for health agencies; sexual health for health safeguarding leads; '
        || 'police intelligence for police forces; the child''s own words shared in confidence stay with the agency they told.');
insert into access.sensitivity_grant (version, sensitivity, agency_type, role) values
    (1, 'HEALTH', 'HEALTH', '*'),
    (1, 'SEXUAL_HEALTH', 'HEALTH', 'SAFEGUARDING_LEAD'),
    (1, 'POLICE_INTELLIGENCE', 'POLICE', '*');
create trigger sensitivity_grant_append_only before update or delete on access.sensitivity_grant
    for each row execute function access.refuse_change();
create trigger sensitivity_policy_append_only before update or delete on access.sensitivity_policy
    for each row execute function access.refuse_change();

-- Information about a child passed to another agency: what, why (purpose) and on what lawful
-- basis, so the child's page can list who has received what.
create table access.share (
    id           uuid primary key,
    child_id     uuid not null,
    to_agency_id uuid not null references access.agency (id),
    shared_by    text not null,
    what         text not null,
    purpose      text not null,
    lawful_basis text not null,
    shared_at    timestamptz not null
);
create index share_child on access.share (child_id, shared_at);
create trigger share_append_only before update or delete on access.share
    for each row execute function access.refuse_change();

-- A contact keeps the sensitivity of the event it came from, so its concern is shown only to those
-- who may read that event.
alter table frontdoor.contact add column sensitivity text not null default 'STANDARD';
alter table frontdoor.information_answer add column sensitivity text not null default 'STANDARD';
