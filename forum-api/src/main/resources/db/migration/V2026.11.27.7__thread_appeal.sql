-- The public face of registered formal appeals (number, body, status), for thread pages and search;
-- written by the moderation module. No applicant, no appeal text.

create table thread_appeal (
    appeal_id       bigint       primary key,
    thread_id       bigint       not null references forum_thread (id),
    body_id         bigint       not null references body (id),
    post_id         bigint       not null references post (id),
    number          varchar(60)  not null,
    status          varchar(20)  not null,
    updated_at      timestamp(6) with time zone not null
);
create index thread_appeal_thread_ix on thread_appeal (thread_id);
