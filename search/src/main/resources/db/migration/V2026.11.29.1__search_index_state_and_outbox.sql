-- Search on several nodes (KENES_SEARCH_BACKEND=elasticsearch). Portable SQL: the same file runs
-- on H2 (embedded default) and PostgreSQL; the tables stay empty with the default Lucene backend.

-- The index version of a shared Elasticsearch/OpenSearch index (the Lucene backend keeps it in a
-- file beside its index). One row. The node that finds a different version at start-up claims
-- the rebuild under a row lock (state REINDEXING, claimed_at) and sets DONE once the mass
-- indexer finished; the other nodes see the claim and leave the rebuild to it.
create table search_index_state (
    id              integer      not null primary key,
    index_version   integer,
    state           varchar(20)  not null,
    claimed_by      varchar(100),
    claimed_at      timestamp(6) with time zone,
    done_at         timestamp(6) with time zone,
    constraint search_index_state_one_row check (id = 1),
    constraint search_index_state_state_ck check (state in ('NONE', 'REINDEXING', 'DONE'))
);
insert into search_index_state (id, index_version, state) values (1, null, 'NONE');

-- Hibernate Search 7.2 outbox-polling coordination (KENES_SEARCH_COORDINATION=outbox-polling):
-- the tables of its default mapping, as Hibernate ORM 6.6 generates them for PostgreSQL (bytea
-- is BINARY VARYING on H2 too). The names are Hibernate Search's defaults.
create table HSEARCH_AGENT (
    id                  uuid         not null primary key,
    assignedShardIndex  integer,
    expiration          timestamp(6) with time zone not null,
    name                varchar(255) not null,
    payload             bytea,
    state               varchar(255) not null,
    tenantId            varchar(255),
    totalShardCount     integer,
    type                varchar(255) not null,
    constraint hsearch_agent_state_ck check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    constraint hsearch_agent_type_ck check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING',
        'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING'))
);

create table HSEARCH_OUTBOX_EVENT (
    id              uuid         not null primary key,
    entityId        varchar(256) not null,
    entityIdHash    integer      not null,
    entityName      varchar(256) not null,
    payload         bytea        not null,
    processAfter    timestamp(6) with time zone not null,
    retries         integer      not null,
    status          varchar(255) not null,
    tenantId        varchar(255),
    constraint hsearch_outbox_event_status_ck check (status in ('PENDING', 'ABORTED'))
);
create index hsearch_outbox_event_hash_idx on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_event_status_idx on HSEARCH_OUTBOX_EVENT (status);
create index hsearch_outbox_event_after_idx on HSEARCH_OUTBOX_EVENT (processAfter);
