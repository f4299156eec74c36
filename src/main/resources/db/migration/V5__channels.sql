-- The channels' own records: phone calls from the CTI, portal access codes and instant messages.
-- Portable between H2 and PostgreSQL.

-- Every call the CTI reports, answered or not: unanswered calls count against the 20-second answer rate.
create table phone_call (
    call_id            varchar(64)  not null primary key,
    caller_number      varchar(32),
    ivr_choice         varchar(16),
    category           varchar(32),
    queued_at          timestamp with time zone not null,
    answered_at        timestamp with time zone,
    ended_at           timestamp with time zone not null,
    agent              varchar(64),
    wait_seconds       bigint       not null,
    answered_in_target boolean      not null,
    recorded_by        varchar(64)  not null,
    recorded_at        timestamp with time zone not null
);

create index ix_phone_call_queued_at on phone_call (queued_at);

-- The tickets a seat logged for a call; one caller may report more than one matter in a call.
create table phone_call_ticket (
    ticket_no varchar(13) not null primary key references ticket (ticket_no),
    call_id   varchar(64) not null references phone_call (call_id)
);

create index ix_phone_call_ticket_call on phone_call_ticket (call_id);

-- A portal customer follows a ticket with its number and an access code; only the code's hash is kept.
create table portal_access (
    ticket_no  varchar(13) not null primary key references ticket (ticket_no),
    code_hash  char(64)    not null,
    created_at timestamp with time zone not null
);

-- Each instant message once, with the ticket it opened or followed up.
create table im_message (
    message_id      varchar(100)  not null primary key,
    conversation_id varchar(128)  not null,
    sender_id       varchar(128)  not null,
    sender_name     varchar(100),
    body            varchar(4000) not null,
    ticket_no       varchar(13)   references ticket (ticket_no),
    action          varchar(16),
    received_at     timestamp with time zone not null
);

create index ix_im_message_conversation on im_message (conversation_id, received_at);
