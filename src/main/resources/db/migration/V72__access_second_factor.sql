-- Practitioners' second factor (TOTP, RFC 6238) for local accounts (issue 18, ADR 0030). The secret
-- is sealed with the key-encryption secret (ADR 0021), never stored in clear. A reset or a new
-- enrolment marks the row removed, who by and when; nothing is deleted. last_used_step refuses a
-- code twice.
create table access.second_factor (
    id              bigint generated always as identity primary key,
    practitioner_id uuid not null references access.practitioner (id),
    secret          text not null,
    created_at      timestamptz not null,
    confirmed_at    timestamptz,
    last_used_step  bigint,
    removed_at      timestamptz,
    removed_by      text
);
create unique index second_factor_current on access.second_factor (practitioner_id) where removed_at is null;
