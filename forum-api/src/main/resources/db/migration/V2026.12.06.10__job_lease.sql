-- Scheduled jobs run once per tick in the whole cluster (ScheduledJobs, docs/adr/0009): before a
-- tick runs a job, its node takes the job's lease by one conditional update of this row, which
-- succeeds only when the lease ran out or the node already holds it. Times are epoch milliseconds.
-- runs counts the ticks that ran (for operators and the cluster test); holder names the node.
create table job_lease (
    name                varchar(100)  primary key,
    holder              varchar(100)  not null,
    held_until_ms       bigint        not null,
    runs                bigint        default 0 not null,
    last_run_ms         bigint
);
