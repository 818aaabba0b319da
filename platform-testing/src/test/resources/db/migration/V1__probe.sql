-- What the probe consumer applied: one row per handled event, without a unique key, so an event
-- applied twice would show as two rows.
create table probe_applied (
    id         bigint generated always as identity primary key,
    event_id   varchar(64) not null,
    uscc       varchar(18) not null,
    applied_at timestamptz not null default now()
);
