-- The peer's table: enterprise-service's enterprise columns and the same indexes on them (primary
-- key, name trigrams, street, status, industry, registration time). deploy/suite bench fills it
-- with the suite's own rows.
create extension if not exists pg_trgm;

drop table if exists enterprise;
create table enterprise (
    uscc                    varchar(18)  primary key,
    name                    varchar(200) not null,
    name_en                 varchar(200),
    status                  varchar(32)  not null,
    legal_representative    varchar(64),
    registered_capital_yuan numeric(20, 2),
    established_on          date,
    address                 varchar(300),
    street_code             varchar(32),
    industry_code           varchar(4),
    contact_person          varchar(64),
    contact_phone           varchar(32),
    contact_email           varchar(254),
    registered_at           timestamptz  not null,
    updated_at              timestamptz  not null
);

create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);
create index enterprise_street on enterprise (street_code);
create index enterprise_status on enterprise (status);
create index enterprise_industry on enterprise (industry_code);
create index enterprise_registered_at on enterprise (registered_at);
