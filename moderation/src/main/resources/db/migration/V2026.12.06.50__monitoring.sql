-- Weekly monitoring (issue 16). Roll-ups kept up to date in the transaction of each appeal step
-- (MonitoringLedger), so that the monitoring page reads a few hundred rows, never all appeals.
-- week is the ISO week in Kazakhstan time, 'YYYY-Www' (sorts as text). A row per body, week,
-- category and channel; counts are events of that week: registered, answered (on time: not after
-- the deadline in force), marked overdue, redirected, and the applicants' satisfaction answers.
create table monitoring_week (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    category         varchar(30)  not null,
    channel          varchar(30)  not null,
    registered       integer      default 0 not null,
    answered         integer      default 0 not null,
    answered_on_time integer      default 0 not null,
    overdue          integer      default 0 not null,
    redirected       integer      default 0 not null,
    satisfied        integer      default 0 not null,
    partly           integer      default 0 not null,
    not_satisfied    integer      default 0 not null,
    constraint monitoring_week_pk primary key (body_id, week, category, channel)
);
create index monitoring_week_week_ix on monitoring_week (week, body_id);

-- Working days from registration to answer, as a histogram, so that the median is exact.
create table monitoring_answer_days (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    category         varchar(30)  not null,
    channel          varchar(30)  not null,
    days             integer      not null,
    answers          integer      default 0 not null,
    constraint monitoring_answer_days_pk primary key (body_id, week, category, channel, days)
);

-- Answers per executor (staff only), counted the same way.
create table monitoring_executor_week (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    executor_id      bigint       not null references member (id),
    answered         integer      default 0 not null,
    answered_on_time integer      default 0 not null,
    constraint monitoring_executor_week_pk primary key (body_id, week, executor_id)
);

-- The applicant's one answer to "Was your problem solved?" once the appeal is answered.
create table appeal_satisfaction (
    appeal_id        bigint       primary key references appeal (id),
    answer           varchar(10)  not null,
    answer_comment   varchar(1000),
    answered_at      timestamp(6) with time zone not null,
    constraint appeal_satisfaction_answer_ck check (answer in ('YES', 'PARTLY', 'NO'))
);

-- How many residents a body serves (for figures per 1,000 residents); admins edit it.
create table body_population (
    body_id          bigint       primary key references body (id),
    population       integer      not null,
    updated_at       timestamp(6) with time zone not null,
    constraint body_population_ck check (population > 0)
);

-- Historical statistics entered by admins: period '2020' (a year) or '2021-Q1' (a quarter).
create table monitoring_history (
    body_id          bigint       not null references body (id),
    period           varchar(7)   not null,
    category         varchar(30)  not null,
    channel          varchar(30)  not null,
    registered       integer      not null,
    satisfied        integer      default 0 not null,
    constraint monitoring_history_pk primary key (body_id, period, category, channel)
);

-- One weekly digest per body and week, whichever node sends it first.
create table monitoring_digest (
    body_id          bigint       not null references body (id),
    week             varchar(8)   not null,
    sent_at          timestamp(6) with time zone not null,
    constraint monitoring_digest_pk primary key (body_id, week)
);

create index appeal_answered_ix on appeal (answered_at);
