-- The indicator service's copy of investment projects (招商项目), from project.events.
create table project_copy (
    project_id              varchar(64)    primary key,
    name                    varchar(300)   not null,
    stage                   varchar(32)    not null,
    chain_code              varchar(48),
    street_code             varchar(64),
    planned_investment_yuan numeric(22, 2) not null,
    fai_eligible            boolean        not null,
    signed_on               date,
    aggregate_version       bigint         not null,
    updated_at              timestamptz    not null
);

create index project_copy_signed_on on project_copy (signed_on);

-- Completed fixed-asset investment per project and statistical month; a re-report replaces the
-- month, and each month keeps the project version that last wrote it.
create table project_investment (
    project_id        varchar(64)    not null references project_copy (project_id),
    year              integer        not null,
    month             integer        not null check (month between 1 and 12),
    completed_yuan    numeric(22, 2) not null,
    aggregate_version bigint         not null,
    primary key (project_id, year, month)
);

-- 固定资产投资 rolled up per statistical month (January counted in 1–2月) for the park and each chain.
create table fai_rollup (
    year           integer        not null,
    month          integer        not null check (month between 2 and 12),
    dimension      varchar(16)    not null,
    member         varchar(64)    not null,
    projects       integer        not null,
    completed_yuan numeric(22, 2) not null,
    primary key (year, month, dimension, member)
);

-- The indicator service's copy of approval applications (办件), from approval.events: what the
-- desk KPIs are computed from.
create table application_copy (
    application_id      varchar(64)  primary key,
    channel             varchar(16)  not null,
    status              varchar(32)  not null,
    submitted_at        timestamptz,
    concluded_at        timestamptz,
    result              varchar(16),
    working_days_used   integer,
    promised_limit_days integer,
    on_time             boolean,
    visits              integer      not null,
    breached            boolean      not null default false,
    aggregate_version   bigint       not null
);

create index application_copy_submitted on application_copy (submitted_at);
create index application_copy_concluded on application_copy (concluded_at);

insert into indicator_definition values
 ('NEW_PROJECTS_SIGNED', '新签约项目数', 'Projects signed', '个', 'ALL', 'NONE', 'YEAR_TO_DATE', 'PROJECTS',
  '报告期内进入签约阶段的招商项目个数（1–X月累计）。', 10),
 ('NEW_PROJECTS_SIGNED_INVESTMENT', '新签约项目计划投资额', 'Planned investment of projects signed', '元', 'ALL', 'CURRENT', 'YEAR_TO_DATE', 'PROJECTS',
  '报告期内签约项目的计划总投资（1–X月累计）。', 11),
 ('ONLINE_RATE', '网上办率', 'Share of applications submitted online', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'APPROVALS',
  '1–X月接件中通过网上办理提交的比例。', 12),
 ('ONE_VISIT_RATE', '一次办率', 'Share of concluded applications with at most one visit', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'APPROVALS',
  '1–X月办结件中办事人到现场不超过一次的比例（最多跑一次）。', 13),
 ('AVERAGE_WORKING_DAYS', '平均办理时间', 'Average working days used', '工作日', 'ALL', 'NONE', 'YEAR_TO_DATE', 'APPROVALS',
  '1–X月办结件从受理到决定所用工作日的平均数（暂停计时不计），与承诺时限对照。', 14),
 ('OVERDUE_APPLICATIONS', '超期办件数', 'Applications past the promised deadline', '件', 'ALL', 'NONE', 'YEAR_TO_DATE', 'APPROVALS',
  '1–X月超过承诺时限的办件数（含审查中超期和超期办结）。', 15);
