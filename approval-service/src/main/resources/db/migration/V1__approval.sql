-- 事项: the service-item catalogue.
create table service_item (
    code                       varchar(40)   primary key,
    name                       varchar(200)  not null,
    department                 varchar(64)   not null,
    department_name            varchar(100)  not null,
    item_type                  varchar(32)   not null,
    handling_mode              varchar(16)   not null,
    statutory_limit_days       integer,
    statutory_extension_days   integer,
    promised_limit_days        integer       not null,
    materials                  jsonb         not null,
    form_fields                jsonb         not null,
    fee_yuan                   numeric(14,2) not null,
    online_capable             boolean       not null,
    notify_commit_eligible     boolean       not null,
    build_first_eligible       boolean       not null,
    max_visits                 integer       not null,
    updated_at                 timestamptz   not null,
    version                    bigint        not null
);
create index service_item_department on service_item (department);

-- 一件事: bundles of items with one merged form.
create table bundle (
    code        varchar(40)  primary key,
    name        varchar(200) not null,
    description varchar(500),
    item_codes  jsonb        not null,
    updated_at  timestamptz  not null,
    version     bigint       not null
);

create sequence application_number_seq start with 1 increment by 1;

-- 办件: applications for one item or one bundle.
create table application (
    id                       uuid         primary key,
    reference_number         varchar(32)  not null unique,
    item_code                varchar(40),
    bundle_code              varchar(40),
    applicant_uscc           varchar(18),
    applicant_person_id      varchar(32),
    applicant_name           varchar(200) not null,
    project_id               uuid,
    channel                  varchar(16)  not null,
    status                   varchar(32)  not null,
    form_data                jsonb        not null,
    notify_commitment        boolean      not null,
    build_first              boolean      not null,
    created_at               timestamptz  not null,
    submitted_at             timestamptz,
    intake_date              date,
    supplement_requested     boolean      not null default false,
    supplement_items         jsonb,
    supplement_due_on        date,
    acceptance               varchar(32),
    accepted_at              timestamptz,
    accepted_on              date,
    promised_limit_days      integer      not null,
    statutory_limit_days     integer,
    department_list          varchar(1000) not null,
    promised_deadline        date,
    statutory_deadline       date,
    deficiency               jsonb,
    deficiency_due_on        date,
    pauses                   jsonb        not null,
    result                   varchar(16),
    concluded_at             timestamptz,
    working_days_used        integer,
    delivered_at             timestamptz,
    archived_at              timestamptz,
    breached_at              timestamptz,
    visits                   integer      not null default 0,
    rated                    boolean      not null default false,
    updated_at               timestamptz  not null,
    version                  bigint       not null
);
create index application_applicant on application (applicant_uscc);
create index application_project on application (project_id);
create index application_status_deadline on application (status, promised_deadline);
create index application_deficiency_due on application (deficiency_due_on) where deficiency_due_on is not null;
create index application_supplement_due on application (supplement_due_on) where supplement_due_on is not null;

-- One review task per department, run in parallel.
create table application_task (
    id                  uuid         primary key,
    application_id      uuid         not null references application (id),
    department          varchar(64)  not null,
    item_codes          jsonb        not null,
    status              varchar(16)  not null,
    promised_limit_days integer      not null,
    statutory_limit_days integer,
    promised_deadline   date         not null,
    statutory_deadline  date,
    decided_by          varchar(128),
    decided_at          timestamptz,
    opinion             varchar(1000),
    version             bigint       not null
);
create index application_task_application on application_task (application_id);
create index application_task_open on application_task (department, status, promised_deadline);

-- Every step with actor, time and the generated notice.
create table application_step (
    id              bigserial    primary key,
    application_id  uuid         not null references application (id),
    step            varchar(40)  not null,
    from_status     varchar(32),
    to_status       varchar(32)  not null,
    actor           varchar(128) not null,
    at              timestamptz  not null,
    notice_title    varchar(100),
    notice_text     text,
    detail          varchar(1000)
);
create index application_step_application on application_step (application_id, id);

-- Material files, stored in the database.
create table application_material (
    id              uuid          primary key,
    application_id  uuid          not null references application (id),
    material_code   varchar(40)   not null,
    file_name       varchar(200)  not null,
    content_type    varchar(100)  not null,
    size_bytes      bigint        not null,
    sha256          varchar(64)   not null,
    purpose         varchar(16)   not null,
    content         bytea         not null,
    uploaded_by     varchar(128)  not null,
    uploaded_at     timestamptz   not null
);
create index application_material_application on application_material (application_id);

-- Post-approval and rectification work: 告知承诺 post-checks, 先建后验 verifications, 差评 rectifications.
create table follow_up_task (
    id              uuid          primary key,
    application_id  uuid          not null references application (id),
    kind            varchar(16)   not null,
    department      varchar(64)   not null,
    project_id      uuid,
    due_on          date          not null,
    status          varchar(16)   not null,
    note            varchar(1000),
    created_at      timestamptz   not null,
    completed_at    timestamptz,
    completed_by    varchar(128)
);
create index follow_up_task_application on follow_up_task (application_id);

-- 好差评: one rating per application.
create table rating (
    application_id  uuid          primary key references application (id),
    score           integer       not null,
    comment         varchar(1000),
    rated_by        varchar(128)  not null,
    rated_at        timestamptz   not null
);

-- 办事提醒: created once each, whatever the number of scans or instances.
create table reminder (
    id              bigserial     primary key,
    dedupe_key      varchar(200)  not null unique,
    kind            varchar(24)   not null,
    application_id  uuid          not null references application (id),
    task_id         uuid,
    recipient_type  varchar(16)   not null,
    recipient       varchar(128)  not null,
    due_on          date          not null,
    message         varchar(500)  not null,
    created_at      timestamptz   not null,
    read_at         timestamptz
);
create index reminder_inbox on reminder (recipient_type, recipient, id);

-- Holiday notices loaded by an administrator; they replace the shipped data for their year.
create table calendar_day (
    day         date         primary key,
    type        varchar(8)   not null,
    name        varchar(64)  not null,
    loaded_by   varchar(128) not null,
    loaded_at   timestamptz  not null
);

-- Local copy of enterprise data, from enterprise.events (applicant pre-fill).
create table applicant_enterprise (
    uscc                  varchar(18)  primary key,
    name                  varchar(200) not null,
    legal_representative  varchar(64),
    address               varchar(300),
    status                varchar(32),
    aggregate_version     bigint       not null,
    snapshot              jsonb        not null
);
