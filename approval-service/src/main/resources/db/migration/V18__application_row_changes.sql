-- GET /api/v1/approval/applications/{id} answers from each instance's read cache
-- (ApplicationReads), tasks included: a committed change or removal of an application, and any
-- write of one of its tasks, evicts it on every instance. A new application needs no
-- notification, since the cache never holds a miss.
create trigger application_row_changed after update or delete on application
    for each row execute function platform_notify_row_change('id');
create trigger application_truncated after truncate on application
    for each statement execute function platform_notify_table_truncate();
create trigger application_task_row_changed after insert or update or delete on application_task
    for each row execute function platform_notify_row_change('application_id');
create trigger application_task_truncated after truncate on application_task
    for each statement execute function platform_notify_table_truncate();
