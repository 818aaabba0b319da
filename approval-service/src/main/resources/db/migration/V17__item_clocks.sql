-- Each item's own statutory clock inside its department's task (a shorter item's limit is no longer
-- hidden by the longest one), and the breaches of those clocks, each marked once.
alter table application_task add column item_clocks jsonb not null default '[]';

create table item_clock_breach (
    task_id     uuid        not null references application_task (id),
    item_code   varchar(40) not null,
    deadline    date        not null,
    breached_at timestamptz not null,
    primary key (task_id, item_code, deadline)
);

-- 第42条第2款: a bundle's joint-handling clock extended by 15 working days, with its approver and reason.
alter table application add column statutory_extension jsonb;
