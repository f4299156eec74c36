package local.servicedesk.workflow;

import static local.servicedesk.workflow.Variables.text;

import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.InvalidTicket;
import local.servicedesk.intake.ProcessVariables;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.ticket.Ticket;
import local.servicedesk.ticket.TicketService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * First step of every ticket process. A process that intake started already has its ticket; one that a seat
 * started from Tasklist's start form gets its ticket here, after the same checks as every other channel.
 */
@Component
class RegisterTicketDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RegisterTicketDelegate.class);

    private final IntakeService intake;
    private final TicketService tickets;

    RegisterTicketDelegate(IntakeService intake, TicketService tickets) {
        this.intake = intake;
        this.tickets = tickets;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String ticketNo = text(execution, "ticketNo");
        if (ticketNo == null) {
            ticketNo = openFromStartForm(execution);
        }

        tickets.linkProcess(ticketNo, execution.getProcessInstanceId());
    }

    private String openFromStartForm(DelegateExecution execution) {
        Ticket ticket;
        try {
            ticket = intake.openForStartedProcess(requestOf(execution), text(execution, "initiator"));
        } catch (InvalidTicket e) {
            throw new InvalidTaskInput(e.violations());
        }

        execution.setProcessBusinessKey(ticket.ticketNo());
        execution.setVariables(ProcessVariables.of(ticket));
        log.info("Ticket {} logged from the start form by {}", ticket.ticketNo(), text(execution, "initiator"));
        return ticket.ticketNo();
    }

    private static TicketRequest requestOf(DelegateExecution execution) {
        String channel = text(execution, "channel");
        return new TicketRequest(
                channel == null ? "PHONE" : channel,
                text(execution, "company"),
                text(execution, "category"),
                text(execution, "type"),
                text(execution, "impact"),
                text(execution, "urgency"),
                text(execution, "subject"),
                text(execution, "description"),
                new TicketRequest.CustomerRequest(
                        text(execution, "customerName"),
                        text(execution, "customerPhone"),
                        text(execution, "customerEmail")),
                text(execution, "callId"));
    }
}
