-- The indicator service's copy of the approval desk's service-item catalogue (事项清单), from
-- parksuite.approval.service-item-changed.v1: what the item-level 网上办 / 一次办 shares are computed
-- from. Each row keeps the newest item version received; only the columns the shares need are
-- required of an event.
create table service_item_copy (
    item_code            varchar(64)  primary key,
    name                 varchar(300),
    department           varchar(200),
    item_type            varchar(32),
    item_kind            varchar(32)  not null,
    handling_depth       varchar(32)  not null,
    max_visits           integer      not null,
    promised_limit_days  integer,
    statutory_limit_days integer,
    updated_at           timestamptz,
    version              bigint       not null
);

create constraint trigger service_item_copy_generation after insert or update or delete on service_item_copy
    deferrable initially deferred for each row execute function indicator_source_generation_advance('ACTIVITY');
create trigger service_item_copy_truncated_generation after truncate on service_item_copy
    for each statement execute function indicator_source_generation_advance('ACTIVITY');

insert into indicator_definition values
 ('ITEM_ONLINE_RATE', '事项网上可办率', 'Share of application-based items that can be applied for online', '%', 'ALL', 'NONE', 'MONTH', 'APPROVALS',
  '依申请政务服务事项中可网上办理（办理深度为全程网办或网上申请）的事项比例；按事项清单现状计算（时点数，当月与1–X月相同），不含市场化服务和其他非依申请事项。', 16),
 ('ITEM_FULLY_ONLINE_RATE', '事项全程网办率', 'Share of application-based items handled fully online', '%', 'ALL', 'NONE', 'MONTH', 'APPROVALS',
  '依申请政务服务事项中全程网办（零跑动）的事项比例；按事项清单现状计算（时点数），不含市场化服务和其他非依申请事项。', 17),
 ('ITEM_ONE_VISIT_RATE', '事项一次办率', 'Share of application-based items needing at most one visit', '%', 'ALL', 'NONE', 'MONTH', 'APPROVALS',
  '依申请政务服务事项中最多跑动次数不超过一次的事项比例（最多跑一次）；按事项清单现状计算（时点数），不含市场化服务和其他非依申请事项。', 18);
