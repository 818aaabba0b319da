-- The approval desk's average working days against the statutory limits (法定时限) beside the promised
-- ones: application events carry each application's statutory limit from now on.
alter table application_copy add column statutory_limit_days integer;

insert into indicator_definition values
 ('AVERAGE_WORKING_DAYS_STATUTORY', '法定时限件平均办理时间', 'Average working days used by applications with a statutory limit', '工作日', 'ALL', 'NONE', 'YEAR_TO_DATE', 'APPROVALS',
  '1–X月有法定时限的办结件从受理到决定所用工作日的平均数（暂停计时不计），与这些办件法定时限的平均数（目标值）对照。', 19);
