package org.nurture.channel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nurture.NurtureApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A parent's conversation in the web chat, in headless Chromium against the whole
 * application on a fresh in-memory database. Uses Debian's chromium and chromedriver, so
 * Selenium never downloads a browser.
 */
@SpringBootTest(classes = NurtureApplication.class, webEnvironment = RANDOM_PORT,
		properties = { "spring.r2dbc.url=r2dbc:h2:mem:///webchat-browser-tests;DB_CLOSE_DELAY=-1",
				"spring.flyway.url=jdbc:h2:mem:webchat-browser-tests;DB_CLOSE_DELAY=-1" })
class WebChatBrowserTests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final By BOT_MESSAGE = By.cssSelector("[data-testid=bot-message]");

	private static final By USER_MESSAGE = By.cssSelector("[data-testid=user-message]");

	private static final By CHOICE = By.cssSelector("[data-testid=choice-button]");

	private static final By TYPING = By.cssSelector("[data-testid=typing-indicator]");

	private static final By ERROR = By.cssSelector("[data-testid=error-message]");

	private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

	private WebDriver browser;

	private WebDriverWait wait;

	@LocalServerPort
	private int port;

	@BeforeEach
	void startBrowser(@TempDir Path profile) {
		requireBrowser();
		// Debian's Chromium is newer than the DevTools protocols Selenium ships; this
		// test uses none of them.
		SELENIUM_LOG.setLevel(Level.SEVERE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=390,844", "--user-data-dir=" + profile);
		this.browser = new ChromeDriver(service, options);
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void parentChatsByTappingAndTypingAndTheConversationSurvivesAReload() {
		this.browser.get("http://localhost:" + this.port + "/");
		assertThat(this.browser.getTitle()).isEqualTo("Nurture - infant massage help");

		List<String> menu = exchange(() -> choice("Menu").click());
		assertThat(menu).isNotEmpty();
		WebElement firstChoice = this.wait.until(ExpectedConditions.elementToBeClickable(CHOICE));
		String label = firstChoice.getText();

		assertThat(exchange(firstChoice::click)).isNotEmpty();
		assertThat(texts(USER_MESSAGE)).last().asString().contains(label);

		WebElement input = this.browser.findElement(By.cssSelector("[data-testid=chat-input]"));
		List<String> oilAnswer = exchange(() -> input.sendKeys("wat oil shud i use", Keys.ENTER));
		assertThat(String.join("\n", oilAnswer)).containsIgnoringCase("sunflower");

		List<String> botBefore = texts(BOT_MESSAGE);
		List<String> userBefore = texts(USER_MESSAGE);
		this.browser.navigate().refresh();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(BOT_MESSAGE, botBefore.size()));
		assertThat(texts(BOT_MESSAGE)).isEqualTo(botBefore);
		assertThat(texts(USER_MESSAGE)).isEqualTo(userBefore);

		this.browser.findElement(By.cssSelector("[data-testid=new-conversation]")).click();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(BOT_MESSAGE, 0));
		assertThat(this.browser.findElements(USER_MESSAGE)).isEmpty();
		assertThat(choice("Menu").isDisplayed()).isTrue();
	}

	/**
	 * Does what the parent does, then waits for Nurture's answer and returns the new bot
	 * messages.
	 */
	private List<String> exchange(Runnable parentAction) {
		int before = this.browser.findElements(BOT_MESSAGE).size();
		parentAction.run();
		this.wait.until(
				(driver) -> driver.findElements(BOT_MESSAGE).size() > before || !driver.findElements(ERROR).isEmpty());
		assertThat(texts(ERROR)).as("errors the page shows").isEmpty();
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(TYPING));
		List<String> all = texts(BOT_MESSAGE);
		return all.subList(before, all.size());
	}

	private WebElement choice(String label) {
		return this.wait.until((driver) -> driver.findElements(CHOICE)
			.stream()
			.filter((button) -> button.getText().equals(label))
			.findFirst()
			.orElse(null));
	}

	private List<String> texts(By locator) {
		return this.browser.findElements(locator).stream().map(WebElement::getText).collect(Collectors.toList());
	}

	private static void requireBrowser() {
		String missing = Stream.of(CHROMIUM, CHROMEDRIVER)
			.filter((path) -> !Files.isExecutable(path))
			.map(Path::toString)
			.collect(Collectors.joining(" and "));
		if (missing.isEmpty()) {
			return;
		}
		String reason = "The web chat browser test needs " + missing
				+ " (Debian packages chromium and chromium-driver; .ci/run installs them)";
		if ("true".equals(System.getenv("CI")) || Boolean.getBoolean("nurture.browser-tests.required")) {
			fail(reason + ", and browser tests are required here (CI=true or -Dnurture.browser-tests.required=true)");
		}
		Assumptions.abort(reason + "; skipping it");
	}

}
