create extension if not exists pg_trgm;

alter table enterprise
    add column name_en                 varchar(200),
    add column legal_representative    varchar(64),
    add column registered_capital_yuan numeric(20, 2),
    add column established_on          date,
    add column address                 varchar(300),
    add column street_code             varchar(32) references street (code),
    add column industry_code           varchar(4),
    add column contact_person          varchar(64),
    add column contact_phone           varchar(32),
    add column contact_email           varchar(254),
    add column origin                  varchar(16) not null default 'LOCAL',
    add column origin_project_id       varchar(64),
    add column uscc_warning            varchar(200),
    add column status_changed_on       date,
    add column status_reason           varchar(300);

-- Name search: fragments of Chinese names, ranked by similarity.
create index enterprise_name_trgm on enterprise using gin (name gin_trgm_ops);
create index enterprise_street on enterprise (street_code);
create index enterprise_status on enterprise (status);
create index enterprise_industry on enterprise (industry_code);
create index enterprise_registered_at on enterprise (registered_at);
