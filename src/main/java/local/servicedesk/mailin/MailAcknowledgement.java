package local.servicedesk.mailin;

import local.servicedesk.ticket.Ticket;

/** The answer to a mail that opened a ticket; the mailer puts the ticket tag in front of the subject. */
final class MailAcknowledgement {

    private MailAcknowledgement() {}

    static String subject(Ticket ticket) {
        return "已受理：" + ticket.facts().subject();
    }

    static String body(Ticket ticket) {
        return """
                %s，您好：

                服务台已收到您的邮件「%s」，受理为工单 %s。坐席会尽快处理，处理结果将以邮件告知您。
                如需补充说明或附件，请直接回复本邮件，并保留标题中的工单号。

                此邮件由服务台自动发送。
                IT 服务台""".formatted(ticket.facts().customer().name(), ticket.facts().subject(), ticket.ticketNo());
    }
}
