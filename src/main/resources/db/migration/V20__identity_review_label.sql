-- What the review queue says of each pair (issue 13): the strongest reason it was not linked
-- without a person. Pairs put to a person before this release were near matches.
alter table identity.review add column label text not null default 'NEAR_MATCH'
    check (label in ('IDENTIFIER_CONFLICT', 'POSSIBLE_TWIN', 'SEXES_DIFFER', 'BORN_APART', 'NEAR_MATCH'));
-- the queue is read most likely first
create index review_weight on identity.review (weight desc, created_at);
