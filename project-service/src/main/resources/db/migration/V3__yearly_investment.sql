-- Each project's completed fixed-asset investment per calendar year, rewritten from monthly_investment
-- whenever a month is reported, so that KPIs over whole years read one row per project and year.
create table yearly_investment (
    project_id     uuid           not null references project (id),
    year           integer        not null,
    completed_yuan numeric(22, 2) not null,
    primary key (project_id, year)
);

create index yearly_investment_year on yearly_investment (year) include (project_id, completed_yuan);

insert into yearly_investment (project_id, year, completed_yuan)
select project_id, cast(left(period, 4) as integer), sum(completed_yuan)
  from monthly_investment
 group by 1, 2;
