package local.servicedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import local.servicedesk.support.DeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's guards as plain HTTP sees them: forged forms, repeated forms, limits on files, who gets a file. */
@DeskIntegrationTest(properties = "desk.demo.enabled=false")
class PortalHttpIT {

    private static final int MB = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void refusesAFormWithoutTheTokenOfTheCustomersSession() throws Exception {
        Customer customer = new Customer();
        Form form = customer.openForm();
        Map<String, String> fields = form.fields("跨站提交的请求");
        fields.put("_csrf", "forged");

        HttpResponse<String> response = customer.post(fields, List.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("页面已过期");
        assertThat(ticketsWithSubject("跨站提交的请求")).isZero();
    }

    @Test
    void makesOneTicketOfTheSameFormSentTwice() throws Exception {
        Customer customer = new Customer();
        Map<String, String> fields = customer.openForm().fields("双击了两次提交");

        HttpResponse<String> first = customer.post(fields, List.of());
        String firstPage = customer.get(first.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> second = customer.post(fields, List.of());
        String secondPage = customer.get(second.headers().firstValue("Location").orElseThrow());

        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(ticketsWithSubject("双击了两次提交")).isEqualTo(1);
        assertThat(firstPage).contains("id=\"access-code\"");
        assertThat(secondPage).contains("此表单此前已经提交过").doesNotContain("id=\"access-code\"");
    }

    @Test
    void refusesMoreFilesThanAllowedNextToTheFieldAndKeepsWhatWasTyped() throws Exception {
        Customer customer = new Customer();
        Map<String, String> fields = customer.openForm().fields("附件太多的请求");
        List<Part> files = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            files.add(new Part("截图" + i + ".png", new byte[] {1, 2, 3}));
        }

        HttpResponse<String> response = customer.post(fields, files);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"error-attachments\"").contains("最多上传 5 个附件");
        assertThat(response.body()).contains("value=\"附件太多的请求\"");
        assertThat(ticketsWithSubject("附件太多的请求")).isZero();
    }

    @Test
    void refusesAFileOverTenMegabytesNextToTheField() throws Exception {
        Customer customer = new Customer();
        Map<String, String> fields = customer.openForm().fields("附件太大的请求");

        HttpResponse<String> response = customer.post(fields, List.of(new Part("现场录像.mp4", new byte[10 * MB + 1])));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("附件“现场录像.mp4”超过 10 MB");
        assertThat(ticketsWithSubject("附件太大的请求")).isZero();
    }

    @Test
    void answersAnUploadOverTheContainersLimitWithAChinesePage() throws Exception {
        Customer customer = new Customer();
        Map<String, String> fields = customer.openForm().fields("超出容器上限的请求");

        HttpResponse<String> response = customer.post(fields, List.of(new Part("备份.zip", new byte[21 * MB])));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("附件过大");
        assertThat(ticketsWithSubject("超出容器上限的请求")).isZero();
    }

    @Test
    void givesAFileOnlyToTheSessionThatOpenedItsTicket() throws Exception {
        Customer customer = new Customer();
        Map<String, String> fields = customer.openForm().fields("带附件的请求");
        byte[] bytes = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        customer.post(fields, List.of(new Part("页面.html", bytes)));
        String ticketNo = jdbc.sql("select ticket_no from ticket where subject = ?")
                .param("带附件的请求")
                .query(String.class)
                .single();
        long id = jdbc.sql("select id from ticket_attachment where ticket_no = ?")
                .param(ticketNo)
                .query(Long.class)
                .single();
        String path = "/portal/tickets/" + ticketNo + "/attachments/" + id;

        HttpResponse<byte[]> own = customer.download(path);
        HttpResponse<byte[]> stranger = new Customer().download(path);

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo(bytes);
        assertThat(own.headers().firstValue("Content-Type")).contains("application/octet-stream");
        assertThat(own.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment");
        assertThat(stranger.statusCode()).isEqualTo(403);
    }

    private long ticketsWithSubject(String subject) {
        return jdbc.sql("select count(*) from ticket where subject = ?")
                .param(subject)
                .query(Long.class)
                .single();
    }

    private record Part(String name, byte[] bytes) {}

    /** The request form as the server rendered it: its token and its key. */
    private record Form(String token, String formKey) {

        Map<String, String> fields(String subject) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("_csrf", token);
            fields.put("formKey", formKey);
            fields.put("company", "hq");
            fields.put("category", "OA");
            fields.put("type", "FAULT");
            fields.put("impact", "LOW");
            fields.put("urgency", "NORMAL");
            fields.put("subject", subject);
            fields.put("description", "");
            fields.put("name", "杨帆");
            fields.put("phone", "0731-85600003");
            fields.put("email", "");
            return fields;
        }
    }

    /** A browser session: its own cookies, no redirects followed. */
    private final class Customer {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        Form openForm() throws Exception {
            String page = get("/portal/requests/new");
            return new Form(hidden(page, "_csrf"), hidden(page, "formKey"));
        }

        String get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .body();
        }

        HttpResponse<byte[]> download(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(Map<String, String> fields, List<Part> files) throws Exception {
            String boundary = "----portal-" + UUID.randomUUID();
            HttpRequest post = request("/portal/requests")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, files)))
                    .build();
            return http.send(post, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder request(String path) {
            String url = path.startsWith("http") ? path : "http://127.0.0.1:" + port + path;
            return HttpRequest.newBuilder(URI.create(url));
        }
    }

    private static String hidden(String page, String name) {
        Matcher matcher =
                Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("hidden field " + name).isTrue();
        return matcher.group(1);
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, List<Part> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            write(body, value + "\r\n");
        });
        for (Part file : files) {
            write(
                    body,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                            + file.name() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(file.bytes());
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
