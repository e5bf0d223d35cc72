package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcompare.Similarity;
import org.claimcompare.eval.JsonForms;
import org.claimcompare.score.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code score}: pairs of renderings in, scores out in input order, each answered as soon as its
 * line is read (see {@link Main#answerEach}), so that another program can keep one process, with
 * its lexical resources loaded, and send it pairs one at a time.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Score the similarity of pairs of renderings.",
      "In: one pair per line, {\"id\": string, \"a\": string, \"b\": string}.",
      "Out: {\"id\": string, \"score\": number} per pair, in input order; with --calibration for pairs,"
          + " also \"match\": whether the score reaches the calibrated threshold.",
      "Each pair is answered as soon as its line is read, and standard output is flushed after each answer:"
          + " a program may keep the process running, write a line and read its answer. On standard output"
          + " the first invalid line ends the run (status 2), the answers before it standing; with --out,"
          + " every invalid line is listed and no file is written."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Mixin IoOptions io;

  @Mixin SemanticOptions semantic;

  @Option(names = "--explain",
      description = "Add the alignment: matched word pairs with their type and contribution, unmatched words, and the guards that fired.")
  boolean explain;

  @Override
  public Integer call() {
    semantic.check(main);
    Scorer scorer = semantic.pairScorer();
    Optional<Double> match = semantic.matchThreshold();
    main.answerEach("score", io, SCHEMA, line -> JsonLines.line(answer(scorer, match, line.json())));
    return 0;
  }

  private ObjectNode answer(Scorer scorer, Optional<Double> match, ObjectNode pair) {
    Similarity s = scorer.similarity(pair.get("a").asText(), pair.get("b").asText());
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("id", pair.get("id").asText());
    o.put("score", JsonLines.rounded(s.score()));
    match.ifPresent(t -> o.put("match", s.score() >= t));
    if (explain) {
      JsonForms.addExplanation(o, s);
    }
    return o;
  }

  private static final JsonLines.Schema SCHEMA = new JsonLines.Schema(List.of("id", "a", "b"), List.of());
}
