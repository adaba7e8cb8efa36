-- Module access: the audit log's hash chain (ADR 0020, docs/audit.md).
--
-- A sealer chains committed audit entries in id order, after they commit, so no request waits for
-- another's. Each seal names the entry sealed before it: ids between the two were empty (a
-- rolled-back insert, or a number the sequence skipped) when the sealer passed them, which it does
-- only once the entry after them is older than the horizon (safeguarding.audit.seal-horizon).
-- Append-only, like the log it seals.
create table access.audit_seal (
    event_id          bigint primary key references access.audit_event (id),
    previous_event_id bigint not null unique check (previous_event_id < event_id),
    row_hash          bytea not null check (length(row_hash) = 32),
    chain_hash        bytea not null check (length(chain_hash) = 32),
    sealed_at         timestamptz not null
);
create trigger audit_seal_append_only before update or delete on access.audit_seal
    for each row execute function access.refuse_change();
create trigger audit_seal_no_truncate before truncate on access.audit_seal
    for each statement execute function access.refuse_change();

-- The data protection officer's report of unusual access reads the log by action and time.
create index audit_event_action_at on access.audit_event (action, at);
