-- 出口交货值 (export delivery value): the part of an enterprise's sales output delivered for export,
-- at current prices. Reports stored before it was asked for carry 0, as the statistics office reads
-- a missing export value.
alter table statistical_report add column export_value_yuan numeric(20, 2) not null default 0
    check (export_value_yuan >= 0);
alter table statistical_report add constraint statistical_report_export_within_sales
    check (export_value_yuan <= sales_output_yuan);
alter table indicator_rollup add column export_value_yuan numeric(22, 2) not null default 0;

update indicator_definition set sort_order = sort_order + 1 where sort_order > 5;
insert into indicator_definition values
 ('EXPORT_DELIVERY_VALUE', '规模工业出口交货值', 'Export delivery value of above-scale enterprises', '元', 'ABOVE_SCALE', 'CURRENT', 'YEAR_TO_DATE', 'REPORTS',
  '规模以上工业企业报告期内自营（委托）出口或交给外贸部门出口的产品价值，按现行价格计算；是销售产值的一部分，没有出口时为0。', 6);
