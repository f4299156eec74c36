package local.servicedesk.workflow;

import java.util.List;
import local.servicedesk.notification.Mailer;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends a ticket's mail and records it on the ticket's timeline. Called from asynchronous process steps only, so
 * a failing mail server makes the step's job retry instead of undoing what a user did.
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

    void toCustomer(Ticket ticket, TicketMails.Mail mail) {
        String email = ticket.facts().customer().email();
        if (email == null) {
            log.info("Ticket {} has no customer e-mail: '{}' not mailed", ticket.ticketNo(), mail.subject());
            return;
        }
        send(ticket, List.of(email), mail);
    }

    void toGroup(Ticket ticket, String group, TicketMails.Mail mail) {
        List<String> addresses = mailer.addressesOfGroup(group);
        if (addresses.isEmpty()) {
            log.warn(
                    "Ticket {}: nobody of group {} has an e-mail address, '{}' not mailed",
                    ticket.ticketNo(),
                    group,
                    mail.subject());
            return;
        }
        send(ticket, addresses, mail);
    }

    /** One mail to the members of several groups, each address once. */
    void toGroups(Ticket ticket, List<String> groups, TicketMails.Mail mail) {
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
        send(ticket, addresses, mail);
    }

    private void send(Ticket ticket, List<String> to, TicketMails.Mail mail) {
        mailer.send(ticket.ticketNo(), to, mail.subject(), mail.body());
        tickets.recordMailSent(ticket.ticketNo(), String.join(", ", to), mail.subject());
    }
}
