-- Responses of creating requests that carried an Idempotency-Key, replayed on retry.
create table idempotency_key (
    client       varchar(128) not null,
    key          varchar(128) not null,
    request_hash varchar(64)  not null,
    status       integer,
    location     varchar(512),
    etag         varchar(64),
    body         text,
    created_at   timestamptz  not null default now(),
    primary key (client, key)
);

create index idempotency_key_created_at on idempotency_key (created_at);
