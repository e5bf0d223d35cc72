package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimcompare.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extract, report and eval extract read as articles. */
class ArticleFilesTest {
  @TempDir Path dir;

  @Test
  void readsTextAsItIsAndAPageAsTheTextTakenOutOfIt() throws IOException {
    Cli.write(dir.resolve("a.txt"), "“We will not give up,” the mayor said.\r\n");
    Files.write(dir.resolve("b.html"), HtmlTextTest.fixture("city-hall.html"));

    List<ArticleFiles.ArticleFile> files = ArticleFiles.readFiles(List.of(dir));

    assertThat(files).extracting(ArticleFiles.ArticleFile::format)
        .containsExactly(ArticleFormat.TEXT, ArticleFormat.HTML);
    assertThat(files.get(0).article()).isEqualTo(new Article("a.txt", "“We will not give up,” the mayor said.\r\n"));
    assertThat(files.get(1).article().text()).startsWith("Mayor vows city will rebuild after flood & storm\n\n")
        .doesNotContain("<", "tracker");
    assertThat(ArticleFiles.read(List.of(dir))).extracting(Article::source).containsExactly("a.txt", "b.html");
  }

  @Test
  void namesTheFileOfEveryProblem() throws IOException {
    Path pdf = Files.write(dir.resolve("a.pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});
    Path page = Cli.write(dir.resolve("b.html"), "<nav>Home</nav>");
    Path missing = dir.resolve("c.txt");

    assertThatThrownBy(() -> ArticleFiles.read(List.of(pdf, page, missing)))
        .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.problems()).hasSize(3)
            .anySatisfy(p -> assertThat(p).startsWith(pdf + ": a PDF document"))
            .anySatisfy(p -> assertThat(p).startsWith(page + ": no article text"))
            .anySatisfy(p -> assertThat(p).contains(missing.toString())));
  }

  @Test
  void findsJsoupOnTheClassPath() {
    assertThat(ArticleFiles.jsoupPresent()).isTrue();
  }
}
