-- The working-day calendar and notifications become modules of their own (issue 11), each owning
-- its schema: the tables move with their rows, indexes and constraints. A notification no longer
-- names the alert or disagreement it came from (the notifications module knows neither); what was
-- recorded stays, and the link still says where it points.

create schema calendar;
alter table oversight.bank_holiday set schema calendar;

create schema notifications;
alter table oversight.notification set schema notifications;
alter table notifications.notification drop constraint if exists notification_alert_id_fkey;
