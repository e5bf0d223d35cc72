package org.claimcompare.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimcompare.Claim;

/**
 * Writes {@link SampleClaims#synthetic} claims as JSON Lines, for the benchmark
 * ({@code src/spark/benchmark.sh}): {@code SyntheticClaimsFile SIZE SEED FILE}.
 */
final class SyntheticClaimsFile {
  private SyntheticClaimsFile() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (Claim c : SampleClaims.synthetic(Integer.parseInt(args[0]), Long.parseLong(args[1]))) {
        out.write(mapper.writeValueAsString(mapper.createObjectNode().put("id", c.id()).put("text", c.text())));
        out.write('\n');
      }
    }
  }
}
