package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser that the HTML report's tests look through, on the hand-written pages in
 * {@code browser/}: what it reads, clicks and saves, the console errors it catches, and what it
 * does where there is no browser. Runs with Failsafe, once, beside the report's own browser test.
 */
class HeadlessBrowserIT {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static Path fixture(String name) {
    try {
      return Path.of(HeadlessBrowserIT.class.getResource("browser/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsThePageAndClicksItsButton() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      browser.open(fixture("page.html"));

      assertThat(browser.driver().getTitle()).isEqualTo("HeadlessBrowser fixture");
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Kyiv’s claim, in one page");
      browser.driver().findElement(By.id("more")).click();
      browser.driver().findElement(By.id("more")).click();
      new WebDriverWait(browser.driver(), HeadlessBrowser.TIMEOUT)
          .until(ExpectedConditions.textToBe(By.id("count"), "2"));
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void savesWhatThePageShowsAsPngOfTheViewportsSize() throws IOException {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      Path png = browser.open(fixture("page.html")).screenshot("headless-browser-fixture");

      assertThat(png).isRegularFile().hasFileName("headless-browser-fixture.png");
      try (InputStream in = Files.newInputStream(png)) {
        assertThat(in.readNBytes(PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
      }
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(HeadlessBrowser.VIEWPORT.getWidth());
      assertThat(image.getHeight()).isEqualTo(HeadlessBrowser.VIEWPORT.getHeight());
    }
  }

  @Test
  void catchesConsoleErrorsUncaughtExceptionsAndWhatNeedsTheNetwork() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      assertThat(browser.open(fixture("console-error.html")).consoleErrors())
          .singleElement().asString().contains("the fixture's deliberate console error");
      assertThat(browser.open(fixture("uncaught-exception.html")).consoleErrors())
          .singleElement().asString().contains("the fixture's deliberate exception");
      assertThat(browser.open(fixture("remote-resource.html")).consoleErrors())
          .singleElement().asString().contains("fonts.example.com");
      assertThat(browser.open(fixture("page.html")).consoleErrors()).isEmpty();
    }
  }

  @Test
  void skipsNamingThePackagesWhereChromiumIsMissing(@TempDir Path dir) {
    Path missing = dir.resolve("chromium");

    assertThatThrownBy(() -> HeadlessBrowser.start(missing, missing, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("chromium and chromium-driver")
        .hasMessageContaining(".ci/run");
  }

  @Test
  void failsWhereChromiumIsMissingButRequired(@TempDir Path dir) {
    Path missing = dir.resolve("chromium");

    assertThatThrownBy(() -> HeadlessBrowser.start(missing, missing, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("chromium and chromium-driver")
        .hasMessageContaining(HeadlessBrowser.REQUIREMENT + "=required");
  }

  @Test
  void failsWhereRequiredAndTheBrowserDoesNotStart() {
    HeadlessBrowser.start().close();
    Path chromedriver = HeadlessBrowser.locate(HeadlessBrowser.CHROMEDRIVER_PROPERTY, "chromedriver");
    Path notABrowser = Path.of("/bin/false");

    assertThatThrownBy(() -> HeadlessBrowser.start(notABrowser, chromedriver, true))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Chromium did not start");
  }
}
