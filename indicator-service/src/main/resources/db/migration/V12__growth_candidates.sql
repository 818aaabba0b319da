-- 瞪羚 / 独角兽 early warning. The registry's snapshots carry the date of establishment and the
-- latest dated, sourced valuation (估值), which the assessment reads beside the reports.
alter table enterprise_dimension
    add column established_on      date,
    add column valuation_amount    numeric(22, 2),
    add column valuation_currency  varchar(3),
    add column valuation_valued_on date,
    add column valuation_source    varchar(200);

-- 企业年报 figures: annual revenue (营业收入), total profit (利润总额) and R&D expense (研发费用) of
-- an enterprise, for the years monthly reports do not cover or that the annual report settles.
-- A missing revenue falls back to the sum of the year's twelve months of reports.
create table enterprise_annual_figure (
    uscc            varchar(18)    not null references enterprise_dimension (uscc),
    year            integer        not null,
    revenue_yuan    numeric(20, 2) check (revenue_yuan >= 0),
    profit_yuan     numeric(20, 2),
    rd_expense_yuan numeric(20, 2) check (rd_expense_yuan >= 0),
    source          varchar(200),
    recorded_by     varchar(128)   not null,
    recorded_at     timestamptz    not null,
    primary key (uscc, year)
);

-- The assessment of each enterprise against the province's criteria, per programme and assessed
-- year, as last run.
create table growth_assessment (
    uscc             varchar(18) not null references enterprise_dimension (uscc),
    programme        varchar(16) not null check (programme in ('GAZELLE', 'UNICORN')),
    year             integer     not null,
    standing         varchar(8)  not null check (standing in ('MEETS', 'NEAR', 'NONE')),
    province         varchar(32) not null,
    criteria_version varchar(200) not null,
    payload          jsonb       not null,
    assessed_at      timestamptz not null,
    primary key (uscc, programme, year)
);

create index growth_assessment_candidates on growth_assessment (year, programme) where standing <> 'NONE';

-- The standing last published per enterprise and programme: an event goes out only when it changes.
create table growth_standing (
    uscc              varchar(18) not null,
    programme         varchar(16) not null,
    year              integer     not null,
    standing          varchar(8)  not null,
    aggregate_version bigint      not null,
    primary key (uscc, programme)
);
