package org.claimcompare;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.List;
import org.claimcompare.cluster.ClusterOptions;
import org.claimcompare.cluster.Clusterer;
import org.claimcompare.extract.ClaimExtractor;
import org.claimcompare.normalize.TextNormalizer;
import org.claimcompare.score.AlignmentScorer;

/**
 * The entry point of claimcompare, designed for {@code import static org.claimcompare.Claims.*}:
 * normalise renderings, extract claims from articles, score two renderings, cluster claims.
 *
 * <pre>{@code
 * normalize("Kiev’s demilitarisation")            // "kyiv's demilitarization"
 * similarity("Take power into your own hands", "Take the power in your hands").score()
 * extract(article("a.txt", text))                  // quotes and reported statements
 * cluster(claims)                                  // claim clusters, largest first
 * }</pre>
 *
 * <p>Every method uses the standard presets ({@link TextNormalizer#standard()}, {@link
 * AlignmentScorer#standard()}, {@link ClaimExtractor#standard()}, {@link
 * ClusterOptions#standard()}); use those classes directly for other settings. Thread-safe and
 * stateless.
 */
public final class Claims {
  private Claims() {}

  /**
   * Returns the standard normalised form of a text: Unicode NFKC, unified punctuation, editorial
   * brackets dropped, case folded, diacritics removed, American spelling, canonical
   * transliterations.
   *
   * @param text the text
   * @return the normalised text
   */
  public static String normalize(String text) {
    return TextNormalizer.standard().normalize(checkNotNull(text, "text"));
  }

  /**
   * Returns how similar two renderings are, with the explanation.
   *
   * @param a the first rendering
   * @param b the second rendering
   * @return the score in [0, 1] and the aligned and unmatched words
   */
  public static Similarity similarity(String a, String b) {
    return AlignmentScorer.standard().similarity(a, b);
  }

  /**
   * Sets renderings out word by word in columns against a representative, with the standard scorer:
   * the words it aligns share a column. See {@link AlignedRenderings} for how the other words are
   * placed.
   *
   * @param representative the rendering the others are set against
   * @param renderings the other renderings, one row each
   * @return the table; {@code toString()} prints it
   */
  public static AlignedRenderings align(String representative, List<String> renderings) {
    return AlignedRenderings.of(AlignmentScorer.standard(), representative, renderings);
  }

  /**
   * Sets the members of a cluster out in columns against its representative, with the standard
   * scorer, one row per member after the representative, in member order.
   *
   * @param cluster the cluster
   * @return the table
   */
  public static AlignedRenderings align(ClaimCluster cluster) {
    checkNotNull(cluster, "cluster");
    List<String> others = cluster.claims().subList(1, cluster.size()).stream().map(Claim::text).toList();
    return align(cluster.representative().text(), others);
  }

  /**
   * Returns the quotes and reported statements of an article, in text order.
   *
   * @param article the article
   * @return the claims, each with its source, span, kind and, when known, speaker
   */
  public static List<Claim> extract(Article article) {
    return ClaimExtractor.standard().extract(checkNotNull(article, "article"));
  }

  /**
   * Clusters claims with the standard options.
   *
   * @param claims claims with unique ids
   * @return the clusters, largest first, then by smallest member id
   * @throws IllegalArgumentException if two claims share an id
   */
  public static List<ClaimCluster> cluster(List<Claim> claims) {
    return Clusterer.cluster(claims, ClusterOptions.standard());
  }

  /**
   * Clusters claims with the given options.
   *
   * @param claims claims with unique ids
   * @param options the threshold, scorer and candidate generator
   * @return the clusters, largest first, then by smallest member id
   * @throws IllegalArgumentException if two claims share an id
   */
  public static List<ClaimCluster> cluster(List<Claim> claims, ClusterOptions options) {
    return Clusterer.cluster(claims, options);
  }

  /**
   * Loads, up front, what the standard presets otherwise load on first use: the word lists, the
   * spelling and alias tables, the compiled WordNet index, the stemmer, and the classes of every
   * step. Without it, the first {@link #similarity} in a program pays for all of this (about half a
   * second; {@code docs/benchmarks.md} has the measured figures) and the first {@link #extract}
   * pays for its part. Call it at start-up, where a slow first request would matter (a server, a
   * benchmark). Calling it again costs next to nothing; it is thread-safe, and the resources, once
   * loaded, are immutable and shared by all threads.
   *
   * <p>It works by running each standard step once on a short built-in text, so it loads exactly
   * what real calls use.
   */
  public static void preload() {
    Similarity s = similarity("Kiev's gang negotiated the agreements", "Kyiv's bunch talked about an agreement");
    checkState(s.score() > 0, "the standard scorer failed on its preload text: %s", s);
    extract(article("preload", "\u201cWe will not give up,\u201d the mayor said. Officials said the bridge was repaired."));
    cluster(List.of(claim("a", "Take power into your own hands"), claim("b", "Take the power in your hands")));
  }

  /**
   * Returns an article, for JShell: {@code extract(article("a.txt", text))}.
   *
   * @param source the article's name
   * @param text the article's text
   * @return the article
   */
  public static Article article(String source, String text) {
    return new Article(source, text);
  }

  /**
   * Returns a claim with an id and a text, for JShell: {@code cluster(List.of(claim("a", "...")))}.
   *
   * @param id a unique id
   * @param text the rendering
   * @return the claim
   */
  public static Claim claim(String id, String text) {
    return Claim.of(id, text);
  }
}
