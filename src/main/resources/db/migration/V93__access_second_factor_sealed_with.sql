-- Which key-encryption secret sealed each second factor (ADR 0030, amended), so that after a
-- rotation the rows still sealed with the previous secret can be found and sealed again with the
-- current one without opening every row (each opening is a 600,000-iteration PBKDF2).
-- sealed_with holds a check value of the secret (KeyEncryption.checkValue), never the secret; null
-- for rows sealed before this migration, until a sign-in or the re-sealing job marks them.
alter table access.second_factor add column sealed_with text;

-- The installation's salt for those check values: one per database, made here, so a check value
-- says nothing about a secret used by another installation. Never changed: every row's check value
-- depends on it.
create table access.key_check (
    only_row boolean primary key default true check (only_row),
    salt     text not null
);
insert into access.key_check (salt) values (replace(gen_random_uuid()::text, '-', ''));
create trigger key_check_kept before update or delete on access.key_check
    for each row execute function access.keep_row();
