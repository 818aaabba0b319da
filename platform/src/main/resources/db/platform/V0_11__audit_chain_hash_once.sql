-- audit_chain_extend computed each new link's hash twice (for the row and for the next link's
-- predecessor); under a stream of confidential reads the linking cost PostgreSQL twice what
-- inserting the entries did. Same links, one hash each.
create or replace function audit_chain_extend(max_links integer) returns integer language plpgsql as $$
declare
    head_seq  bigint;
    head_hash text;
    prev_hash text;
    newest    bigint;
    e         audit_entry;
    linked    integer := 0;
begin
    select seq, hash into head_seq, head_hash from audit_chain order by seq desc limit 1;
    if head_seq is null then
        head_seq := 0;
        head_hash := repeat('0', 64);
    end if;
    select coalesce(max(entry_id), 0) into newest from audit_chain;
    for e in select * from audit_entry a
             where a.id > newest - 100000
               and not exists (select 1 from audit_chain c where c.entry_id = a.id)
             order by a.id limit max_links loop
        prev_hash := head_hash;
        head_hash := audit_link_hash(prev_hash, e);
        head_seq := head_seq + 1;
        insert into audit_chain (seq, entry_id, prev_hash, hash) values (head_seq, e.id, prev_hash, head_hash);
        linked := linked + 1;
    end loop;
    return linked;
end
$$;
