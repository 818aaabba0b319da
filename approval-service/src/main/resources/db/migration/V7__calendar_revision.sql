-- A counter moved by every load of a holiday notice, in the load's transaction: each instance compares it with
-- the revision of the calendar it holds and reloads when it moved, so a year loaded through one instance is in
-- force on every instance at once. Loads take this row's lock first, so two loads of one year take turns.
create table calendar_revision (
    id        integer primary key check (id = 1),
    revision  bigint  not null
);
insert into calendar_revision (id, revision) values (1, 0);
