-- One-time password-reset links an administrator issues (issue 18, ADR 0030). Only a SHA-256 hash
-- of the link's token is kept; a link works once (used_at) and until expires_at. Rows are kept as
-- the record of who issued a reset for whom.
create table access.password_reset (
    id              bigint generated always as identity primary key,
    practitioner_id uuid not null references access.practitioner (id),
    token_hash      text not null unique,
    issued_by       text not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    used_at         timestamptz
);
create index password_reset_practitioner on access.password_reset (practitioner_id);
