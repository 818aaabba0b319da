-- Parking (停放) of outbox rows Kafka can never accept (too large, invalid, unserialisable): the
-- relay sets parked_at and park_reason and moves on; later rows of the same aggregate wait behind
-- the parked one, so each aggregate's order holds. Replay (deploy/suite outbox replay <service>):
--   update outbox_event set parked_at = null, park_reason = null where parked_at is not null
alter table outbox_event add column parked_at timestamptz;
alter table outbox_event add column park_reason text;

create index outbox_event_parked on outbox_event (aggregate_type, aggregate_id, position)
    where parked_at is not null;
