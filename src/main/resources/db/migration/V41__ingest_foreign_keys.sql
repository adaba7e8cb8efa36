-- Issue 18 item 10, ADR 0038: foreign-key checks the ingest path can do without.
--
-- Every event the feed takes in writes rows derived from it about its child: what its subject
-- teaches (identifiers, names, addresses) and the agency's involvement. Each foreign key to
-- chronology.child cost every such row a lookup of the child and a lock on it (FOR KEY SHARE,
-- which writes to the child's page), taken again by the next batch about the same child. These
-- keys guard nothing the schema does not guard already:
--  * a child can never go away: chronology.child refuses delete (trigger child_no_delete), and no
--    code changes a child's id;
--  * the child ids come from the batch's own events, written in the same transaction, whose
--    foreign key to chronology.child is kept (chronology.event stays fully checked: it is the
--    record), or from a child created in that transaction.
-- Keys to access.agency and access.practitioner stay: those rows have no delete guard.
alter table chronology.child_identifier drop constraint child_identifier_child_id_fkey;
alter table chronology.child_name drop constraint child_name_child_id_fkey;
alter table chronology.child_address drop constraint child_address_child_id_fkey;
alter table chronology.network_member drop constraint network_member_child_id_fkey;
