-- Issue 16 (ADR 0025): a police force told of a child's missing episode gets a MISSING grant, which
-- opens the child's missing profile and episodes only (access.AccessBasis.MISSING_EPISODE). The grant
-- kinds of V15 are widened by this one kind; no existing row changes.
alter table chronology.access_grant drop constraint access_grant_kind_check;
alter table chronology.access_grant add constraint access_grant_kind_check
    check (kind in ('MASH', 'MEETING', 'BREAK_GLASS', 'MISSING'));
