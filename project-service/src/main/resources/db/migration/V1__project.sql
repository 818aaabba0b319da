-- 签约大会: signing conferences, each bringing a batch of signed projects.
create table signing_conference (
    id         uuid         primary key,
    name       varchar(200) not null,
    held_on    date         not null,
    venue      varchar(200),
    created_at timestamptz  not null,
    version    bigint       not null
);

-- 招商项目: investment projects and their stage milestones.
create table project (
    id                          uuid          primary key,
    name                        varchar(200)  not null,
    investor_uscc               varchar(18),
    investor_name               varchar(200)  not null,
    investor_type               varchar(16)   not null,
    investor_linked             boolean       not null default false,
    chain_code                  varchar(48),
    planned_investment_yuan     numeric(20, 2) not null,
    capacity_quantity           numeric(20, 2),
    capacity_unit               varchar(64),
    capacity_reached_quantity   numeric(20, 2),
    capacity_reached_on         date,
    land_area_mu                numeric(12, 2),
    street_code                 varchar(32),
    officer                     varchar(64),
    conference_id               uuid references signing_conference (id),
    source_note                 varchar(300),
    build_before_approval       boolean       not null default false,
    stage                       varchar(16)   not null,
    stage_date                  date          not null,
    stalled_from                varchar(16),
    entered_on                  date          not null,
    lead_on                     date,
    negotiating_on              date,
    signed_on                   date,
    approving_on                date,
    construction_on             date,
    trial_production_on         date,
    production_on               date,
    full_production_on          date,
    stalled_on                  date,
    terminated_on               date,
    approval_application_id     varchar(64),
    approval_submitted_on       date,
    approval_result             varchar(16),
    approval_concluded_on       date,
    approval_version            bigint,
    completed_investment_yuan   numeric(20, 2) not null default 0,
    funds_arrived_yuan          numeric(20, 2) not null default 0,
    created_at                  timestamptz   not null,
    updated_at                  timestamptz   not null,
    version                     bigint        not null
);

create index project_stage on project (stage);
create index project_chain on project (chain_code);
create index project_officer on project (officer);
create index project_entered_on on project (entered_on);
create index project_signed_on on project (signed_on);
create index project_investor_uscc on project (investor_uscc);
create index project_investor_name on project (investor_name) where investor_linked = false;
create index project_conference on project (conference_id);
create index project_updated_at on project (updated_at);

-- Every stage change with its date, actor and note (and the reason when stages were skipped).
create table stage_transition (
    id          bigint generated always as identity primary key,
    project_id  uuid         not null references project (id),
    from_stage  varchar(16),
    to_stage    varchar(16)  not null,
    occurred_on date         not null,
    actor       varchar(128) not null,
    note        varchar(500),
    skip_reason varchar(500),
    recorded_at timestamptz  not null
);

create index stage_transition_project on stage_transition (project_id, id);

-- 固定资产投资: completed fixed-asset investment per project and month (a re-report replaces the month).
create table monthly_investment (
    project_id     uuid           not null references project (id),
    period         varchar(7)     not null,
    completed_yuan numeric(20, 2) not null,
    reported_at    timestamptz    not null,
    reported_by    varchar(128)   not null,
    primary key (project_id, period)
);

create index monthly_investment_period on monthly_investment (period);

-- 到位资金: funds arrived, each with the reference of the document confirming it.
create table funds_arrival (
    id          bigint generated always as identity primary key,
    project_id  uuid           not null references project (id),
    arrived_on  date           not null,
    amount_yuan numeric(20, 2) not null,
    reference   varchar(128)   not null,
    recorded_at timestamptz    not null,
    recorded_by varchar(128)   not null,
    unique (project_id, reference)
);

-- The registry's enterprises as learned from enterprise.events, to link prospective investors.
create table known_enterprise (
    uscc              varchar(18)  primary key,
    name              varchar(200) not null,
    aggregate_version bigint       not null,
    updated_at        timestamptz  not null
);

create index known_enterprise_name on known_enterprise (name);

-- Every revision of every project (Hibernate Envers), for GET /api/v1/projects/{id}/history.
create table project_aud (
    id                          uuid    not null,
    rev                         bigint  not null references audit_revision (id),
    revtype                     smallint,
    name                        varchar(200),
    investor_uscc               varchar(18),
    investor_name               varchar(200),
    investor_type               varchar(16),
    investor_linked             boolean,
    chain_code                  varchar(48),
    planned_investment_yuan     numeric(20, 2),
    capacity_quantity           numeric(20, 2),
    capacity_unit               varchar(64),
    capacity_reached_quantity   numeric(20, 2),
    capacity_reached_on         date,
    land_area_mu                numeric(12, 2),
    street_code                 varchar(32),
    officer                     varchar(64),
    conference_id               uuid,
    source_note                 varchar(300),
    build_before_approval       boolean,
    stage                       varchar(16),
    stage_date                  date,
    stalled_from                varchar(16),
    entered_on                  date,
    lead_on                     date,
    negotiating_on              date,
    signed_on                   date,
    approving_on                date,
    construction_on             date,
    trial_production_on         date,
    production_on               date,
    full_production_on          date,
    stalled_on                  date,
    terminated_on               date,
    approval_application_id     varchar(64),
    approval_submitted_on       date,
    approval_result             varchar(16),
    approval_concluded_on       date,
    approval_version            bigint,
    completed_investment_yuan   numeric(20, 2),
    funds_arrived_yuan          numeric(20, 2),
    created_at                  timestamptz,
    updated_at                  timestamptz,
    version                     bigint,
    primary key (id, rev)
);
