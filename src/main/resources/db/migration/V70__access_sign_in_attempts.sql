-- Practitioners' sign-in attempts, for lock-out and throttling (issue 18). Working state, not a
-- record: the audit log keeps every sign-in and failure for good; rows here older than a day are
-- pruned.
create table access.sign_in_attempt (
    id           bigint generated always as identity primary key,
    username     text not null,
    address      text not null,
    succeeded    boolean not null,
    attempted_at timestamptz not null
);
create index sign_in_attempt_user on access.sign_in_attempt (username, attempted_at);
create index sign_in_attempt_address on access.sign_in_attempt (address, attempted_at) where not succeeded;
create index sign_in_attempt_at on access.sign_in_attempt (attempted_at);
