create table enterprise (
    uscc          varchar(18)  primary key,
    name          varchar(200) not null,
    status        varchar(32)  not null,
    registered_at timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null
);
