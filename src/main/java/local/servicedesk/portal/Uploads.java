package local.servicedesk.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import local.servicedesk.ticket.TicketAttachments;
import org.springframework.web.multipart.MultipartFile;

/** Checks the files of a portal form against the portal's limits and reads them. */
final class Uploads {

    static final int NAME_MAX = 255;
    static final String ANY_TYPE = "application/octet-stream";

    private static final Pattern CONTENT_TYPE = Pattern.compile("[\\w.+-]{1,63}/[\\w.+-]{1,63}");

    private Uploads() {}

    /** The files read, or why they are refused, in Chinese. */
    record Checked(List<Upload> files, String refusal) {}

    static Checked check(List<MultipartFile> parts, PortalProperties limits) {
        List<MultipartFile> files = parts == null
                ? List.of()
                : parts.stream().filter(file -> !file.isEmpty()).toList();
        String refusal = refusal(files, limits);
        if (refusal != null) {
            return new Checked(List.of(), refusal);
        }

        return new Checked(files.stream().map(Uploads::read).toList(), null);
    }

    private static String refusal(List<MultipartFile> files, PortalProperties limits) {
        if (files.size() > limits.maxFiles()) {
            return "最多上传 %d 个附件".formatted(limits.maxFiles());
        }
        long total = 0;
        for (MultipartFile file : files) {
            if (file.getSize() > TicketAttachments.MAX_BYTES) {
                return "附件“%s”超过 %d MB".formatted(name(file), TicketAttachments.MAX_BYTES / (1024 * 1024));
            }
            total += file.getSize();
        }
        if (total > limits.maxTotalSize().toBytes()) {
            return "附件合计不能超过 %d MB".formatted(limits.maxTotalSize().toMegabytes());
        }
        return null;
    }

    private static Upload read(MultipartFile file) {
        try {
            return new Upload(name(file), contentType(file), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded file", e);
        }
    }

    /** Only the file's own name: some browsers send the whole path it had on the customer's computer. */
    static String name(MultipartFile file) {
        String original = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .strip();
        if (name.isEmpty()) {
            return "附件";
        }
        return name.length() <= NAME_MAX ? name : name.substring(name.length() - NAME_MAX);
    }

    private static String contentType(MultipartFile file) {
        String type = file.getContentType();
        return type != null && CONTENT_TYPE.matcher(type).matches() ? type : ANY_TYPE;
    }
}
