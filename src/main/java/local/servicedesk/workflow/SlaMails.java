package local.servicedesk.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import local.servicedesk.ticket.SlaTarget;
import local.servicedesk.ticket.Ticket;

/** The texts of the mails about service levels: a warning, an escalation, a major incident. */
final class SlaMails {

    private static final DateTimeFormatter BEIJING =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String SIGNATURE = "\n\n此邮件由服务台自动发送。\nIT 服务台";

    private SlaMails() {}

    static TicketMails.Mail warning(Ticket ticket, SlaTarget target, Instant due) {
        return new TicketMails.Mail(
                "%s时限即将到期：%s".formatted(target.label(), ticket.facts().subject()), """
                工单 %s（%s）的%s时限将于 %s 到期，请尽快处理。

                标题：%s
                当前状态：%s%s""".formatted(
                                ticket.ticketNo(),
                                ticket.priority(),
                                target.label(),
                                BEIJING.format(due),
                                ticket.facts().subject(),
                                ticket.status().label(),
                                SIGNATURE));
    }

    static TicketMails.Mail breach(Ticket ticket, SlaTarget target, Instant due, String group) {
        return new TicketMails.Mail(
                "【升级】%s超时：%s".formatted(target.label(), ticket.facts().subject()), """
                工单 %s（%s%s）的%s时限已于 %s 到期，仍未完成，特此升级。

                标题：%s
                当前状态：%s，处理组 %s
                客户：%s，电话 %s%s""".formatted(
                                ticket.ticketNo(),
                                ticket.priority(),
                                ticket.major() ? "，重要事件" : "",
                                target.label(),
                                BEIJING.format(due),
                                ticket.facts().subject(),
                                ticket.status().label(),
                                group,
                                ticket.facts().customer().name(),
                                orNone(ticket.facts().customer().phone()),
                                SIGNATURE));
    }

    static TicketMails.Mail majorIncident(Ticket ticket, Instant resolutionDue) {
        return new TicketMails.Mail("【重要事件】" + ticket.facts().subject(), """
                工单 %s 定级为 P1 重要事件，请值长立即关注。

                标题：%s
                描述：%s
                单位：%s，业务类别：%s
                客户：%s，电话 %s
                解决时限：%s 前%s""".formatted(
                        ticket.ticketNo(),
                        ticket.facts().subject(),
                        orNone(ticket.facts().description()),
                        ticket.facts().company(),
                        ticket.facts().category(),
                        ticket.facts().customer().name(),
                        orNone(ticket.facts().customer().phone()),
                        BEIJING.format(resolutionDue),
                        SIGNATURE));
    }

    private static String orNone(String text) {
        return text == null ? "（无）" : text;
    }
}
