package org.claimcompare.eval;

import static com.google.common.base.Preconditions.checkNotNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.claimcompare.AlignedPair;
import org.claimcompare.AlignedRenderings;
import org.claimcompare.ClaimCluster;
import org.claimcompare.MatchType;
import org.claimcompare.Penalty;
import org.claimcompare.Similarity;

/**
 * The JSON forms of the library's results, as Jackson trees: the forms the command line writes, for
 * programs and notebooks that hold the objects themselves. Scores are rounded to four decimals
 * ({@link #rounded}); a field without a value is left out, never null.
 *
 * <pre>{@code
 * JsonForms.similarity(Claims.similarity("Kiev is the capital", "Kyiv is the capital")).toString()
 * // {"score":1.0000,"pairs":[{"a":"kiev","b":"kyiv","type":"alias","contribution":0.4350}, ...],
 * //  "unmatched_a":[],"unmatched_b":[],"guards":[]}
 * }</pre>
 *
 * <p>The forms, as the README documents them:
 *
 * <ul>
 *   <li>{@link Similarity}: {@code {"score", "pairs": [{"a", "b", "type", "contribution", "cosine"?}],
 *       "unmatched_a": [word], "unmatched_b": [word], "guards": [{"guard", "a": [word], "b": [word],
 *       "factor"}], "sentence"?: {"model", "cosine", "contribution"}}} ({@code cosine} for semantic
 *       pairs only; {@code sentence} for a semantic scorer only);
 *   <li>{@link ClaimCluster}: {@code {"cluster", "size", "representative": id, "members": [{"id",
 *       "score"}]}};
 *   <li>{@link AlignedRenderings}: {@code {"columns": [int | null], "rows": [[{"kind", "word"?,
 *       "match"?, "function_word"?}]]}}, a column's representative word position or null for an
 *       added column, one row per rendering (the representative first) with one cell per column.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonForms {
  private JsonForms() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * Returns a score rounded to four decimals, half to even, as every form writes scores.
   *
   * @param score a score
   * @return the rounded score
   */
  public static BigDecimal rounded(double score) {
    return BigDecimal.valueOf(score).setScale(4, RoundingMode.HALF_EVEN);
  }

  /**
   * Returns the JSON form of a similarity: its score and explanation.
   *
   * @param s the similarity
   * @return the form
   */
  public static ObjectNode similarity(Similarity s) {
    ObjectNode o = NODES.objectNode();
    o.put("score", rounded(checkNotNull(s, "similarity").score()));
    addExplanation(o, s);
    return o;
  }

  /**
   * Adds a similarity's explanation (every field of {@link #similarity} but the score) to an object.
   *
   * @param o the object to add to
   * @param s the similarity
   */
  public static void addExplanation(ObjectNode o, Similarity s) {
    ArrayNode pairs = o.putArray("pairs");
    for (AlignedPair p : s.pairs()) {
      ObjectNode pair = pairs.addObject()
          .put("a", p.left())
          .put("b", p.right())
          .put("type", p.type().label())
          .put("contribution", rounded(p.contribution()));
      if (p.type() == MatchType.SEMANTIC) {
        pair.put("cosine", rounded(p.cosine()));
      }
    }
    s.unmatchedLeft().forEach(o.putArray("unmatched_a")::add);
    s.unmatchedRight().forEach(o.putArray("unmatched_b")::add);
    ArrayNode guards = o.putArray("guards");
    for (Penalty p : s.penalties()) {
      ObjectNode g = guards.addObject().put("guard", p.guard().label());
      p.left().forEach(g.putArray("a")::add);
      p.right().forEach(g.putArray("b")::add);
      g.put("factor", rounded(p.factor()));
    }
    s.sentence().ifPresent(m -> o.putObject("sentence")
        .put("model", m.model())
        .put("cosine", rounded(m.cosine()))
        .put("contribution", rounded(m.contribution())));
  }

  /**
   * Returns the JSON form of a cluster: its number, size, representative's id and members.
   *
   * @param c the cluster
   * @return the form
   */
  public static ObjectNode cluster(ClaimCluster c) {
    ObjectNode o = NODES.objectNode();
    o.put("cluster", checkNotNull(c, "cluster").number());
    o.put("size", c.size());
    o.put("representative", c.representative().id());
    ArrayNode members = o.putArray("members");
    for (ClaimCluster.Member m : c.members()) {
      members.addObject().put("id", m.claim().id()).put("score", rounded(m.score()));
    }
    return o;
  }

  /**
   * Returns the JSON form of renderings aligned in columns.
   *
   * @param t the table
   * @return the form
   */
  public static ObjectNode alignment(AlignedRenderings t) {
    ObjectNode o = NODES.objectNode();
    ArrayNode columns = o.putArray("columns");
    checkNotNull(t, "table").columns().forEach(c -> {
      if (c < 0) {
        columns.addNull();
      } else {
        columns.add(c);
      }
    });
    ArrayNode rows = o.putArray("rows");
    for (List<AlignedRenderings.Cell> row : t.rows()) {
      ArrayNode cells = rows.addArray();
      for (AlignedRenderings.Cell cell : row) {
        ObjectNode x = cells.addObject().put("kind", cell.kind().label());
        if (cell.hasWord()) {
          x.put("word", cell.word());
        }
        cell.match().ifPresent(m -> x.put("match", m.label()));
        if (cell.functionWord()) {
          x.put("function_word", true);
        }
      }
    }
    return o;
  }
}
