-- Follow-ups get outcomes: a 告知承诺 post-check or 先建后验 verification passes, fails with a rectification
-- deadline (RECTIFYING) or ends in revocation (撤销) of the approval; a park admin may waive an open one within
-- its deadline; a 差评整改 rectification is assigned, closed and re-rated. Every change raises the version
-- published in follow-up-changed.
-- Backfill: DONE rows (nothing wrote them through the API) become PASSED checks or CLOSED rectifications.
alter table follow_up_task
    add column item_code                  varchar(40),
    add column failed                     boolean       not null default false,
    add column rectification_due_on       date,
    add column rectifying_since           timestamptz,
    add column reason                     varchar(1000),
    add column concluded_at               timestamptz,
    add column version                    bigint        not null default 1,
    add column assignee                   varchar(128),
    add column assigned_at                timestamptz,
    add column rerating_score             integer,
    add column rerating_comment           varchar(1000),
    add column rerated_at                 timestamptz,
    add column breached_at                timestamptz,
    add column rectification_breached_at  timestamptz;
update follow_up_task set status = case when kind = 'RECTIFICATION' then 'CLOSED' else 'PASSED' end,
        concluded_at = coalesce(completed_at, created_at)
    where status = 'DONE';
alter table follow_up_task add constraint follow_up_task_status
    check (status in ('OPEN', 'RECTIFYING', 'PASSED', 'REVOKED', 'WAIVED', 'CLOSED'));
create index follow_up_task_open on follow_up_task (due_on) where status in ('OPEN', 'RECTIFYING');

-- 撤销: an approval revoked after a failed post-check or verification.
alter table application
    add column revoked_at         timestamptz,
    add column revocation_reason  varchar(1000);
