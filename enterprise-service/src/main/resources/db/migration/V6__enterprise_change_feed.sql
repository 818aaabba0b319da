-- The enterprise change feed (GET /api/v1/enterprises/changes): which transaction last wrote each row.
alter table enterprise add column change_txid xid8;
update enterprise set change_txid = pg_current_xact_id();
alter table enterprise alter column change_txid set not null;

create trigger enterprise_change_txid
    before insert or update on enterprise
    for each row execute function platform_stamp_change_txid();

create index enterprise_change_feed on enterprise (change_txid, uscc);
