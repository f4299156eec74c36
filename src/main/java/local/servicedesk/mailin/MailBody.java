package local.servicedesk.mailin;

import java.util.List;
import java.util.regex.Pattern;

/** A mail's text made fit for a ticket: tidy lines, and a reply without the history it quotes. */
final class MailBody {

    /** Lines where a mail client starts quoting the mail answered: everything from there on is history. */
    private static final List<Pattern> QUOTE_STARTS = List.of(
            Pattern.compile("^-{2,}\\s*(原始邮件|Original Message)\\s*-{2,}\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^On .+ wrote:\\s*$"),
            Pattern.compile("^在 ?.+写道[:：]\\s*$"));

    private static final Pattern OUTLOOK_FROM = Pattern.compile("^(发件人|From)\\s*[:：].*$");
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^(发送时间|Sent|日期|Date)\\s*[:：].*$");

    private MailBody() {}

    /** Unix line ends, no trailing blanks, at most one empty line in a row, nothing blank around. */
    static String tidy(String text) {
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[ \\t\\u00a0]+\\n", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    /**
     * The new part of a reply: the text before the quoted history, and without the lines quoted with {@code >} at
     * its end. A mail that is nothing but a quote is kept whole.
     */
    static String withoutQuotedHistory(String text) {
        List<String> lines = text.lines().toList();
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (startsQuote(lines, i)) {
                end = i;
                break;
            }
        }
        while (end > 0
                && (lines.get(end - 1).startsWith(">") || lines.get(end - 1).isBlank())) {
            end--;
        }
        String reply = tidy(String.join("\n", lines.subList(0, end)));
        return reply.isEmpty() ? text : reply;
    }

    private static boolean startsQuote(List<String> lines, int index) {
        String line = lines.get(index).strip();
        if (QUOTE_STARTS.stream().anyMatch(start -> start.matcher(line).matches())) {
            return true;
        }
        // Outlook quotes with a header block: 发件人/From, then 发送时间/Sent within the next lines
        if (OUTLOOK_FROM.matcher(line).matches()) {
            return lines.subList(index + 1, Math.min(lines.size(), index + 4)).stream()
                    .anyMatch(next -> OUTLOOK_SENT.matcher(next.strip()).matches());
        }
        return false;
    }
}
