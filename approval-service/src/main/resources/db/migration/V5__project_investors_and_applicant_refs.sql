-- Local copy of each project's investor, from project.events: an application may name a project only
-- when its applicant is that project's investor.
create table known_project (
    project_id         uuid          primary key,
    name               varchar(200)  not null,
    investor_uscc      varchar(18),
    stage              varchar(32),
    aggregate_version  bigint        not null,
    updated_at         timestamptz   not null
);
create index known_project_investor on known_project (investor_uscc);

-- Pseudonyms of natural-person applicants: a random UUID per person, the only way approval.events and
-- reminders name a person. Same person, same ref; nothing derives the ref from the ID number.
create table applicant_person_ref (
    person_id   varchar(32)  primary key,
    ref         uuid         not null unique,
    created_at  timestamptz  not null
);

alter table application add column applicant_ref uuid;

insert into applicant_person_ref (person_id, ref, created_at)
select distinct upper(btrim(applicant_person_id)), gen_random_uuid(), now()
from application where applicant_person_id is not null
on conflict (person_id) do nothing;

update application a set applicant_ref = r.ref
from applicant_person_ref r
where a.applicant_person_id is not null and r.person_id = upper(btrim(a.applicant_person_id));

-- A person's reminders are addressed by the pseudonym, not the ID number.
update reminder m set recipient = a.applicant_ref::text
from application a
where m.application_id = a.id and m.recipient_type = 'APPLICANT' and a.applicant_uscc is null
  and a.applicant_ref is not null;

-- Events still in the outbox lose the ID number and get the pseudonym.
update outbox_event o set payload = jsonb_set(o.payload, '{reminder,recipient}', to_jsonb(a.applicant_ref::text))
from application a
where o.aggregate_type = 'application' and a.id::text = o.aggregate_id and a.applicant_ref is not null
  and o.payload -> 'reminder' ->> 'recipient' = a.applicant_person_id;
update outbox_event o set payload = (o.payload - 'applicantPersonId')
        || jsonb_build_object('applicantRef', a.applicant_ref)
from application a
where o.aggregate_type = 'application' and o.payload ? 'applicantPersonId' and a.id::text = o.aggregate_id;
update outbox_event set payload = payload - 'applicantPersonId'
where aggregate_type = 'application' and payload ? 'applicantPersonId';
