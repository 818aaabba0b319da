-- A bundle's promised limit (承诺时限) in working days becomes part of its definition. Until now it was
-- configuration (parksuite.approval.bundle-sla.<code>, Hunan's 3545) for some bundles and, for every other, the
-- slowest promise among its items.
-- Backfill: what each bundle promised before this migration with the shipped configuration: company-startup 3,
-- property-registration 5, industrial-construction 45; every other bundle its slowest item's promise (0 when
-- none of its items is found). The service checks a promise against the law (45 working days at most, and no
-- more than its items' statutory limits allow) whenever a bundle is written; a backfilled promise is checked
-- the next time its bundle is.
alter table bundle add column promised_limit_days integer;
update bundle set promised_limit_days = case code
        when 'company-startup' then 3
        when 'property-registration' then 5
        when 'industrial-construction' then 45
    end
    where code in ('company-startup', 'property-registration', 'industrial-construction');
update bundle b set promised_limit_days = coalesce(
        (select max(s.promised_limit_days) from service_item s
         where s.code in (select jsonb_array_elements_text(b.item_codes))), 0)
    where promised_limit_days is null;
alter table bundle alter column promised_limit_days set not null;
alter table bundle add constraint bundle_promise_within_joint_handling
    check (promised_limit_days between 0 and 45);
