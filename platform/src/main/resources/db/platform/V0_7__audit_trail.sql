-- Audit trail (网络安全法 第21条: logs kept at least six months): every API write, every refused
-- request (401/403) and every read or export of confidential data, with who, when and what.
-- Entries are append-only; a background step links each committed entry into a hash chain
-- (audit_chain), whose head is published to Kafka, so that an entry edited or deleted directly in
-- the database, or a rewritten or truncated chain, is found by audit_chain_verify().
create table audit_entry (
    id          bigserial     primary key,
    occurred_at timestamptz   not null,
    request_id  varchar(128),
    subject     varchar(255)  not null,
    roles       varchar(512)  not null,
    client      varchar(255),
    method      varchar(16)   not null,
    path        varchar(2048) not null,
    status      integer       not null,
    kind        varchar(32)   not null,
    detail      text
);

create index audit_entry_occurred_at on audit_entry (occurred_at);

create table audit_chain (
    seq       bigint   primary key,
    entry_id  bigint   not null unique references audit_entry (id),
    prev_hash char(64) not null,
    hash      char(64) not null
);

-- The one definition of what an entry's hash covers.
create function audit_entry_text(e audit_entry) returns text language sql stable as $$
    select concat_ws(chr(31), e.id, to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(e.request_id, ''), e.subject, e.roles, coalesce(e.client, ''), e.method, e.path,
                     e.status, e.kind, coalesce(e.detail, ''))
$$;

create function audit_link_hash(prev_hash text, e audit_entry) returns text language sql stable as $$
    select encode(sha256(convert_to(prev_hash || audit_entry_text(e), 'UTF8')), 'hex')
$$;

-- Links up to max_links committed, unlinked entries after the chain's head, oldest first. The
-- caller holds the chain's advisory lock. Entries commit in their own short transactions, so an
-- entry is never more than a few thousand ids behind the newest linked one.
create function audit_chain_extend(max_links integer) returns integer language plpgsql as $$
declare
    head_seq  bigint;
    head_hash text;
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
        insert into audit_chain (seq, entry_id, prev_hash, hash)
        values (head_seq + 1, e.id, head_hash, audit_link_hash(head_hash, e));
        head_seq := head_seq + 1;
        head_hash := audit_link_hash(head_hash, e);
        linked := linked + 1;
    end loop;
    return linked;
end
$$;

-- Recomputes the chain from its oldest kept link and names every place where it does not hold:
-- a link whose entry was edited, a link missing (its entry deleted; the chain may start later
-- than link 1 only where the retention purge removed entries older than six months), a link
-- that does not follow its predecessor, and entries older than a minute that no link covers.
create function audit_chain_verify()
    returns table (seq bigint, entry_id bigint, problem text) language plpgsql as $$
declare
    link      record;
    prev_seq  bigint;
    prev_hash text;
begin
    for link in select c.seq, c.entry_id, c.prev_hash, c.hash, e as entry, e.id as found
                from audit_chain c left join audit_entry e on e.id = c.entry_id order by c.seq loop
        if prev_seq is null and link.seq > 1 and link.found is not null
                and (link.entry).occurred_at > now() - interval '184 days' then
            seq := 1; entry_id := null;
            problem := format('links 1 to %s are missing: their entries were deleted before their retention ended',
                              link.seq - 1);
            return next;
        elsif prev_seq is not null and link.seq <> prev_seq + 1 then
            seq := prev_seq + 1; entry_id := null;
            problem := format('links %s to %s are missing: their entries were deleted', prev_seq + 1, link.seq - 1);
            return next;
        elsif prev_seq is not null and link.prev_hash <> prev_hash then
            seq := link.seq; entry_id := link.entry_id;
            problem := 'the link does not follow its predecessor: the chain was rewritten';
            return next;
        end if;
        if link.found is null then
            seq := link.seq; entry_id := link.entry_id; problem := 'the entry was deleted';
            return next;
        elsif audit_link_hash(link.prev_hash, link.entry) <> link.hash then
            seq := link.seq; entry_id := link.entry_id; problem := 'the entry was edited';
            return next;
        end if;
        prev_seq := link.seq;
        prev_hash := link.hash;
    end loop;
    for entry_id in select a.id from audit_entry a
                    where not exists (select 1 from audit_chain c where c.entry_id = a.id)
                      and a.occurred_at < now() - interval '1 minute'
                      and a.id > (select coalesce(min(c.entry_id), 0) from audit_chain c)
                    order by a.id loop
        seq := null; problem := 'the entry is in no link';
        return next;
    end loop;
end
$$;

-- Compares the chain with a head published earlier (the newest on the heads topic): null when
-- the chain still holds that link unchanged.
create function audit_chain_check_head(head_seq bigint, head_hash text) returns text language sql stable as $$
    select case
        when not exists (select 1 from audit_chain c where c.seq = head_seq) then
            case when head_seq > (select coalesce(max(c.seq), 0) from audit_chain c)
                 then format('the chain ends before the published head %s: it was cut short', head_seq)
                 else format('link %s of the published head is gone', head_seq) end
        when (select c.hash from audit_chain c where c.seq = head_seq) <> head_hash
            then format('link %s differs from the published head: the chain was rewritten', head_seq)
    end
$$;

-- Append-only: rows are never updated, and deleted only by the retention purge, once older than
-- six months.
create function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_entry' then
        if old.occurred_at < now() - interval '184 days' then
            return old;
        end if;
    elsif tg_op = 'DELETE' and tg_table_name = 'audit_chain' then
        if exists (select 1 from audit_entry e
                   where e.id = old.entry_id and e.occurred_at < now() - interval '184 days') then
            return old;
        end if;
    end if;
    raise exception 'audit trail rows are append-only (% on %)', tg_op, tg_table_name;
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_append_only();
create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function audit_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_append_only();
