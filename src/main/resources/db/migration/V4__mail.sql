-- Mail the desk handed to its mail server, one row per delivery: a retried step finds its mail here and does not
-- send it again. The key names the delivery (a process job, an acknowledgement), never the attempt.
create table sent_mail (
    mail_key   varchar(200)  not null primary key,
    ticket_no  varchar(13)   not null,
    message_id varchar(255)  not null,
    recipients varchar(2000) not null,
    subject    varchar(400)  not null,
    sent_at    timestamp with time zone not null
);

create index ix_sent_mail_ticket on sent_mail (ticket_no);

-- Mail read from the desk's mailbox, one row per message: a mail read twice is handled once.
-- message_key is the Message-ID, or a digest of the mail when it has none or a very long one.
create table received_mail (
    message_key varchar(255) not null primary key,
    ticket_no   varchar(13),
    disposition varchar(16)  not null,
    sender      varchar(254),
    received_at timestamp with time zone not null
);

create index ix_received_mail_ticket on received_mail (ticket_no);
