package local.servicedesk.webapp;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import local.servicedesk.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Cockpit as an admin uses it, in a real browser: log in, open a process, open a tab, read its tables. */
final class Cockpit {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final HeadlessChromium chromium;
    private final ChromeDriver driver;
    private final String url;
    private final Path screenshots;
    private final WebDriverWait wait;

    Cockpit(HeadlessChromium chromium, String url, Path screenshots) {
        this.chromium = chromium;
        this.driver = chromium.driver();
        this.url = url;
        this.screenshots = screenshots;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Through the login page, as a person would: the page takes care of Camunda's XSRF cookie. */
    void logIn(String user, String password) {
        driver.get(url);
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("form[name=signinForm] input[ng-model=username]")));
        name.sendKeys(user);
        driver.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]"))
                .sendKeys(password);
        driver.findElement(By.cssSelector("form[name=signinForm] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    }

    /** From the list of processes, by the name that Cockpit shows. */
    void openProcess(String name) {
        driver.get(url + "#/processes");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        wait.until(ExpectedConditions.urlContains("/process-definition/"));
    }

    void openProcessDefinition(String processDefinitionId) {
        driver.get(url + "#/process-definition/" + processDefinitionId + "/runtime");
    }

    void openTab(String label) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']")))
                .click();
    }

    /** The rows of the finished-instances table, each as the texts of its cells, once it has any. */
    List<List<String>> finishedInstances() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.desk-finished-instance")));
        return cellTexts(By.cssSelector("tr.desk-finished-instance"));
    }

    /** Opens an instance's activity history by clicking its row, and reads the history's rows. */
    List<List<String>> activityHistoryOf(String businessKey) {
        driver.findElement(By.xpath("//tr[contains(@class,'desk-finished-instance')][td[1][normalize-space()='"
                        + businessKey + "']]"))
                .click();
        By rows = By.cssSelector("tr.desk-finished-history table.desk-finished-activities tbody tr");
        wait.until(ExpectedConditions.visibilityOfElementLocated(rows));
        return cellTexts(rows);
    }

    String pagerText() {
        return driver.findElement(By.cssSelector(".desk-finished-pager span")).getText();
    }

    /** The tab's message (loading, empty, refused), once it says something other than "loading". */
    String message() {
        By message = By.cssSelector(".desk-finished-message");
        wait.until(driver -> {
            String text = driver.findElement(message).getText();
            return !text.isBlank() && !text.startsWith("正在加载");
        });
        return driver.findElement(message).getText();
    }

    void screenshot(String name) {
        chromium.screenshot(screenshots.resolve(name + ".png"));
    }

    private List<List<String>> cellTexts(By rows) {
        return driver.findElements(rows).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }
}
