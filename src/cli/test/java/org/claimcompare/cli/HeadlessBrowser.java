package org.claimcompare.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver: for tests that open a local
 * page and check what a person would see. Each instance is one browser with a fresh profile in a
 * temporary folder, a page area of exactly {@link #VIEWPORT} 1400×1000 pixels (so screenshots are
 * the same everywhere) and no network: no host name resolves.
 *
 * <pre>{@code
 * try (HeadlessBrowser browser = HeadlessBrowser.start()) {
 *   browser.open(Path.of("target/report.html"));
 *   assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("…");
 *   browser.screenshot("seeds-report");   // target/browser/seeds-report.png
 *   assertThat(browser.consoleErrors()).isEmpty();
 * }
 * }</pre>
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or {@code chromium} and
 * {@code chromedriver} on the {@code PATH}), or when the browser does not start, {@link #start()}
 * skips the test through a JUnit assumption naming the packages to install; with the environment
 * variable {@value #REQUIREMENT} set to {@code required}, as {@code .ci/run} sets it, it fails the
 * test instead. The system properties {@value #CHROMIUM_PROPERTY} and {@value #CHROMEDRIVER_PROPERTY}
 * name other executables (a path that is no executable file counts as missing).
 *
 * <p>Selenium Manager, which downloads drivers and browsers, never runs: the driver's path is always
 * given explicitly. Every call to the browser is bounded by {@link #TIMEOUT}, so a hung browser
 * fails the test instead of hanging the build.
 *
 * <p>Not thread-safe: one browser per test, or per test class.
 */
final class HeadlessBrowser implements AutoCloseable {
  /** The environment variable that, set to {@code required}, makes a missing browser a failure. */
  static final String REQUIREMENT = "CLAIMCOMPARE_BROWSER_TESTS";
  /** The system property that names another Chromium executable. */
  static final String CHROMIUM_PROPERTY = "claimcompare.browser.chromium";
  /** The system property that names another chromedriver executable. */
  static final String CHROMEDRIVER_PROPERTY = "claimcompare.browser.chromedriver";
  /** The system property that names the folder for screenshots and the driver's log. */
  static final String OUTPUT_PROPERTY = "claimcompare.browser.output";
  /** The longest wait for the driver to start, a page to load or any one command to answer. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The page area's size: the same on every machine, so screenshots compare. */
  static final Dimension VIEWPORT = new Dimension(1400, 1000);

  private static final String PACKAGES =
      "install Debian's chromium and chromium-driver (.ci/run does) to run the browser tests";
  /**
   * Selenium warns at every start that it has no Chrome DevTools Protocol classes for this
   * Chromium's version; nothing here uses them (the console comes through chromedriver's log).
   * Held here because java.util.logging keeps only weak references to loggers.
   */
  private static final Logger CDP_VERSION_FINDER = quiet("org.openqa.selenium.devtools.CdpVersionFinder");

  /**
   * Why each pair of executables that failed to start did, so that a browser that hangs costs the
   * test run one {@link #TIMEOUT}, not one for every test.
   */
  private static final Map<List<Path>, String> FAILED_STARTS = new ConcurrentHashMap<>();

  private final Path profile;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final List<String> consoleErrors = new ArrayList<>();
  private @Nullable String page;

  private HeadlessBrowser(Path chromium, Path chromedriver, Path profile) {
    this.profile = profile;
    this.service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile())
        .usingAnyFreePort()
        .withTimeout(TIMEOUT)
        .withLogFile(output().resolve("chromedriver.log").toFile())
        .withAppendLog(true)
        .build();
    ChromeDriver started = null;
    try {
      started = new ChromeDriver(service, options(chromium, profile),
          ClientConfig.defaultConfig().connectionTimeout(TIMEOUT).readTimeout(TIMEOUT));
      started.manage().timeouts().pageLoadTimeout(TIMEOUT).scriptTimeout(TIMEOUT);
      fitViewport(started);
    } catch (RuntimeException e) {
      if (started != null) {
        try {
          started.quit();
        } catch (RuntimeException quit) {
          e.addSuppressed(quit);
        }
      }
      service.stop();
      throw e;
    }
    this.driver = started;
  }

  /**
   * Starts the browser found at the standard places, or skips the test (fails it where
   * {@value #REQUIREMENT} is {@code required}) when there is none or it does not start.
   */
  static HeadlessBrowser start() {
    return start(
        locate(CHROMIUM_PROPERTY, "chromium"),
        locate(CHROMEDRIVER_PROPERTY, "chromedriver"),
        "required".equals(System.getenv(REQUIREMENT)));
  }

  /**
   * Starts {@code chromium} through {@code chromedriver}; when either is no executable file or the
   * browser does not start, skips the test, or fails it if {@code required}.
   */
  static HeadlessBrowser start(Path chromium, Path chromedriver, boolean required) {
    for (Path p : List.of(chromium, chromedriver)) {
      if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
        throw unavailable("no executable " + p + "; " + PACKAGES, required);
      }
    }
    List<Path> binaries = List.of(chromium, chromedriver);
    String failure = FAILED_STARTS.get(binaries);
    if (failure != null) {
      throw unavailable(failure, required);
    }
    Path profile = temporaryProfile();
    try {
      return new HeadlessBrowser(chromium, chromedriver, profile);
    } catch (WebDriverException e) {
      killBrowserOf(profile);
      delete(profile);
      String cause = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
      failure = "Chromium did not start (" + cause + "); see " + output().resolve("chromedriver.log");
      FAILED_STARTS.put(binaries, failure);
      throw unavailable(failure, required);
    }
  }

  /** The driver, for finding elements, clicking and running scripts. */
  WebDriver driver() {
    return driver;
  }

  /**
   * Opens a local file and waits until it has loaded; from now on {@link #consoleErrors()} reports
   * this page's errors only.
   */
  HeadlessBrowser open(Path file) {
    drainConsole();
    consoleErrors.clear();
    page = file.toAbsolutePath().toUri().toString();
    driver.get(page);
    return this;
  }

  /**
   * The messages of the console's errors since the last {@link #open(Path)}, oldest first: calls
   * to {@code console.error}, uncaught exceptions and resources that failed to load.
   */
  List<String> consoleErrors() {
    drainConsole();
    return List.copyOf(consoleErrors);
  }

  /**
   * Saves what the page area shows, {@link #VIEWPORT} in size, as {@code NAME.png} in the output
   * folder ({@code target/browser/} in the build) and returns its path.
   */
  Path screenshot(String name) {
    Path file = output().resolve(name + ".png");
    try {
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Quits the browser and the driver, and deletes the temporary profile, whatever fails first. */
  @Override
  public void close() {
    RuntimeException failure = attempt(null, driver::quit);
    // Only where quit failed is anything left of the browser.
    failure = attempt(failure, () -> killBrowserOf(profile));
    failure = attempt(failure, service::stop);
    failure = attempt(failure, () -> delete(profile));
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "HeadlessBrowser[" + (page == null ? "no page" : page) + "]";
  }

  /** Runs {@code step}; returns the first failure so far, with any later ones suppressed in it. */
  private static @Nullable RuntimeException attempt(@Nullable RuntimeException failure, Runnable step) {
    try {
      step.run();
      return failure;
    } catch (RuntimeException e) {
      if (failure == null) {
        return e;
      }
      failure.addSuppressed(e);
      return failure;
    }
  }

  private static ChromeOptions options(Path chromium, Path profile) {
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    ChromeOptions options = new ChromeOptions()
        .setBinary(chromium.toFile())
        .addArguments(
            "--headless=new",
            // Root in a container has no sandbox to enter.
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile,
            "--window-size=" + VIEWPORT.getWidth() + "," + VIEWPORT.getHeight(),
            "--force-device-scale-factor=1",
            "--hide-scrollbars",
            "--lang=en-US",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-extensions",
            // Nothing leaves the machine: no update checks, sync or QUIC, and no host name
            // resolves, so a page that needs the network shows it as a console error.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-quic",
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    return options;
  }

  /** Headless Chromium keeps room for window decorations it does not draw: the window grows by that. */
  private static void fitViewport(ChromeDriver driver) {
    List<?> inner = (List<?>) driver.executeScript("return [window.innerWidth, window.innerHeight]");
    int width = ((Number) inner.get(0)).intValue();
    int height = ((Number) inner.get(1)).intValue();
    Dimension window = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(
        window.getWidth() + VIEWPORT.getWidth() - width, window.getHeight() + VIEWPORT.getHeight() - height));
  }

  private void drainConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        consoleErrors.add(entry.getMessage());
      }
    }
  }

  /**
   * The system property's path if it is set; else {@code /usr/bin/NAME} if executable; else the
   * first NAME on the {@code PATH}; else {@code /usr/bin/NAME}, which {@link #start} then reports
   * missing.
   */
  static Path locate(String property, String name) {
    String override = System.getProperty(property);
    if (override != null) {
      return Path.of(override);
    }
    Path standard = Path.of("/usr/bin", name);
    if (Files.isExecutable(standard)) {
      return standard;
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst()
        .orElse(standard);
  }

  private static RuntimeException unavailable(String why, boolean required) {
    if (required) {
      throw new AssertionError(why + " (" + REQUIREMENT + "=required)");
    }
    return Assumptions.abort(why);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  private static Path output() {
    Path dir = Path.of(System.getProperty(OUTPUT_PROPERTY, "target/browser"));
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("claimcompare-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Kills what is left of the browser that uses {@code profile}, children first: its processes are
   * the only ones whose arguments name that folder.
   */
  private static void killBrowserOf(Path profile) {
    String flag = "--user-data-dir=" + profile;
    List<ProcessHandle> browsers = ProcessHandle.allProcesses()
        .filter(p -> p.info().arguments().map(args -> Arrays.asList(args).contains(flag)).orElse(false))
        .toList();
    for (ProcessHandle browser : browsers) {
      browser.descendants().forEach(ProcessHandle::destroyForcibly);
      browser.destroyForcibly();
    }
    for (ProcessHandle browser : browsers) {
      try {
        browser.onExit().get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while Chromium exits: " + browser.pid(), e);
      } catch (ExecutionException | TimeoutException e) {
        throw new IllegalStateException("Chromium did not exit: " + browser.pid(), e);
      }
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete the browser's profile " + dir, e);
    }
  }
}
