-- The W3C trace context of the request that recorded an event, sent on as the Kafka record's
-- traceparent header so a consumer's work joins the same trace.
alter table outbox_event add column trace_parent varchar(55);
