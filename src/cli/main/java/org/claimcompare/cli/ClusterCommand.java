package org.claimcompare.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.Claims;
import org.claimcompare.cluster.ClusterOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code cluster}: claims in, one cluster per line out. */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Group claims into claim clusters.",
      "In: one claim per line, {\"id\": string, \"text\": string, \"source\": string?, \"speaker\": string?}.",
      "Out: one cluster per line, {\"cluster\": int, \"size\": int, \"representative\": id,"
          + " \"members\": [{\"id\": string, \"score\": number}]}, largest first; every input id exactly once."
    })
final class ClusterCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Mixin IoOptions io;

  @Option(names = "--threshold", paramLabel = "T",
      description = "Score threshold in [0, 1] (default: ${DEFAULT-VALUE}).")
  double threshold = ClusterOptions.DEFAULT_THRESHOLD;

  @Override
  public Integer call() {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new BadInputException("--threshold must be in [0, 1]: " + threshold);
    }
    List<Claim> claims = new ArrayList<>();
    for (InputLine line : main.readRecords("cluster", io, SCHEMA)) {
      claims.add(toClaim(line.json()));
    }
    List<ClaimCluster> clusters = Claims.cluster(claims, ClusterOptions.standard().withThreshold(threshold));
    List<ObjectNode> out = new ArrayList<>();
    for (ClaimCluster c : clusters) {
      out.add(toJson(c));
    }
    main.write(io.out, JsonLines.write(out));
    return 0;
  }

  private static final JsonLines.Schema SCHEMA =
      new JsonLines.Schema(List.of("id", "text"), List.of("source", "speaker"));

  private static Claim toClaim(ObjectNode json) {
    Claim c = Claim.of(json.get("id").asText(), json.get("text").asText());
    Optional<String> source = JsonLines.optionalText(json, "source");
    Optional<String> speaker = JsonLines.optionalText(json, "speaker");
    c = source.isPresent() ? c.withSource(source.get()) : c;
    return speaker.isPresent() ? c.withSpeaker(speaker.get()) : c;
  }

  private static ObjectNode toJson(ClaimCluster c) {
    ObjectNode o = JsonLines.MAPPER.createObjectNode();
    o.put("cluster", c.number());
    o.put("size", c.size());
    o.put("representative", c.representative().id());
    ArrayNode members = o.putArray("members");
    for (ClaimCluster.Member m : c.members()) {
      members.addObject().put("id", m.claim().id()).put("score", JsonLines.rounded(m.score()));
    }
    return o;
  }
}
