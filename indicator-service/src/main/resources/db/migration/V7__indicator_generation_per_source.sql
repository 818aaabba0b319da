-- The indicator generation, kept per source of dashboard figures: REPORTS (reports, rollups and the
-- enterprise dimension) and ACTIVITY (projects and applications from their events). A stream of
-- project events then leaves the report figures of a computed dashboard valid. Reference data
-- (official figures, targets, the catalogue, parks) feeds both, and advances both.
create table indicator_source_generation (
    source     varchar(16) primary key check (source in ('REPORTS', 'ACTIVITY')),
    generation bigint      not null
);

insert into indicator_source_generation (source, generation) values ('REPORTS', 0), ('ACTIVITY', 0);

create function indicator_source_generation_advance() returns trigger language plpgsql as $$
declare
    advanced_source text;
begin
    foreach advanced_source in array TG_ARGV loop
        if coalesce(current_setting('parksuite.indicator_generation_' || lower(advanced_source), true), '') = '' then
            update indicator_source_generation set generation = generation + 1 where source = advanced_source;
            perform set_config('parksuite.indicator_generation_' || lower(advanced_source), 'yes', true);
        end if;
    end loop;
    return null;
end
$$;

do $$
declare
    fed record;
begin
    for fed in select * from (values
            ('statistical_report', '''REPORTS'''), ('indicator_rollup', '''REPORTS'''),
            ('enterprise_dimension', '''REPORTS'''), ('enterprise_chain', '''REPORTS'''),
            ('enterprise_designation', '''REPORTS'''),
            ('project_copy', '''ACTIVITY'''), ('project_investment', '''ACTIVITY'''), ('fai_rollup', '''ACTIVITY'''),
            ('application_copy', '''ACTIVITY'''),
            ('official_figure', '''REPORTS'', ''ACTIVITY'''), ('indicator_target', '''REPORTS'', ''ACTIVITY'''),
            ('indicator_definition', '''REPORTS'', ''ACTIVITY'''), ('park', '''REPORTS'', ''ACTIVITY''')
        ) as source_tables (source_table, sources)
    loop
        execute format('drop trigger %I on %I', fed.source_table || '_generation', fed.source_table);
        execute format('drop trigger %I on %I', fed.source_table || '_truncated_generation', fed.source_table);
        execute format('create constraint trigger %I after insert or update or delete on %I '
                       'deferrable initially deferred for each row execute function indicator_source_generation_advance(%s)',
                       fed.source_table || '_generation', fed.source_table, fed.sources);
        execute format('create trigger %I after truncate on %I '
                       'for each statement execute function indicator_source_generation_advance(%s)',
                       fed.source_table || '_truncated_generation', fed.source_table, fed.sources);
    end loop;
end
$$;

drop function indicator_generation_advance();
drop table indicator_generation;
