-- The statutory clock and the certificate delivery clock (行政许可法 第44条: the licence document within
-- 10 working days of the decision) are reminded and breached like the promised one, each once.
alter table application add column delivery_deadline date;
alter table application add column statutory_breached_at timestamptz;
alter table application add column delivery_breached_at timestamptz;
create index application_status_statutory on application (status, statutory_deadline) where statutory_deadline is not null;
create index application_status_delivery on application (status, delivery_deadline) where delivery_deadline is not null;
create index application_task_open_statutory on application_task (status, statutory_deadline) where statutory_deadline is not null;
