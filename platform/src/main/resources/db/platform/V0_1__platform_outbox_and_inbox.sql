-- Platform tables shared by every service. Versions 0.x belong to platform; services use 1 and up.

create table outbox_event (
    position       bigint generated always as identity primary key,
    id             uuid        not null unique,
    aggregate_type varchar(64) not null,
    aggregate_id   varchar(64) not null,
    type           varchar(128) not null,
    occurred_at    timestamptz not null,
    payload        jsonb       not null,
    published_at   timestamptz
);

create index outbox_event_unpublished on outbox_event (position) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end;
$$;

create trigger outbox_event_inserted
    after insert on outbox_event
    for each statement execute function outbox_event_notify();

create table processed_event (
    consumer     varchar(128) not null,
    event_id     varchar(128) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);

create index processed_event_processed_at on processed_event (processed_at);
