-- Module demo: which synthetic demo stories have been loaded, so each loads once.
create schema demo;

create table demo.loaded_story (
    story      text primary key,
    child_id   uuid not null,
    shift_days integer not null,
    loaded_at  timestamptz not null
);
