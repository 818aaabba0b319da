-- 政府数据开放: a period's figures become open data only when the statistics office publishes the
-- period (the monthly release; a later revision, e.g. after the annual report, carries a note).
-- Publishing freezes the park-level figures as the public sees them (disclosure control applied);
-- open data is served from these rows only, never from the live rollups.
create table open_data_publication (
    year         integer       not null,
    month        integer       not null check (month between 2 and 12),
    revision     integer       not null check (revision >= 1),
    note         varchar(1000),
    park_code    varchar(48)   not null references park (code),
    park_name    varchar(64)   not null,
    published_by varchar(128)  not null,
    published_at timestamptz   not null,
    primary key (year, month, revision),
    constraint open_data_revision_note check (revision = 1 or note is not null)
);

create index open_data_publication_published_at on open_data_publication (published_at);

create table open_data_figure (
    year           integer     not null,
    month          integer     not null,
    revision       integer     not null,
    position       integer     not null,
    indicator_code varchar(48) not null,
    name_zh        varchar(64) not null,
    name_en        varchar(128) not null,
    unit           varchar(16) not null,
    scope          varchar(16),
    ytd_label      varchar(16) not null,
    month_value    numeric,
    ytd_value      numeric,
    yoy_pct        numeric,
    source         varchar(16) not null,
    suppressed     boolean     not null,
    primary key (year, month, revision, indicator_code),
    foreign key (year, month, revision) references open_data_publication (year, month, revision) on delete cascade
);

create index open_data_figure_indicator on open_data_figure (indicator_code, year, month);
