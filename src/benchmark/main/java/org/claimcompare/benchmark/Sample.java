package org.claimcompare.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Writes samples of the scale corpus made of whole groups: claims for {@code cluster} and their
 * gold groups.
 *
 * <pre>{@code
 * java -cp ... org.claimcompare.benchmark.Sample [--exclude GOLD] DATA_FILE SEED OUT_DIR SIZE...
 * }</pre>
 *
 * <p>{@code DATA_FILE} is the gzip-compressed {@code group_id<TAB>text} corpus. The group ids are
 * sorted and shuffled with {@code new Random(SEED)}; a sample of {@code SIZE} takes all lines of the
 * first groups in that order until it holds at least {@code SIZE} lines ({@code all}: every line),
 * so with one seed the smaller samples are part of the larger. For each size it writes {@code
 * OUT_DIR/sample-SIZE.jsonl}, one {@code {"id": "w<line number>", "text": ...}} a line in the
 * corpus's order (line numbers count from 0, as in the corpus's README), and {@code
 * OUT_DIR/sample-SIZE.gold}, {@code id<TAB>group_id} a line. The same arguments write the same
 * bytes. {@code --exclude GOLD} leaves out the groups of a gold file written before, so that a sample
 * for tuning shares no group with the samples measured.
 */
public final class Sample {
  private Sample() {}

  /**
   * Writes the samples.
   *
   * @param args {@code [--exclude GOLD] DATA_FILE SEED OUT_DIR SIZE...}
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Set<String> excluded = new HashSet<>();
    if (args.length > 1 && args[0].equals("--exclude")) {
      for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
        excluded.add(line.substring(line.indexOf('\t') + 1));
      }
      args = Arrays.copyOfRange(args, 2, args.length);
    }
    if (args.length < 4) {
      System.err.println("usage: Sample [--exclude GOLD] DATA_FILE SEED OUT_DIR SIZE..."
          + " (SIZE: a number of lines, or all)");
      System.exit(2);
    }
    Corpus corpus = Corpus.read(Path.of(args[0]));
    List<Integer> order = corpus.shuffledGroups(Long.parseLong(args[1]));
    order.removeIf(g -> excluded.contains(corpus.groupNames.get(g)));
    Path outDir = Path.of(args[2]);
    Files.createDirectories(outDir);
    for (int i = 3; i < args.length; i++) {
      int size = args[i].equals("all") ? corpus.texts.size() : Integer.parseInt(args[i]);
      boolean[] chosen = corpus.firstGroups(order, size);
      int lines = corpus.write(chosen, outDir.resolve("sample-" + args[i] + ".jsonl"),
          outDir.resolve("sample-" + args[i] + ".gold"));
      System.err.printf("sample-%s: %d lines%n", args[i], lines);
    }
  }

  /** The corpus held in memory: each line's text and group. */
  private static final class Corpus {
    final List<String> texts = new ArrayList<>();
    final List<Integer> groupOfLine = new ArrayList<>();
    final List<String> groupNames = new ArrayList<>();
    final List<Integer> groupSizes = new ArrayList<>();

    static Corpus read(Path file) throws IOException {
      Corpus corpus = new Corpus();
      Map<String, Integer> groupIndex = new HashMap<>();
      try (BufferedReader in = new BufferedReader(new InputStreamReader(
          new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          int tab = line.indexOf('\t');
          if (tab <= 0) {
            throw new IOException(String.format("%s line %d: expected group_id<TAB>text, found no group id",
                file, corpus.texts.size() + 1));
          }
          Integer group = groupIndex.computeIfAbsent(line.substring(0, tab), name -> {
            corpus.groupNames.add(name);
            corpus.groupSizes.add(0);
            return corpus.groupNames.size() - 1;
          });
          corpus.groupSizes.set(group, corpus.groupSizes.get(group) + 1);
          corpus.groupOfLine.add(group);
          corpus.texts.add(line.substring(tab + 1));
        }
      }
      return corpus;
    }

    /** Group indexes sorted by name, then shuffled: independent of the file's line order. */
    List<Integer> shuffledGroups(long seed) {
      List<Integer> order = new ArrayList<>();
      for (int g = 0; g < groupNames.size(); g++) {
        order.add(g);
      }
      order.sort((a, b) -> groupNames.get(a).compareTo(groupNames.get(b)));
      Collections.shuffle(order, new Random(seed));
      return order;
    }

    boolean[] firstGroups(List<Integer> order, int lines) {
      boolean[] chosen = new boolean[groupNames.size()];
      int taken = 0;
      for (int i = 0; i < order.size() && taken < lines; i++) {
        chosen[order.get(i)] = true;
        taken += groupSizes.get(order.get(i));
      }
      return chosen;
    }

    int write(boolean[] chosen, Path claims, Path gold) throws IOException {
      ObjectMapper json = new ObjectMapper();
      int written = 0;
      try (BufferedWriter claimsOut = Files.newBufferedWriter(claims, StandardCharsets.UTF_8);
          BufferedWriter goldOut = Files.newBufferedWriter(gold, StandardCharsets.UTF_8)) {
        for (int line = 0; line < texts.size(); line++) {
          if (chosen[groupOfLine.get(line)]) {
            ObjectNode claim = json.createObjectNode().put("id", "w" + line).put("text", texts.get(line));
            claimsOut.write(json.writeValueAsString(claim));
            claimsOut.write('\n');
            goldOut.write("w" + line + "\t" + groupNames.get(groupOfLine.get(line)) + "\n");
            written++;
          }
        }
      }
      return written;
    }
  }
}
