-- Where each material's bytes live: in this row (DATABASE) or in an S3-compatible bucket under object_key (S3).
-- A material keeps the store it was written to, so changing the configured store never strands older files.
alter table application_material add column storage varchar(16) not null default 'DATABASE';
alter table application_material add column object_key varchar(300);
alter table application_material alter column content drop not null;
alter table application_material add constraint application_material_content_placed
    check ((storage = 'DATABASE' and content is not null) or (storage = 'S3' and object_key is not null));
