-- The dated intervals of the approval cases that count for a project (parksuite.approval.case-timeline.v1),
-- one timeline per application, replaced whole by a higher aggregate version: the lead-time attribution
-- (政府用时 / 企业用时 / 建设) reads them.
create table case_timeline (
    application_id     varchar(64)  primary key,
    project_id         uuid         not null references project (id),
    reference_number   text,
    bundle_code        text,
    item_code          text,
    applicant_uscc     text,
    officer            text,
    created_at         timestamptz,
    submitted_at       timestamptz,
    concluded_at       timestamptz,
    result             text,
    aggregate_version  bigint       not null,
    recorded_at        timestamptz  not null
);

create index case_timeline_project on case_timeline (project_id);

create table case_interval (
    id              bigint generated always as identity primary key,
    application_id  varchar(64)  not null references case_timeline (application_id) on delete cascade,
    party           varchar(16)  not null,
    kind            text         not null,
    department      text,
    first_day       date         not null,
    last_day        date         not null,
    check (last_day >= first_day)
);

create index case_interval_application on case_interval (application_id);
