package local.servicedesk.mailin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import local.servicedesk.notification.DeskMailProperties;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the ticket a mail answers. A mail names its ticket by the Message-ID of a mail the desk sent, in
 * In-Reply-To or References (the desk's Message-IDs carry the ticket number), or by the ticket tag in its subject
 * whatever prefix a mail client put in front (Re:, 回复：, 答复:, 转发：, Fw: ...). It joins that ticket only when it
 * comes from the ticket's customer: anyone else who quotes a ticket number gets a ticket of their own.
 */
@Component
class Replies {

    /** {@code [工单#2026120400017]}, also with the full-width brackets or number sign a Chinese keyboard gives. */
    private static final Pattern TAG = Pattern.compile("[\\[【［]\\s*工单\\s*[#＃]\\s*(\\d{13})\\s*[\\]】］]");

    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private final TicketService tickets;
    private final Pattern deskMessageId;

    Replies(TicketService tickets, DeskMailProperties desk) {
        this.tickets = tickets;
        this.deskMessageId = Pattern.compile("<ticket-(\\d{13})-[^@<>\\s]+@" + Pattern.quote(desk.deskDomain()) + ">");
    }

    /** The customer's ticket that the mail answers, if it answers one of theirs. */
    Optional<Ticket> ticketAnswered(InboundMail mail) {
        List<String> named = ticketsNamed(mail);
        for (String ticketNo : named) {
            Optional<Ticket> ticket = tickets.find(ticketNo).filter(t -> isCustomer(t, mail.sender()));
            if (ticket.isPresent()) {
                return ticket;
            }
        }
        if (!named.isEmpty()) {
            log.info("Mail from {} names ticket {} but does not come from its customer", mail.sender(), named.get(0));
        }
        return Optional.empty();
    }

    /** Ticket numbers the mail names, the surest first: the mails it answers, then its subject's tags. */
    List<String> ticketsNamed(InboundMail mail) {
        List<String> numbers = new ArrayList<>();
        for (String messageId : mail.references()) {
            Matcher ours = deskMessageId.matcher(messageId);
            if (ours.matches()) {
                numbers.add(ours.group(1));
            }
        }
        Matcher tag = TAG.matcher(mail.subject());
        while (tag.find()) {
            numbers.add(tag.group(1));
        }
        return numbers.stream().distinct().toList();
    }

    private static boolean isCustomer(Ticket ticket, String sender) {
        String email = ticket.facts().customer().email();
        return email != null && email.equalsIgnoreCase(sender);
    }
}
