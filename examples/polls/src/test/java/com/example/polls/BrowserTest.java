package com.example.polls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jango.contrib.auth.hashers.PasswordHashers;
import dev.jango.db.DatabaseConfig;
import dev.jango.server.jetty.JettyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real browser (Debian's headless Chromium driven by Selenium through /usr/bin/chromedriver) logs in as staff,
 * adds a question, votes and sees the results. The screenshot is kept in target/screenshots/.
 */
class BrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dir;
    JettyServer server;
    WebDriver browser;

    @BeforeEach
    void start() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have Chromium: apt-get install chromium chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed: apt-get install chromium chromium-driver, "
                + "or run: bash .ci/run");
        PollsApp polls = new PollsApp(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("polls").toAbsolutePath()),
                Map.of("JANGO_DEBUG", "false", "JANGO_SECRET_KEY", "browser-secret"), PasswordHashers.forTests());
        server = JettyServer.builder(polls.app()).host("127.0.0.1").port(0)
                .banner(line -> {}).build().start();
        polls.users().createStaff("editor", "correct horse");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1000,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void staff_adds_a_question_then_a_visitor_votes_and_sees_the_results() throws Exception {
        String base = "http://127.0.0.1:" + server.port();
        browser.get(base + "/staff/questions/add/");
        assertThat(browser.getCurrentUrl()).contains("/accounts/login/?next=");
        browser.findElement(By.name("username")).sendKeys("editor");
        browser.findElement(By.name("password")).sendKeys("correct horse");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        awaitUrl(url -> !url.contains("/accounts/login/") && url.endsWith("/staff/questions/add/"),
                "the add page after logging in");
        browser.findElement(By.id("id_question")).sendKeys("Which browser?");
        browser.findElement(By.id("id_choice1")).sendKeys("Chromium");
        browser.findElement(By.id("id_choice2")).sendKeys("Firefox");
        browser.findElement(By.cssSelector("main button[type=submit]")).click(); // not the header's "Log out"
        awaitUrl(url -> !url.endsWith("/staff/questions/add/"), "the page after adding the question");
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("Question added.");

        browser.findElement(By.xpath("//label[text()='Chromium']")).click();
        browser.findElement(By.cssSelector("main input[type=submit]")).click();
        awaitUrl(url -> url.contains("/results/"), "the results page after voting");
        String results = browser.findElement(By.tagName("main")).getText();
        assertThat(results).contains("Which browser?", "Chromium -- 1 vote", "Firefox -- 0 votes");
        assertThat(browser.findElement(By.cssSelector(".messages")).getText()).contains("Thanks for voting!");
        String font = browser.findElement(By.cssSelector("body")).getCssValue("font-family");
        assertThat(font).as("the hashed stylesheet loaded").contains("system-ui");

        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve("polls-results.png"), png);
        assertThat(png.length).isGreaterThan(1000);
    }

    /**
     * Wait until the browser's address satisfies {@code condition}: a click that submits a form returns before the
     * next page replaces the old one, and reading the old page's elements then fails as stale.
     */
    private void awaitUrl(java.util.function.Predicate<String> condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.test(browser.getCurrentUrl())) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 10 s for " + what + "; the browser is at " + browser.getCurrentUrl());
            }
            Thread.sleep(20);
        }
    }
}
