-- Pairs of records the identity module asks a person about, and what the person decided.
create schema identity;
create table identity.review (
    id                   uuid primary key,
    incoming_child_id    uuid not null references chronology.child (id),
    candidate_child_id   uuid not null references chronology.child (id),
    weight               double precision not null,
    reasons              text[] not null,
    created_at           timestamptz not null
);
create index review_pair on identity.review (incoming_child_id, candidate_child_id);

create table identity.review_decision (
    id           uuid primary key,
    review_id    uuid not null references identity.review (id),
    decision     text not null check (decision in ('LINK', 'NOT_THE_SAME', 'MORE_INFORMATION', 'UNLINK')),
    note         text,
    merge_id     uuid references chronology.child_merge (id),
    decided_by   text not null,
    decided_at   timestamptz not null
);
create index review_decision_review on identity.review_decision (review_id, decided_at);
