package local.servicedesk.workflow;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import local.servicedesk.ticket.Closure;
import local.servicedesk.ticket.Ticket;

/** The texts of the mails the ticket process sends; the mailer puts the ticket tag in front of each subject. */
final class TicketMails {

    private static final DateTimeFormatter BEIJING =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String SIGNATURE = "\n\n此邮件由服务台自动发送。如有疑问请回复本邮件，并保留标题中的工单号。\nIT 服务台";

    record Mail(String subject, String body) {}

    private TicketMails() {}

    static Mail acknowledgement(Ticket ticket, Instant workingTimeStarts) {
        return new Mail("已受理：" + ticket.facts().subject(), """
                %s，您好：

                您的服务请求「%s」已受理，工单号 %s。
                现在是服务台非工作时间，坐席将于 %s 起处理您的请求。如情况紧急，请拨打服务台电话。%s""".formatted(
                        ticket.facts().customer().name(),
                        ticket.facts().subject(),
                        ticket.ticketNo(),
                        BEIJING.format(workingTimeStarts),
                        SIGNATURE));
    }

    /** What a work-order mail says beyond the ticket itself, in the words people read. */
    record WorkOrderLabels(String companyName, String categoryLabel, String groupName, String firstLineNote) {}

    static Mail workOrder(Ticket ticket, WorkOrderLabels labels) {
        var facts = ticket.facts();
        return new Mail("二线工单 %s：%s".formatted(ticket.workOrderNo(), facts.subject()), """
                二线工单 %s 已派发到%s，请在 Tasklist 的「二线工单」中处理。

                优先级：%s%s
                单位：%s
                业务类别：%s
                主题：%s
                描述：%s
                一线说明：%s
                客户：%s，电话 %s，邮箱 %s%s""".formatted(
                        ticket.workOrderNo(),
                        labels.groupName(),
                        ticket.priority(),
                        ticket.major() ? "（重要事件）" : "",
                        labels.companyName(),
                        labels.categoryLabel(),
                        facts.subject(),
                        orNone(facts.description()),
                        orNone(labels.firstLineNote()),
                        facts.customer().name(),
                        orNone(facts.customer().phone()),
                        orNone(facts.customer().email()),
                        SIGNATURE));
    }

    static Mail closure(Ticket ticket) {
        if (ticket.closure() == Closure.UNREACHABLE) {
            return new Mail("工单已关闭：" + ticket.facts().subject(), """
                    %s，您好：

                    您的服务请求「%s」（工单号 %s）已处理，处理结果：%s
                    我们多次回访未能联系到您，工单现已关闭。如问题仍未解决，请回复本邮件或致电服务台。%s""".formatted(
                            ticket.facts().customer().name(),
                            ticket.facts().subject(),
                            ticket.ticketNo(),
                            ticket.resolution(),
                            SIGNATURE));
        }
        return new Mail("已解决：" + ticket.facts().subject(), """
                %s，您好：

                您的服务请求「%s」（工单号 %s）已处理完毕。
                处理结果：%s%s""".formatted(
                        ticket.facts().customer().name(),
                        ticket.facts().subject(),
                        ticket.ticketNo(),
                        ticket.resolution(),
                        SIGNATURE));
    }

    private static String orNone(String text) {
        return text == null ? "（无）" : text;
    }
}
