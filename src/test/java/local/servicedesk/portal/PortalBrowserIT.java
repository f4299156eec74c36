package local.servicedesk.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Locale;
import local.servicedesk.support.DeskIntegrationTest;
import local.servicedesk.support.HeadlessChromium;
import local.servicedesk.support.TestDesk;
import local.servicedesk.ticket.Attachment;
import local.servicedesk.ticket.TicketAttachments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The customer portal in headless Chromium: submit with a file, follow the ticket, and what a stranger sees. */
@DeskIntegrationTest
class PortalBrowserIT {

    private static HeadlessChromium chromium;
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    TestDesk desk;

    @Autowired
    TicketAttachments attachments;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startBrowser() {
        chromium = HeadlessChromium.start(ZoneId.of("Asia/Shanghai"));
        browser = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        chromium.close();
    }

    @BeforeEach
    void newCustomer() {
        browser.get(url("/portal"));
        browser.manage().deleteAllCookies();
    }

    @Test
    void submitsARequestWithAChineseAttachmentThenFollowsItByNumberAndCode() throws IOException {
        Path screenshot = attachment("营业厅打印机报错截图.png", "打印机脱机的报错截图");

        Receipt receipt = submit("营业厅电脑无法连接打印机", "0731-84112233", "ouyangna@changsha.servicedesk.local", screenshot);
        shoot("portal-01-submitted");
        browser.manage().deleteAllCookies();
        follow(receipt.ticketNo(), receipt.accessCode());
        shoot("portal-02-ticket");

        assertThat(receipt.ticketNo()).matches("\\d{13}");
        assertThat(receipt.accessCode()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(text(By.id("subject"))).isEqualTo("营业厅电脑无法连接打印机");
        assertThat(text(By.id("status"))).isIn("一线处理中", "待工作时间处理");
        assertThat(text(By.id("attachments"))).contains("营业厅打印机报错截图.png");
        assertThat(text(By.id("timeline"))).contains("通过自助服务门户渠道受理：营业厅电脑无法连接打印机");
        assertThat(attachments.list(receipt.ticketNo()))
                .singleElement()
                .satisfies(stored -> assertThat(stored.name()).isEqualTo("营业厅打印机报错截图.png"))
                .extracting(Attachment::sha256)
                .isEqualTo(sha256(Files.readAllBytes(screenshot)));
    }

    @Test
    void keepsOnlyAHashOfTheAccessCode() {
        Receipt receipt = submit("OA 待办无法打开", null, "yangfan@hq.servicedesk.local", null);

        String stored = jdbc.sql("select code_hash from portal_access where ticket_no = ?")
                .param(receipt.ticketNo())
                .query(String.class)
                .single();

        assertThat(stored)
                .matches("[0-9a-f]{64}")
                .doesNotContain(receipt.accessCode().replace("-", ""));
    }

    @Test
    void anotherCustomersCodeOpensNothing() {
        Receipt mine = submit("ERP 凭证无法过账", "0731-85600001", null, null);
        browser.manage().deleteAllCookies();
        Receipt theirs = submit("网络时断时续", "0731-85600002", null, null);
        browser.manage().deleteAllCookies();

        follow(mine.ticketNo(), theirs.accessCode());
        shoot("portal-03-wrong-code");
        String refused = browser.getPageSource();
        browser.get(url("/portal/tickets/" + mine.ticketNo()));
        String direct = browser.getPageSource();

        assertThat(text(By.tagName("body"))).doesNotContain("ERP 凭证无法过账");
        assertThat(refused).contains("工单号或查询码不正确").doesNotContain("ERP 凭证无法过账");
        assertThat(direct).doesNotContain("ERP 凭证无法过账");
        assertThat(browser.getCurrentUrl()).endsWith("/portal/tickets");
    }

    @Test
    void showsTheServersChineseErrorsNextToTheFieldsAndKeepsWhatWasTyped() {
        browser.get(url("/portal/requests/new"));
        fill("营销系统电费查询很慢", "abc-电话", "zhangsan@hq");

        browser.findElement(By.id("submit")).click();
        shoot("portal-04-errors");

        assertThat(text(By.id("error-phone"))).isEqualTo("联系电话格式不正确：abc-电话");
        assertThat(text(By.id("error-email"))).isEqualTo("电子邮箱格式不正确：zhangsan@hq");
        assertThat(browser.findElement(By.id("subject")).getDomProperty("value"))
                .isEqualTo("营销系统电费查询很慢");
        assertThat(browser.findElements(By.id("error-subject"))).isEmpty();
    }

    private Receipt submit(String subject, String phone, String email, Path file) {
        browser.get(url("/portal/requests/new"));
        fill(subject, phone, email);
        if (file != null) {
            browser.findElement(By.id("attachments"))
                    .sendKeys(file.toAbsolutePath().toString());
        }

        browser.findElement(By.id("submit")).click();
        String accessCode = text(By.id("access-code"));
        return new Receipt(text(By.id("ticket-no")), accessCode);
    }

    private void fill(String subject, String phone, String email) {
        new Select(browser.findElement(By.id("company"))).selectByVisibleText("长沙供电公司");
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("桌面终端");
        new Select(browser.findElement(By.id("type"))).selectByVisibleText("故障");
        type(By.id("subject"), subject);
        type(By.id("description"), "芙蓉营业厅 2 号窗口，打印时提示脱机，重启无效。");
        type(By.id("name"), "欧阳娜");
        type(By.id("phone"), phone);
        type(By.id("email"), email);
    }

    private void follow(String ticketNo, String accessCode) {
        browser.get(url("/portal/tickets"));
        type(By.id("ticketNo"), ticketNo);
        type(By.id("accessCode"), accessCode);

        browser.findElement(By.id("lookup")).click();
    }

    private void type(By field, String value) {
        WebElement element = browser.findElement(field);
        element.clear();
        if (value != null) {
            element.sendKeys(value);
        }
    }

    /** The element's text, once the page that has it is there: a form post returns before its answer loads. */
    private String text(By element) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(element))
                .getText();
    }

    private void shoot(String name) {
        chromium.screenshot(HeadlessChromium.SCREENSHOTS.resolve(
                name + "-" + desk.database().name().toLowerCase(Locale.ROOT) + ".png"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static Path attachment(String name, String content) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "portal-uploads"));
        return Files.write(folder.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Receipt(String ticketNo, String accessCode) {}
}
