package org.claimcompare.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML report of the seeds, written by the packaged jar as the README runs it ({@code java -jar
 * target/claimcompare-cli.jar report seeds --format html --out report.html}), looked at in a real
 * headless Chromium as a person would: the three renderings of Putin's "bunch / gang / clique" in
 * one statement with the three words in one column, the legend, the filters, the sortable index,
 * and no console error. It saves two screenshots for people to look at, {@code
 * target/browser/seeds-report.png} (the top of the page) and {@code seeds-report-statement.png} (the
 * first statement; the README's {@code docs/report.png} is a copy). Runs after {@code package} (Failsafe).
 */
class ReportBrowserIT {
  private static final Path JAR = Path.of(System.getProperty("claimcompare.cli.jar", "target/claimcompare-cli.jar"));

  @TempDir static Path dir;
  private static Path report;

  @BeforeAll
  static void writeTheReport() throws IOException, InterruptedException {
    report = dir.resolve("report.html");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString(), "report", "seeds", "--format", "html", "--out", report.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(p.exitValue()).isZero();
    assertThat(report).isRegularFile();
  }

  @Test
  void showsGangCliqueAndBunchInOneColumnOfOneStatement() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      WebDriver page = browser.open(report).driver();

      WebElement statement = page.findElements(By.cssSelector("section.statement")).stream()
          .filter(s -> s.findElement(By.cssSelector("p.representative")).getText().contains("drug addicts"))
          .findFirst().orElseThrow();
      List<WebElement> rows = statement.findElements(By.cssSelector("table.alignment tr"));
      List<String> first = cells(rows.get(0));
      int column = first.indexOf("bunch") >= 0 ? first.indexOf("bunch") : first.indexOf("gang");
      assertThat(column).as("bunch or gang in the representative's row %s", first).isNotNegative();
      assertThat(rows.stream().map(r -> cells(r).get(column)).toList()).containsExactlyInAnyOrder("bunch", "gang", "clique");
      assertThat(statement.findElements(By.cssSelector("ol.renderings > li"))).hasSize(3);
      WebElement gang = statement.findElements(By.cssSelector("td.cell")).stream()
          .filter(c -> c.getText().equals("gang") || c.getText().equals("bunch"))
          .filter(c -> c.getAttribute("class").contains("matched")).findFirst().orElseThrow();
      assertThat(gang.getAttribute("class")).contains("synonym");
      assertThat(gang.getAttribute("title")).contains("synonym");
      assertThat(browser.consoleErrors()).isEmpty();
      browser.screenshot("seeds-report");
      ((JavascriptExecutor) page).executeScript("window.scrollTo(0, arguments[0].offsetTop - 70)", statement);
      browser.screenshot("seeds-report-statement");
    }
  }

  @Test
  void showsTheLegendTheFiguresAndTheIndex() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      WebDriver page = browser.open(report).driver();

      WebElement legend = page.findElement(By.id("legend"));
      assertThat(legend.isDisplayed()).isTrue();
      assertThat(legend.getText()).contains("exact", "alias", "synonym", "related", "replaced", "added", "moved");
      assertThat(page.findElement(By.id("matrix")).findElements(By.tagName("circle"))).hasSizeGreaterThanOrEqualTo(9);
      assertThat(page.findElement(By.id("sizes")).findElements(By.tagName("rect"))).isNotEmpty();
      assertThat(page.findElements(By.cssSelector("#statement-index tbody tr"))).hasSize(4);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void filtersStatementsByArticlesAndBySpeaker() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      WebDriver page = browser.open(report).driver();

      WebElement min = page.findElement(By.id("min-articles"));
      min.clear();
      min.sendKeys("3");
      assertThat(visibleStatements(page)).hasSize(3);
      assertThat(page.findElement(By.id("shown")).getText()).isEqualTo("3 of 4 statements shown");

      min.clear();
      min.sendKeys("2");
      new Select(page.findElement(By.id("speaker"))).selectByVisibleText("Dmitry Peskov");
      assertThat(visibleStatements(page)).singleElement().asString().contains("delegation to Minsk");
      assertThat(page.findElements(By.cssSelector("#statement-index tbody tr")).stream().filter(WebElement::isDisplayed))
          .hasSize(1);

      new Select(page.findElement(By.id("speaker"))).selectByVisibleText("all speakers");
      assertThat(visibleStatements(page)).hasSize(4);
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  @Test
  void sortsTheIndexByAColumnWhenItsHeadingIsClicked() {
    try (HeadlessBrowser browser = HeadlessBrowser.start()) {
      WebDriver page = browser.open(report).driver();
      By numbers = By.cssSelector("#statement-index tbody tr td:first-child");

      page.findElement(By.xpath("//table[@id='statement-index']//th[.='Renderings']")).click();
      assertThat(page.findElements(numbers).stream().map(WebElement::getText).toList()).containsExactly("4", "1", "3", "2");
      page.findElement(By.xpath("//table[@id='statement-index']//th[.='Renderings']")).click();
      assertThat(page.findElements(numbers).stream().map(WebElement::getText).toList()).containsExactly("2", "1", "3", "4");
      assertThat(browser.consoleErrors()).isEmpty();
    }
  }

  private static List<String> cells(WebElement row) {
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  private static List<String> visibleStatements(WebDriver page) {
    return page.findElements(By.cssSelector("section.statement")).stream().filter(WebElement::isDisplayed)
        .map(s -> s.findElement(By.tagName("h2")).getText() + " " + s.findElement(By.cssSelector("p.representative")).getText())
        .toList();
  }
}
