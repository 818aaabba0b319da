-- 产能: the capacity a project in production has reached, one dated report per project and day, every
-- report kept; the project's capacity_reached_* columns hold the latest (by date) of them.
create table capacity_report (
    id                bigint generated always as identity primary key,
    project_id        uuid           not null references project (id),
    reported_on       date           not null,
    reached_quantity  numeric(20, 2) not null,
    unit              varchar(64)    not null,
    note              varchar(500),
    recorded_at       timestamptz    not null,
    recorded_by       varchar(128)   not null,
    unique (project_id, reported_on)
);

-- The one reached capacity each project kept so far becomes the first report of its series.
insert into capacity_report (project_id, reported_on, reached_quantity, unit, note, recorded_at, recorded_by)
select id, capacity_reached_on, capacity_reached_quantity, coalesce(capacity_unit, ''), null, updated_at, 'migration'
  from project
 where capacity_reached_on is not null and capacity_reached_quantity is not null;
