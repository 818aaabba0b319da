alter table enterprise_dimension
    add column street_code   varchar(32),
    add column industry_code varchar(4);
