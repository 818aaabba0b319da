-- Under a stream of confidential reads, linking the chain cost PostgreSQL more than writing the
-- entries: one insert statement per link, each checked against audit_entry by the foreign key,
-- which also locked the entry's row (a WAL record per link). The links are now inserted in one
-- statement per call, and the foreign key is gone: a link whose entry was deleted is what
-- audit_chain_verify() reports ("the entry was deleted"), and the retention purge removes links
-- before their entries as before.
alter table audit_chain drop constraint audit_chain_entry_id_fkey;

create or replace function audit_chain_extend(max_links integer) returns integer language plpgsql as $$
declare
    head_seq  bigint;
    head_hash text;
    newest    bigint;
    e         audit_entry;
    seqs      bigint[] := '{}';
    entry_ids bigint[] := '{}';
    prevs     text[] := '{}';
    hashes    text[] := '{}';
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
        head_seq := head_seq + 1;
        seqs := seqs || head_seq;
        entry_ids := entry_ids || e.id;
        prevs := prevs || head_hash;
        head_hash := audit_link_hash(head_hash, e);
        hashes := hashes || head_hash;
    end loop;
    insert into audit_chain (seq, entry_id, prev_hash, hash)
    select * from unnest(seqs, entry_ids, prevs, hashes);
    return coalesce(array_length(entry_ids, 1), 0);
end
$$;
