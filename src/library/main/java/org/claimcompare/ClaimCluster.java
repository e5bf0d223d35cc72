package org.claimcompare;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;

/**
 * One claim cluster: claims judged to be renderings of one statement, with a representative.
 *
 * <p>The representative is the member with the highest mean score against the other members (the
 * medoid); ties go to the lowest id. Members are listed representative first, then by descending
 * score against the representative, then by id.
 *
 * <pre>{@code
 * cluster.toString()  // ClaimCluster[#1 size=3 rep="this gang of drug addicts and neo-Nazis"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the cluster's position in the result, from 1; larger clusters come first
 * @param representative the member that stands for the cluster
 * @param members every member with its score against the representative (1 for itself)
 */
public record ClaimCluster(int number, Claim representative, List<Member> members) {

  /**
   * Validates the fields and copies the member list.
   *
   * @param number see the record description
   * @param representative see the record description
   * @param members see the record description
   */
  public ClaimCluster {
    checkArgument(number >= 1, "number must be at least 1: %s", number);
    checkNotNull(representative, "representative");
    members = ImmutableList.copyOf(checkNotNull(members, "members"));
    checkArgument(!members.isEmpty(), "cluster %s has no members", number);
    checkArgument(
        members.get(0).claim().equals(representative),
        "the representative must be the first member of cluster %s",
        number);
  }

  /**
   * Returns the number of members.
   *
   * @return the number of members, at least 1
   */
  public int size() {
    return members.size();
  }

  /**
   * Returns the member claims without their scores, in member order.
   *
   * @return the claims
   */
  public List<Claim> claims() {
    return members.stream().map(Member::claim).collect(ImmutableList.toImmutableList());
  }

  /** Returns a short form for JShell: number, size and the representative's text. */
  @Override
  public String toString() {
    return "ClaimCluster[#" + number + " size=" + size() + " rep=" + Texts.quote(representative.text(), 50) + "]";
  }

  /**
   * A member of a cluster and its similarity score against the cluster's representative.
   *
   * @param claim the member
   * @param score its score against the representative, in [0, 1]
   */
  public record Member(Claim claim, double score) {

    /**
     * Validates the fields.
     *
     * @param claim see the record description
     * @param score see the record description
     */
    public Member {
      checkNotNull(claim, "claim");
      checkArgument(score >= 0 && score <= 1, "score must be in [0, 1]: %s", score);
    }

    /** Returns the member as {@code c1 0.812}. */
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%s %.3f", claim.id(), score);
    }
  }
}
