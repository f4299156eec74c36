package local.servicedesk.workflow;

import java.util.List;
import local.servicedesk.notification.Mailer;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a ticket's mail and records it on the ticket's timeline. Called from asynchronous process steps only, so
 * a failing mail server makes the step's job retry instead of undoing what a user did; a retry after the mail went
 * out (the step failed later) sends nothing again, because the mail is keyed by the step's job.
 */
@Component
class TicketMailer {

    private static final Logger log = LoggerFactory.getLogger(TicketMailer.class);

    private final TicketService tickets;
    private final Mailer mailer;

    TicketMailer(TicketService tickets, Mailer mailer) {
        this.tickets = tickets;
        this.mailer = mailer;
    }

    void toCustomer(DelegateExecution step, Ticket ticket, TicketMails.Mail mail) {
        String email = ticket.facts().customer().email();
        if (email == null) {
            log.info("Ticket {} has no customer e-mail: '{}' not mailed", ticket.ticketNo(), mail.subject());
            return;
        }
        send(step, ticket, List.of(email), mail);
    }

    void toGroup(DelegateExecution step, Ticket ticket, String group, TicketMails.Mail mail) {
        List<String> addresses = mailer.addressesOfGroup(group);
        if (addresses.isEmpty()) {
            log.warn(
                    "Ticket {}: nobody of group {} has an e-mail address, '{}' not mailed",
                    ticket.ticketNo(),
                    group,
                    mail.subject());
            return;
        }
        send(step, ticket, addresses, mail);
    }

    /** One mail to the members of several groups, each address once. */
    void toGroups(DelegateExecution step, Ticket ticket, List<String> groups, TicketMails.Mail mail) {
        List<String> addresses = groups.stream()
                .flatMap(group -> mailer.addressesOfGroup(group).stream())
                .distinct()
                .toList();
        if (addresses.isEmpty()) {
            log.warn(
                    "Ticket {}: nobody of {} has an e-mail address, '{}' not mailed",
                    ticket.ticketNo(),
                    groups,
                    mail.subject());
            return;
        }
        send(step, ticket, addresses, mail);
    }

    private void send(DelegateExecution step, Ticket ticket, List<String> to, TicketMails.Mail mail) {
        mailer.sendOnce(deliveryKey(step), ticket.ticketNo(), to, mail.subject(), mail.body());
        // also after a mail sent by an earlier attempt: that attempt's timeline entry was rolled back with it
        tickets.recordMailSent(ticket.ticketNo(), String.join(", ", to), mail.subject());
    }

    /**
     * The same for every attempt of one step and different for each time the process reaches it: the job that runs
     * the asynchronous step keeps its id through its retries, while the activity instance is new in each attempt.
     */
    static String deliveryKey(DelegateExecution step) {
        CommandContext command = Context.getCommandContext();
        JobEntity job = command == null ? null : command.getCurrentJob();
        if (job == null) {
            // not a job: the step runs in its caller's transaction, and a failure undoes the caller, so no retry
            return "activity:" + step.getActivityInstanceId();
        }
        return "job:" + job.getId() + ":" + step.getCurrentActivityId();
    }
}
