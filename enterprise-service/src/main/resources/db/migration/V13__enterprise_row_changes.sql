-- GET /api/v1/enterprises/{uscc} answers from each instance's read cache (EnterpriseReads): a
-- committed change or removal of a record evicts it on every instance. A new record needs no
-- notification, since the cache never holds a miss.
create trigger enterprise_row_changed after update or delete on enterprise
    for each row execute function platform_notify_row_change('uscc');
create trigger enterprise_truncated after truncate on enterprise
    for each statement execute function platform_notify_table_truncate();
