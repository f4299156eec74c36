package local.servicedesk.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, which listens on loopback only: nothing is downloaded at
 * run time. Each browser asks for Chinese pages, lives in the time zone the test names and gets a fresh profile
 * under {@code target/}, removed when it closes.
 */
public final class HeadlessChromium implements AutoCloseable {

    /** Where browser tests keep their screenshots, as build artifacts. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    private HeadlessChromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    public static HeadlessChromium start(ZoneId zone) {
        for (String program : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: see src/test/scripts/ensure-chromium.sh");
            }
        }
        Path profile = freshProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .withEnvironment(Map.of("TZ", zone.getId()))
                .build();

        return new HeadlessChromium(profile, new ChromeDriver(service, options(profile)));
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as a PNG file, creating its folder. */
    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath(),
                "--accept-lang=zh-CN",
                "--lang=zh-CN",
                "--window-size=1400,1200");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        return options;
    }

    private static Path freshProfile() {
        try {
            Path parent = Files.createDirectories(Path.of("target", "chromium-profiles"));
            return Files.createTempDirectory(parent, "profile-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
