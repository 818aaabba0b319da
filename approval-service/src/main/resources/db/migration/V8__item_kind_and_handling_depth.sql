-- 依申请 or not (item_kind) and 办理深度 (handling_depth) per service item: the item-level 网上可办 / 全程网办 /
-- 一次办 rates count APPLICATION_BASED items by them.
-- Backfill of existing rows (the same rule fills an item written without these fields):
--   item_kind:      MARKET_SERVICE where item_type is MARKET_SERVICE, else APPLICATION_BASED (every other item of
--                   the catalogue is applied for; items the park offers beyond its powers are reclassified by hand);
--   handling_depth: ON_SITE where not online_capable; FULLY_ONLINE where online_capable and max_visits = 0;
--                   ONLINE_APPLICATION where online_capable and max_visits >= 1.
-- online_capable is kept (and never changed here): it is ON_SITE's negation, checked below.
alter table service_item add column item_kind varchar(24);
alter table service_item add column handling_depth varchar(24);
update service_item set
    item_kind = case when item_type = 'MARKET_SERVICE' then 'MARKET_SERVICE' else 'APPLICATION_BASED' end,
    handling_depth = case when not online_capable then 'ON_SITE'
                          when max_visits = 0 then 'FULLY_ONLINE'
                          else 'ONLINE_APPLICATION' end;
alter table service_item alter column item_kind set not null;
alter table service_item alter column handling_depth set not null;
alter table service_item add constraint service_item_kind_known
    check (item_kind in ('APPLICATION_BASED', 'EX_OFFICIO', 'PUBLIC_SERVICE', 'MARKET_SERVICE'));
alter table service_item add constraint service_item_depth_known
    check (handling_depth in ('FULLY_ONLINE', 'ONLINE_APPLICATION', 'ON_SITE'));
alter table service_item add constraint service_item_depth_matches_online
    check ((handling_depth = 'ON_SITE') = (not online_capable));
