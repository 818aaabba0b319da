-- The indicator generation: a counter that moves with every committed change to anything a
-- dashboard is computed from. A computed dashboard stays valid while the generation it was
-- computed at is current. The counter is moved by deferred triggers, at commit time and once per
-- transaction, so its row lock is the last lock a writer takes and is held only while it commits.
create table indicator_generation (
    singleton  boolean primary key default true check (singleton),
    generation bigint  not null
);

insert into indicator_generation (singleton, generation) values (true, 0);

create function indicator_generation_advance() returns trigger language plpgsql as $$
begin
    if coalesce(current_setting('parksuite.indicator_generation_advanced', true), '') = '' then
        update indicator_generation set generation = generation + 1;
        perform set_config('parksuite.indicator_generation_advanced', 'yes', true);
    end if;
    return null;
end
$$;

do $$
declare
    source_table text;
begin
    foreach source_table in array array['statistical_report', 'indicator_rollup', 'enterprise_dimension',
            'enterprise_chain', 'enterprise_designation', 'official_figure', 'indicator_target',
            'indicator_definition', 'park', 'project_copy', 'project_investment', 'fai_rollup', 'application_copy']
    loop
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function indicator_generation_advance()',
                       source_table || '_generation', source_table);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function indicator_generation_advance()',
                       source_table || '_truncated_generation', source_table);
    end loop;
end
$$;
