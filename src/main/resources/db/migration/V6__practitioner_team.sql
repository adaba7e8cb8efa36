-- A practitioner may belong to a team within their agency (managers' view per team).
alter table access.practitioner add column team text;
