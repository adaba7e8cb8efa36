-- Two records found to be the same child are merged: the events of one (every version, subject
-- details as sent) are moved to the other, which is recorded here with who, when and why, so an
-- unmerge can move exactly those events back. Nothing is deleted.
create table chronology.child_merge (
    id                 uuid primary key,
    into_child_id      uuid not null references chronology.child (id),
    from_child_id      uuid not null references chronology.child (id),
    event_ids          uuid[] not null,
    involvement_ids    uuid[] not null,
    merged_by          text not null,
    merged_at          timestamptz not null,
    reason             text not null,
    unmerged_by        text,
    unmerged_at        timestamptz,
    unmerge_reason     text,
    check (into_child_id <> from_child_id),
    check ((unmerged_at is null) = (unmerged_by is null))
);
-- a record is merged into one other at a time
create unique index child_merge_from_once on chronology.child_merge (from_child_id) where unmerged_at is null;
create index child_merge_into on chronology.child_merge (into_child_id);

-- Events stay append-only; the one other change allowed is a recorded merge or unmerge moving an
-- event between the two records it names, nothing else about the event changing.
create or replace function chronology.event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and not old.superseded and new.superseded
            and (to_jsonb(new) - 'superseded') = (to_jsonb(old) - 'superseded') then
        return new;
    end if;
    if tg_op = 'UPDATE' and new.child_id <> old.child_id
            and (to_jsonb(new) - 'child_id') = (to_jsonb(old) - 'child_id')
            and exists (select 1 from chronology.child_merge m
                        where m.unmerged_at is null and new.event_id = any (m.event_ids)
                          and ((m.into_child_id = new.child_id and m.from_child_id = old.child_id)
                            or (m.from_child_id = new.child_id and m.into_child_id = old.child_id))) then
        return new;
    end if;
    raise exception 'chronology.event is append-only: a correction adds a version (% refused)', tg_op
        using errcode = 'restrict_violation';
end
$$;
