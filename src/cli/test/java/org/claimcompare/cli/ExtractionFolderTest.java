package org.claimcompare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder of {@code eval extract}, through the command line: what it reads and what it rejects. */
class ExtractionFolderTest {
  @TempDir Path dir;

  private Cli.Result eval(Path folder, String... options) {
    String[] args = new String[3 + options.length];
    args[0] = "eval";
    args[1] = "extract";
    args[2] = folder.toString();
    System.arraycopy(options, 0, args, 3, options.length);
    return Cli.run("", args);
  }

  private static String problem(String message) {
    return "claimcompare eval: " + message + System.lineSeparator();
  }

  @Test
  void readsTheSameGoldFromGoldLinesAndFromBrat() {
    Path both = ExtractionFixture.folder(dir, true, true);

    Cli.Result lines = eval(both);
    Cli.Result brat = eval(both, "--gold", "brat");

    assertThat(lines.err()).isEmpty();
    assertThat(brat.err()).isEmpty();
    assertThat(brat.out()).isEqualTo(lines.out());
  }

  @Test
  void readsBratWhenThereIsNoGoldLinesFile() {
    Cli.Result r = eval(ExtractionFixture.folder(dir, false, true));

    assertThat(r.status()).isZero();
    assertThat(r.out()).containsPattern("\nquotes +3 +3 ");
  }

  @Test
  void rejectsAMissingFolder() {
    Path missing = dir.resolve("nowhere");

    assertThat(eval(missing).err()).isEqualTo(problem(missing
        + ": no such folder; expected a folder with articles/ and gold.jsonl or ann/"));
  }

  @Test
  void rejectsAFolderWithoutArticles() {
    Cli.write(dir.resolve("gold.jsonl"), ExtractionFixture.GOLD_LINES);

    Cli.Result r = eval(dir);

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(problem(dir + ": no articles/ folder: expected the articles as "
        + dir.resolve("articles") + "/NAME.txt"));
  }

  @Test
  void rejectsAFolderWithoutGold() {
    ExtractionFixture.folder(dir, false, false);

    assertThat(eval(dir).err()).isEqualTo(problem(dir + ": no gold: expected " + dir.resolve("gold.jsonl")
        + " or brat files " + dir.resolve("ann") + "/NAME.ann"));
  }

  @Test
  void rejectsAMalformedGoldLineNamingFileAndLine() {
    ExtractionFixture.folder(dir, false, false);
    ExtractionFixture.write(dir.resolve("gold.jsonl"), ExtractionFixture.GOLD_LINES + "{\"doc\": \"a.txt\"}\n");

    assertThat(eval(dir).err()).isEqualTo(problem(dir.resolve("gold.jsonl")
        + ": line 8: field \"type\" must be \"direct\" or \"content\", got nothing"));
  }

  @Test
  void rejectsOffsetsOutsideTheArticle() {
    ExtractionFixture.folder(dir, false, false);
    ExtractionFixture.write(dir.resolve("gold.jsonl"), "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 250,"
        + " \"end\": 300, \"text\": \"x\"}\n");

    assertThat(eval(dir).err()).isEqualTo(problem(dir.resolve("gold.jsonl") + ": line 1: \"start\" 250 and \"end\""
        + " 300 must be offsets within the article (0 to 255 code points), the start not after the end"));
  }

  @Test
  void rejectsABratFileWhoseTextIsNotTheArticles() {
    ExtractionFixture.folder(dir, false, false);
    ExtractionFixture.write(dir.resolve("ann/a.ann"), ExtractionFixture.ANN.replace("Mayor Ana Costa", "Mayor Ana Cost"));

    assertThat(eval(dir).err()).isEqualTo(problem(dir.resolve("ann/a.ann") + ": line 1: T1: text \"Mayor Ana Cost\""
        + " does not match the article at 0 15 (code points), which reads \"Mayor Ana Costa\""));
  }

  @Test
  void rejectsAMissingBratFileAndOneWithoutItsArticle() {
    ExtractionFixture.folder(dir, false, true);
    ExtractionFixture.write(dir.resolve("articles/b.txt"), "Nothing said.");
    ExtractionFixture.write(dir.resolve("ann/c.ann"), "");

    assertThat(eval(dir).err()).isEqualTo(problem(dir.resolve("ann/b.ann")
        + ": missing: every article needs its brat file") + problem(dir.resolve("ann/c.ann") + ": no article "
        + dir.resolve("articles/c.txt")));
  }
}
