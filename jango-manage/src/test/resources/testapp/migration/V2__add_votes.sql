alter table question add column votes integer not null default 0;
