package local.servicedesk.tasklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Wait;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Camunda Tasklist as a seat uses it, found by what does not change with the UI language: Angular models, CSS
 * classes and the ids that form-js derives from our form components ({@code ...-field-outcome}), never by the
 * words of Tasklist's own buttons. Only our own content (filter names, task names, form labels) is Chinese.
 */
final class Tasklist {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration RELOAD = Duration.ofSeconds(2);

    /** form-js applies typed text after a short debounce (about 300 ms). */
    private static final Duration FORM_JS_DEBOUNCE = Duration.ofMillis(600);

    private static final By ACCOUNT_MENU = By.cssSelector("li.account a.dropdown-toggle");
    private static final By LOG_OUT = By.cssSelector("li.logout a");
    private static final By USERNAME = By.cssSelector("[ng-model='username']");
    private static final By PASSWORD = By.cssSelector("[ng-model='password']");
    private static final By FILTER_NAMES = By.cssSelector(".task-filter h4.name a");
    private static final By CARDS = By.cssSelector(".tasks-list li.task");
    private static final By LIST_LOADER = By.cssSelector(".tasks-list .loader");
    private static final By CLAIM = By.cssSelector("button.claim");
    private static final By COMPLETE = By.cssSelector("button[ng-click='complete()']");
    private static final By FORM = By.cssSelector(".fjs-form");

    private final WebDriver driver;
    private final String url;
    private final Path screenshots;
    private final Wait<WebDriver> wait;
    private int shots;

