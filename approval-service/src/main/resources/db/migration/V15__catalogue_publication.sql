-- Whether the whole catalogue was announced once on approval.events (service-item-changed), so
-- that a consumer that starts empty receives every item defined before the event existed.
create table catalogue_publication (
    id           integer primary key check (id = 1),
    published_at timestamptz
);
insert into catalogue_publication (id, published_at) values (1, null);
