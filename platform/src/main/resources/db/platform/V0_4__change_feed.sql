-- Change feeds: a table with a change_txid xid8 column and this trigger records, on every insert
-- and update, the transaction that wrote the row. Readers only return rows whose transaction is
-- older than every transaction still running, so a feed never skips a row committed late.
create function platform_stamp_change_txid() returns trigger language plpgsql as $$
begin
    new.change_txid := pg_current_xact_id();
    return new;
end;
$$;
