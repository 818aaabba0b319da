-- The city's national-level parks, this one (own) and its peers, for official figures and rankings.
create table park (
    code varchar(48) primary key,
    name varchar(64) not null unique,
    own  boolean     not null default false
);

create unique index park_own on park (own) where own;

insert into park (code, name, own) values
    ('WANGCHENG_ETDZ', '望城经济技术开发区', true),
    ('CHANGSHA_ETDZ', '长沙经济技术开发区', false),
    ('CHANGSHA_HIDZ', '长沙高新技术产业开发区', false),
    ('LIUYANG_ETDZ', '浏阳经济技术开发区', false),
    ('NINGXIANG_ETDZ', '宁乡经济技术开发区', false);

alter table official_figure add constraint official_figure_park foreign key (park_code) references park (code);
alter table official_figure add constraint official_figure_indicator
    foreign key (indicator_code) references indicator_definition (code);
alter table indicator_target add constraint indicator_target_indicator
    foreign key (indicator_code) references indicator_definition (code);
