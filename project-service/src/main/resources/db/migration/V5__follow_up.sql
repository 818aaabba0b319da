-- The approval desk's follow-ups (告知承诺 POST_CHECK, 先建后验 VERIFICATION, 差评整改 RECTIFICATION) of the
-- applications that count for a project: the latest copy per follow-up, never moved backwards by version.
-- An OPEN, RECTIFYING or REVOKED verification keeps its project from reaching 投产.
create table follow_up (
    follow_up_id          uuid         primary key,
    project_id            uuid         not null references project (id),
    application_id        varchar(64)  not null,
    reference_number      text,
    bundle_code           text,
    item_code             text,
    kind                  varchar(16)  not null,
    department            text,
    status                varchar(16)  not null,
    failed                boolean      not null,
    due_on                date,
    rectification_due_on  date,
    reason                text,
    opened_at             timestamptz,
    concluded_at          timestamptz,
    version               bigint       not null,
    recorded_at           timestamptz  not null
);

create index follow_up_project on follow_up (project_id);
