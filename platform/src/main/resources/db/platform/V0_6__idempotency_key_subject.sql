-- An Idempotency-Key belongs to one user of one client application: two users of the same mobile
-- app who happen to send the same key never get each other's response.
alter table idempotency_key add column subject varchar(255) not null default '';
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (client, subject, key);
