-- Historical cases imported as concluded applications (their dated steps come from the import, not from the
-- desk); a second import of the same reference number leaves the stored case as it is.
alter table application add column imported_at timestamptz;