    Tasklist(WebDriver driver, String url, Path screenshots) {
        this.driver = driver;
        this.url = url;
        this.screenshots = screenshots;
        // Tasklist re-renders its lists now and then: an element found a moment ago is looked up again
        this.wait = new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class);
    }

    /** Logs in, logging out first whoever was logged in, as a colleague taking over the desk would. */
    void logIn(String user) {
        if (driver.findElements(ACCOUNT_MENU).isEmpty()) {
            driver.get(url);
        } else {
            click(driver.findElement(ACCOUNT_MENU));
            click(wait.until(ExpectedConditions.elementToBeClickable(LOG_OUT)));
        }

        wait.until(driver -> typed(USERNAME, user) && typed(PASSWORD, "demo"));
        click(driver.findElement(By.cssSelector("button[type='submit']")));
        wait.until(ExpectedConditions.presenceOfElementLocated(FILTER_NAMES));
    }

    /** Types into an input of the login form; false when the form was drawn anew meanwhile and lost the text. */
    private boolean typed(By input, String text) {
        WebElement field = wait.until(ExpectedConditions.elementToBeClickable(input));
        if (!text.equals(field.getAttribute("value"))) {
            field.clear();
            field.sendKeys(text);
        }
        return text.equals(driver.findElement(input).getAttribute("value"));
    }

    List<String> filterNames() {
        return driver.findElements(FILTER_NAMES).stream().map(Tasklist::ownText).toList();
    }

    void openFilter(String name) {
        WebElement filter = driver.findElements(FILTER_NAMES).stream()
                .filter(link -> ownText(link).equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No Tasklist filter " + name + " among " + filterNames()));
        filter.click();
        wait.until(ExpectedConditions.attributeContains(
                filter.findElement(By.xpath("ancestor::div[contains(@class, 'task-filter')]")), "class", "active"));
        wait.until(driver -> !driver.findElement(LIST_LOADER).isDisplayed()
                && !driver.findElements(By.cssSelector(".tasks-list li.task, .tasks-list .well"))
                        .isEmpty());
    }

    /**
     * Waits for a card whose task name contains the text. A task that an asynchronous step creates may come a moment
     * later: the page is reloaded every few seconds until the card shows or patience runs out.
     */
    void waitForCard(String filter, String text) {
        openFilter(filter);

        new WebDriverWait(driver, PATIENCE, RELOAD)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    Optional<WebElement> card = card(text);
                    if (card.isEmpty()) {
                        driver.navigate().refresh();
                        wait.until(ExpectedConditions.presenceOfElementLocated(FILTER_NAMES));
                        openFilter(filter);
                    }
                    return card.isPresent();
                });
    }

    /** Whether the open filter lists a card whose task name contains the text. */
    boolean showsCard(String text) {
        // wrapped, as a wait takes false for "not yet"
        return wait.until(driver -> Optional.of(card(text).isPresent())).orElseThrow();
    }

    private Optional<WebElement> card(String text) {
        return driver.findElements(CARDS).stream()
                .filter(card -> cardName(card).contains(text))
                .findFirst();
    }

    void waitUntilCardIsGone(String text) {
        wait.until(driver -> card(text).isEmpty());
    }

    /** The name of the task whose card contains the text. */
    String cardName(String text) {
        return onCard(text, Tasklist::cardName);
    }

    /** The columns under the card's name, label to value, those folded away included. */
    Map<String, String> cardColumns(String text) {
        return onCard(text, this::columns);
    }

    /** Opens the task of the ticket's card and waits for its form to show the ticket. */
    void openTask(String ticketNo) {
        onCard(ticketNo, card -> {
            card.findElement(By.cssSelector("h4.task a")).click();
            return true;
        });

        wait.until(driver -> ticketNo.equals(field("ticketNo").getAttribute("value")));
    }

    private <T> T onCard(String text, Function<WebElement, T> action) {
        return wait.until(driver -> card(text).map(action).orElse(null));
    }

    private static String cardName(WebElement card) {
        return card.findElement(By.cssSelector("h4.task a")).getText().strip();
    }

    private Map<String, String> columns(WebElement card) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (WebElement item : card.findElements(By.cssSelector(".variable-item"))) {
            String label = textContent(item.findElement(By.cssSelector(".variable-label")));
            String value = textContent(item.findElement(By.cssSelector(".variable-value")));
            columns.put(label.replaceAll("[:：]$", ""), value);
        }
        return columns;
    }

    /** The words of Tasklist's own controls around an open task: sorting, claim and complete. */
    List<String> ownWords() {
        return List.of(
                textContent(driver.findElement(By.cssSelector(".sort-by"))),
                textContent(driver.findElement(CLAIM)),
                textContent(driver.findElement(COMPLETE)));
    }

    String formText() {
        return driver.findElement(FORM).getText();
    }

    String value(String key) {
        return field(key).getAttribute("value");
    }

    void claim() {
        click(wait.until(ExpectedConditions.elementToBeClickable(CLAIM)));

        wait.until(ExpectedConditions.invisibilityOfElementLocated(CLAIM));
    }

    /** Picks a radio option of the field by its label. */
    void choose(String key, String option) {
        WebElement choice =
                driver.findElements(By.cssSelector("label:has(> input[id*='-field-" + key + "-'])")).stream()
                        .filter(label -> label.getText().strip().equals(option))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("No option " + option + " for " + key));

        click(choice);
    }

    void type(String key, String text) throws InterruptedException {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field(key)));
        scrollTo(input);

        input.sendKeys(text);
        Thread.sleep(FORM_JS_DEBOUNCE.toMillis());
    }

    void complete() {
        click(driver.findElement(COMPLETE));
    }

    /** form-js's message under the field, empty while the field is valid. */
    String error(String key) {
        return driver.findElements(By.cssSelector("[id$='-field-" + key + "-error-message']")).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("");
    }

    void dismissNotifications() {
        driver.findElements(By.cssSelector(".page-notifications button.close")).stream()
                .filter(WebElement::isDisplayed)
                .forEach(WebElement::click);
        wait.until(driver -> driver.findElements(By.cssSelector(".page-notifications .alert")).stream()
                .noneMatch(WebElement::isDisplayed));
    }

    void screenshot(String step) {
        // the pointer left on a filter or a button would leave its tooltip over the picture
        new Actions(driver).moveToLocation(0, 0).perform();
        try {
            Files.createDirectories(screenshots);
            Path shot =
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(
                    shot,
                    screenshots.resolve("%02d-%s.png".formatted(++shots, step)),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='-field-" + key + "']")));
    }

    /** Tasklist's footer and notifications may cover a button at the bottom edge: bring it to the middle first. */
    private void click(WebElement element) {
        scrollTo(element);
        element.click();
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private String textContent(WebElement element) {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("return arguments[0].textContent;", element))
                .strip();
    }

    /** A filter's name without the task count that Tasklist puts beside the open filter. */
    private static String ownText(WebElement link) {
        return link.getAttribute("textContent").strip().replaceAll("\\s*\\d+$", "");
    }
}
