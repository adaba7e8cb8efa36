-- Module access: agencies, practitioners, partner API clients, the audit log, the token signing
-- key and web sessions. Nothing here is ever hard-deleted except expired web sessions.

create schema access;

create table access.agency (
    id         uuid primary key,
    code       text not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name       text not null check (length(name) between 1 and 200),
    type       text not null,
    area       text not null check (length(area) between 1 and 100),
    created_at timestamptz not null
);

create table access.practitioner (
    id            uuid primary key,
    username      text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    password_hash text not null,
    display_name  text not null,
    job_title     text,
    email         text,
    phone         text,
    agency_id     uuid not null references access.agency (id),
    roles         text[] not null check (cardinality(roles) > 0),
    active        boolean not null default true,
    created_at    timestamptz not null
);
create index practitioner_agency on access.practitioner (agency_id);

create table access.api_client (
    id          uuid primary key,
    client_id   text not null unique check (client_id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$'),
    secret_hash text not null,
    agency_id   uuid not null references access.agency (id),
    description text,
    active      boolean not null default true,
    created_at  timestamptz not null
);

-- Who did or saw what, when, and from where. Append-only: the trigger below refuses changes.
create table access.audit_event (
    id             bigint generated always as identity primary key,
    at             timestamptz not null,
    actor_kind     text not null,
    actor          text not null,
    agency_code    text,
    action         text not null,
    child_id       uuid,
    detail         text,
    remote_address text
);
create index audit_event_child on access.audit_event (child_id, at) where child_id is not null;
create index audit_event_actor on access.audit_event (actor, at);

create function access.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_schema || '.' || tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;
create trigger audit_event_append_only before update or delete on access.audit_event
    for each row execute function access.refuse_change();
create trigger audit_event_no_truncate before truncate on access.audit_event
    for each statement execute function access.refuse_change();

-- The key that signs partner API tokens, shared by every node so any node can check any token.
create table access.signing_key (
    key_id     text primary key,
    jwk        text not null,
    created_at timestamptz not null
);

-- Web sessions (Spring Session JDBC), so any node behind a load balancer can serve any request.
create table access.http_session (
    primary_id            char(36) not null primary key,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100)
);
create unique index http_session_ix1 on access.http_session (session_id);
create index http_session_ix2 on access.http_session (expiry_time);
create index http_session_ix3 on access.http_session (principal_name);

create table access.http_session_attributes (
    session_primary_id char(36) not null references access.http_session (primary_id) on delete cascade,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    primary key (session_primary_id, attribute_name)
);
