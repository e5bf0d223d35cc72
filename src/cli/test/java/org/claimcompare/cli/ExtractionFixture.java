package org.claimcompare.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An invented article with its attribution gold in both forms, offsets in code points (an emoji
 * makes the last ones differ from UTF-16): PolNeAR's gold.jsonl, and the brat file it derives from.
 */
final class ExtractionFixture {
  static final String ARTICLE = "Mayor Ana Costa said the bridge would reopen in spring.\n\n“We will not raise taxes"
      + " this year,” Costa told reporters. “The budget is balanced.”\n\nThe treasurer, Tom Reyes, warned that revenue"
      + " could fall sharply next year.\n\nHe added: “Nobody 😀 should panic.”\n";
  static final String GOLD_LINES = Cli.lines(
      "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"indirect\", \"start\": 21, \"end\": 54, \"text\": \"the"
          + " bridge would reopen in spring\", \"speaker\": \"Mayor Ana Costa\", \"cue\": \"said\", \"attr\": \"E1\"}",
      "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"direct\", \"start\": 57, \"end\": 141, \"fragments\":"
          + " [[57, 93], [116, 141]], \"text\": \"“We will not raise taxes this year,” Costa told reporters. “The budget"
          + " is balanced.”\", \"speaker\": \"Costa\", \"cue\": \"told\", \"attr\": \"E2\"}",
      "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"indirect\", \"start\": 176, \"end\": 217, \"text\":"
          + " \"that revenue could fall sharply next year\", \"speaker\": \"The treasurer, Tom Reyes\", \"cue\":"
          + " \"warned\", \"attr\": \"E3\"}",
      "{\"doc\": \"a.txt\", \"type\": \"content\", \"class\": \"direct\", \"start\": 230, \"end\": 254, \"text\":"
          + " \"“Nobody 😀 should panic.”\", \"speaker\": \"He\", \"cue\": \"added:\", \"attr\": \"E4\"}",
      "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 58, \"end\": 92, \"text\": \"We will not raise taxes this"
          + " year,\", \"speaker\": \"Costa\", \"attr\": \"E2\", \"attr_class\": \"direct\", \"unclosed\": false}",
      "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 117, \"end\": 140, \"text\": \"The budget is balanced.\","
          + " \"speaker\": \"Costa\", \"attr\": \"E2\", \"attr_class\": \"direct\", \"unclosed\": false}",
      "{\"doc\": \"a.txt\", \"type\": \"direct\", \"start\": 231, \"end\": 253, \"text\": \"Nobody 😀 should panic.\","
          + " \"speaker\": \"He\", \"attr\": \"E4\", \"attr_class\": \"direct\", \"unclosed\": false}");
  static final String ANN = Cli.lines(
      "T1\tSource 0 15\tMayor Ana Costa",
      "T2\tCue 16 20\tsaid",
      "T3\tContent 21 54\tthe bridge would reopen in spring",
      "T4\tSource 94 99\tCosta",
      "T5\tCue 100 104\ttold",
      "T6\tContent 57 93;116 141\t“We will not raise taxes this year,” “The budget is balanced.”",
      "T7\tSource 143 167\tThe treasurer, Tom Reyes",
      "T8\tCue 169 175\twarned",
      "T9\tContent 176 217\tthat revenue could fall sharply next year",
      "T10\tSource 220 222\tHe",
      "T11\tCue 223 229\tadded:",
      "T12\tContent 230 254\t“Nobody 😀 should panic.”",
      "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
      "E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6",
      "E3\tAttribution:T8 Source:T7 Cue:T8 Content:T9",
      "E4\tAttribution:T11 Source:T10 Cue:T11 Content:T12");

  private ExtractionFixture() {}

  /** Writes the folder: articles/a.txt, and gold.jsonl and/or ann/a.ann. */
  static Path folder(Path dir, boolean goldLines, boolean brat) {
    write(dir.resolve("articles/a.txt"), ARTICLE);
    if (goldLines) {
      write(dir.resolve("gold.jsonl"), GOLD_LINES);
    }
    if (brat) {
      write(dir.resolve("ann/a.ann"), ANN);
    }
    return dir;
  }

  /** Writes a file, making its folder first. */
  static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Cli.write(file, text);
  }
}
