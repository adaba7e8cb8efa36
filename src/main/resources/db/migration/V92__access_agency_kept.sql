-- ADR 0044: an agency is never deleted. Since V89 no key from the chronology's events refuses deleting
-- an agency they name; its events, and the names and identifiers it gave, go on naming it. (An
-- agency can still be renamed, so the message says its rows are kept, not that it is append-only.)
create function access.keep_row() returns trigger language plpgsql as $$
begin
    raise exception '% keeps its rows: % refused', tg_table_schema || '.' || tg_table_name, tg_op
        using errcode = 'restrict_violation';
end
$$;
create trigger agency_no_delete before delete on access.agency
    for each row execute function access.keep_row();
