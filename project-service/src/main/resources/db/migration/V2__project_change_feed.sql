-- The project change feed (GET /api/v1/projects/changes): which transaction last wrote each row.
alter table project add column change_txid xid8;
update project set change_txid = pg_current_xact_id();
alter table project alter column change_txid set not null;

create trigger project_change_txid
    before insert or update on project
    for each row execute function platform_stamp_change_txid();

create index project_change_feed on project (change_txid, (id::text));
