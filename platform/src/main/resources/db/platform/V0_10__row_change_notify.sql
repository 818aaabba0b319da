-- Row-change notifications for the read caches (io.parksuite.platform.cache): a table a service
-- caches gets these triggers, and every instance listening on channel row_changed forgets the
-- changed rows once the writing transaction commits (PostgreSQL delivers NOTIFY only on commit).
-- The payload is '<table> <key>', the key being the column named by the trigger's argument; a
-- truncate sends '<table> *'.
create function platform_notify_row_change() returns trigger language plpgsql as $$
declare
    old_key text := case when tg_op <> 'INSERT' then to_jsonb(old) ->> tg_argv[0] end;
    new_key text := case when tg_op <> 'DELETE' then to_jsonb(new) ->> tg_argv[0] end;
begin
    if old_key is not null then
        perform pg_notify('row_changed', tg_table_name || ' ' || old_key);
    end if;
    if new_key is not null and new_key is distinct from old_key then
        perform pg_notify('row_changed', tg_table_name || ' ' || new_key);
    end if;
    return null;
end;
$$;

create function platform_notify_table_truncate() returns trigger language plpgsql as $$
begin
    perform pg_notify('row_changed', tg_table_name || ' *');
    return null;
end;
$$;
