-- Statutory calendar years and the monitoring group's duty roster as admins changed them at run time, kept as
-- the JSON they sent (the same shape as the shipped YAML files); and each ticket's service levels.
-- Portable between H2 and PostgreSQL.

create table calendar_year (
    year_no    integer        not null primary key,
    document   varchar(20000) not null,
    updated_by varchar(64)    not null,
    updated_at timestamp with time zone not null
);

create table duty_roster (
    roster_id  varchar(32)    not null primary key,
    document   varchar(20000) not null,
    updated_by varchar(64)    not null,
    updated_at timestamp with time zone not null
);

-- Service levels of a ticket. sla_clock: WALL (P1, P2: every minute counts) or WORKING (P3, P4: working minutes
-- of the seats' calendar). paused_minutes counts in that clock; waiting_since is set while the desk waits for the
-- customer. A *_breached_at column is set when its target passed unmet: the reports' breach mark.
alter table ticket add column sla_clock varchar(8);
alter table ticket add column sla_started_at timestamp with time zone;
alter table ticket add column response_minutes integer;
alter table ticket add column resolution_minutes integer;
alter table ticket add column response_due_at timestamp with time zone;
alter table ticket add column responded_at timestamp with time zone;
alter table ticket add column response_warned_at timestamp with time zone;
alter table ticket add column response_breached_at timestamp with time zone;
alter table ticket add column resolution_due_at timestamp with time zone;
alter table ticket add column resolution_met_at timestamp with time zone;
alter table ticket add column resolution_warned_at timestamp with time zone;
alter table ticket add column resolution_breached_at timestamp with time zone;
alter table ticket add column callback_due_at timestamp with time zone;
alter table ticket add column callback_warned_at timestamp with time zone;
alter table ticket add column callback_breached_at timestamp with time zone;
alter table ticket add column waiting_since timestamp with time zone;
alter table ticket add column paused_minutes integer default 0 not null;

create index ix_ticket_resolution_due_at on ticket (resolution_due_at);
