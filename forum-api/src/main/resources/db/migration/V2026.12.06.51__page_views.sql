-- Page views and reach of a body's pages per ISO week (Kazakhstan time), without cookies or
-- personal data. Each node counts in memory and adds its deltas here every few seconds with plain
-- SQL (PageViews), so counting never empties the page cache.
create table page_view_week (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    views            bigint       default 0 not null,
    constraint page_view_week_pk primary key (body_id, week)
);

-- Distinct visitors: a hash of address and browser with the day's salt (never stored itself),
-- one row per body, week and visitor; reach is their count.
create table page_visitor_week (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    visitor          varchar(64)  not null,
    constraint page_visitor_week_pk primary key (body_id, week, visitor)
);

-- The day's salt, the same on every node; older days are deleted.
create table visitor_salt (
    salt_day         date         primary key,
    salt             varchar(64)  not null
);

create index post_created_ix on post (created_at);
create index forum_thread_created_ix on forum_thread (created_at);
create index follow_created_ix on follow (created_at);
