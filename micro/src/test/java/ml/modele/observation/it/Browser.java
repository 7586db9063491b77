package ml.modele.observation.it;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from Debian's packages, driven through its own chromedriver. */
final class Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private Browser() {
    }

    static ChromeDriver start() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=fr-FR",
                "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("observation-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Logs in through the login page at {@code base} and waits for the dashboard, where the
     * platform sends every role after a successful login.
     */
    static void logIn(WebDriver driver, URI base, String username, String password) {
        driver.get(base.resolve("login.xhtml").toString());
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(password);
        driver.findElement(By.id("login:submit")).click();
        waitForTitle(driver, "Tableau de bord");
    }

    /**
     * Waits until the page title reads {@code title}. A click that loads a new page leaves the
     * old title element stale for a moment, so reading it at once is a race.
     */
    static void waitForTitle(WebDriver driver, String title) {
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBe(By.id("pageTitle"), title));
    }

    /**
     * Waits up to 30 seconds until the page's visible text contains {@code text}, with no-break
     * spaces read as spaces, and fails with the end of the page's text otherwise.
     */
    static void waitForText(WebDriver driver, String text) {
        String body = "";
        for (int i = 0; i < 300; i++) {
            body = visibleText(driver);
            if (body.contains(text)) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("page does not show: " + text + "\n"
                + body.substring(Math.max(0, body.length() - 4000)));
    }

    /** Returns the page's visible text, or an empty text while a new page replaces it. */
    static String visibleText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText().replace('\u00A0', ' ');
        } catch (StaleElementReferenceException e) {
            return "";
        }
    }
}
