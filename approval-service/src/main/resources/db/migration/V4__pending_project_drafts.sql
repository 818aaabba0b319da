-- Projects that reached 签约 while their start-up bundle (工业项目开工一件事) was not yet in the catalogue:
-- kept with the signing event's data and given their draft as soon as the bundle is defined.
create table pending_project_draft (
    project_id    uuid          primary key,
    bundle_code   varchar(40)   not null,
    event_id      varchar(128)  not null,
    signed_event  jsonb         not null,
    received_at   timestamptz   not null
);
create index pending_project_draft_bundle on pending_project_draft (bundle_code, received_at);
