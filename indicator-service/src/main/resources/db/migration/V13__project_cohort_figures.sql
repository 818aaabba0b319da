-- The project figures of the pipeline's cohort (签约 in the year to date): the milestones each
-- month's point is computed from as of that month's end, the day each is due to start under the
-- pipeline's start window, and every funds arrival (到位资金) with its date.
alter table project_copy
    add column construction_on date,
    add column production_on   date,
    add column start_due_on    date;

create table project_funds (
    project_id  varchar(64)    not null references project_copy (project_id),
    reference   varchar(128)   not null,
    arrived_on  date           not null,
    amount_yuan numeric(22, 2) not null,
    primary key (project_id, reference)
);

create index project_funds_arrived_on on project_funds (arrived_on);

create constraint trigger project_funds_generation after insert or update or delete on project_funds
    deferrable initially deferred for each row execute function indicator_source_generation_advance('ACTIVITY');
create trigger project_funds_truncated_generation after truncate on project_funds
    for each statement execute function indicator_source_generation_advance('ACTIVITY');

update indicator_definition set sort_order = sort_order + 5 where sort_order > 12;
insert into indicator_definition values
 ('FUNDS_ARRIVED', '到位资金', 'Funds arrived for investment projects', '元', 'ALL', 'CURRENT', 'YEAR_TO_DATE', 'PROJECTS',
  '招商项目报告期内实际到位的资金，按到账日期计入当月，1–X月累计；按项目所属产业链分组。', 13),
 ('PROJECT_PERFORMANCE_RATE', '履约率', 'Signed projects started (performance rate)', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'PROJECTS',
  '1–X月签约项目中截至当月末已开工的项目所占比重。', 14),
 ('PROJECT_START_RATE', '开工率', 'Signed projects started within the start window', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'PROJECTS',
  '1–X月签约项目中截至当月末在约定开工期限内开工的项目所占比重。', 15),
 ('PROJECT_PRODUCTION_RATE', '投产率', 'Signed projects in production', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'PROJECTS',
  '1–X月签约项目中截至当月末已投产（含达产）的项目所占比重。', 16),
 ('FUNDS_ARRIVAL_RATE', '资金到位率', 'Funds arrived against planned investment of signed projects', '%', 'ALL', 'NONE', 'YEAR_TO_DATE', 'PROJECTS',
  '1–X月签约项目截至当月末到位资金占其计划总投资的比重。', 17);
