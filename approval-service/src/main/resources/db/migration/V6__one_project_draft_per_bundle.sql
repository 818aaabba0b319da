-- The desk opens one draft per project and bundle when a project reaches 签约, however many instances
-- handle the event; applications an enterprise opens itself for its project are not counted.
alter table application add column project_draft boolean not null default false;

-- The earliest draft the desk created for each project and bundle is its draft; any later ones stay as
-- ordinary applications, so the index can be built over existing data.
update application set project_draft = true
where id in (
    select distinct on (a.project_id, a.bundle_code) a.id
    from application a
    join application_step s on s.application_id = a.id and s.step = 'CREATE' and s.actor = 'system:project-signed'
    where a.project_id is not null and a.bundle_code is not null
    order by a.project_id, a.bundle_code, a.created_at, a.id);

create unique index application_project_draft on application (project_id, bundle_code) where project_draft;
