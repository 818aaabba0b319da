-- GET /api/v1/projects/{id} answers from each instance's read cache (ProjectReads): a committed
-- change or removal of a project evicts it on every instance. A new project needs no
-- notification, since the cache never holds a miss.
create trigger project_row_changed after update or delete on project
    for each row execute function platform_notify_row_change('id');
create trigger project_truncated after truncate on project
    for each statement execute function platform_notify_table_truncate();
