package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.io.CountingOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.claimcompare.Claim;
import org.claimcompare.ClaimCluster;
import org.claimcompare.ClaimKind;
import org.claimcompare.Span;

/**
 * The binary format of a {@link ClusterState}, version {@value ClusterState#FORMAT_VERSION}; {@code docs/design.md}
 * ("Cluster state format") documents it field by field. Big-endian, strings as a 32-bit byte
 * length and UTF-8, claims referred to by their index in the claim list. The header holds the
 * total length and the last four bytes a CRC-32 of all the others, so that a truncated or
 * corrupted state is told apart from a valid one before anything else is read.
 */
final class ClusterStateFormat {
  /** The first eight bytes of every state. */
  static final byte[] MAGIC = "CCSTATE\n".getBytes(StandardCharsets.US_ASCII);

  /** The version this library writes and reads. */
  static final int VERSION = ClusterState.FORMAT_VERSION;

  /** Magic, version and total length. */
  private static final int HEADER = MAGIC.length + 4 + 8;

  private static final int SOURCE = 1;
  private static final int SPAN = 2;
  private static final int SPEAKER = 4;
  private static final int KIND = 8;
  private static final int CUE = 16;
  private static final int MENTION = 32;

  private ClusterStateFormat() {}

  /**
   * The state's bytes, written twice: once to count them, then into an array of exactly that
   * length, so that a large state is held once, not in a growing buffer and its copies.
   */
  static byte[] write(ClusterState state) {
    long length = length(state);
    checkArgument(length <= Integer.MAX_VALUE - 8, "cluster state too large for one array: %s bytes", length);
    byte[] all = new byte[(int) length];
    try {
      write(state, length, new FilledArray(all));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the array is in memory
    }
    return all;
  }

  /**
   * Writes the state to {@code out} as it goes, without holding its bytes: a counting pass for the
   * length in the header, then the bytes with their CRC-32 computed on the way.
   */
  static void write(ClusterState state, OutputStream out) throws IOException {
    write(state, length(state), out);
  }

  /** The length of the state's bytes, the CRC included. */
  private static long length(ClusterState state) {
    CountingOutputStream counted = new CountingOutputStream(OutputStream.nullOutputStream());
    try {
      write(state, 0, counted);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: nothing is written
    }
    return counted.getCount();
  }

  private static void write(ClusterState state, long length, OutputStream to) throws IOException {
    CheckedOutputStream checked = new CheckedOutputStream(to, new CRC32());
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(checked, 1 << 16));
    out.write(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(length);
    writeBody(state, out);
    out.flush();
    int crc = (int) checked.getChecksum().getValue();
    DataOutputStream tail = new DataOutputStream(to);
    tail.writeInt(crc);
    tail.flush();
  }

  /** An output stream into an array of the length of what is written, and no more. */
  private static final class FilledArray extends OutputStream {
    private final byte[] array;
    private int at;

    FilledArray(byte[] array) {
      this.array = array;
    }

    @Override
    public void write(int b) {
      array[at++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      System.arraycopy(b, off, array, at, len);
      at += len;
    }
  }

  private static void writeBody(ClusterState state, DataOutputStream out) throws IOException {
    Optional<ClusterState.Settings> settings = state.settings();
    out.writeBoolean(settings.isPresent());
    if (settings.isPresent()) {
      out.writeDouble(settings.get().threshold());
      out.writeBoolean(settings.get().linksFragments());
      out.writeInt(settings.get().minimumWords());
    }
    out.writeInt(state.nextId());
    out.writeInt(state.consolidatedAt());
    List<Claim> claims = state.claims();
    out.writeInt(claims.size());
    Map<String, Integer> indexOf = new HashMap<>(2 * claims.size());
    for (Claim c : claims) {
      indexOf.put(c.id(), indexOf.size());
      writeClaim(c, out);
    }
    out.writeInt(state.clusters().size());
    for (ClaimCluster cluster : state.clusters()) {
      out.writeInt(cluster.number());
      out.writeInt(indexOf.get(cluster.representative().id()));
      out.writeInt(cluster.members().size());
      for (ClaimCluster.Member m : cluster.members()) {
        out.writeInt(indexOf.get(m.claim().id()));
        out.writeDouble(m.score());
      }
    }
    out.writeInt(state.merges().size());
    for (Map.Entry<Integer, Integer> merge : state.merges().entrySet()) {
      out.writeInt(merge.getKey());
      out.writeInt(merge.getValue());
    }
    KnownPairs pairs = state.knownPairs();
    out.writeBoolean(pairs.complete());
    out.writeInt(pairs.size());
    for (int c = 0; c < pairs.pairChunks().size(); c++) {
      long[] chunk = pairs.pairChunks().get(c);
      double[] scores = pairs.scoreChunks().get(c);
      for (int k = 0; k < chunk.length; k++) {
        out.writeLong(chunk[k]);
        out.writeDouble(scores[k]);
      }
    }
  }

  private static void writeClaim(Claim c, DataOutputStream out) throws IOException {
    writeString(c.id(), out);
    writeString(c.text(), out);
    int flags = (c.source().isPresent() ? SOURCE : 0) | (c.span().isPresent() ? SPAN : 0)
        | (c.speaker().isPresent() ? SPEAKER : 0) | (c.kind().isPresent() ? KIND : 0)
        | (c.cue().isPresent() ? CUE : 0) | (c.speakerMention().isPresent() ? MENTION : 0);
    out.writeByte(flags);
    if (c.source().isPresent()) {
      writeString(c.source().get(), out);
    }
    c.span().ifPresent(s -> writeSpan(s, out));
    if (c.speaker().isPresent()) {
      writeString(c.speaker().get(), out);
    }
    if (c.kind().isPresent()) {
      writeString(c.kind().get().label(), out);
    }
    c.cue().ifPresent(s -> writeSpan(s, out));
    c.speakerMention().ifPresent(s -> writeSpan(s, out));
  }

  private static void writeString(String s, DataOutputStream out) throws IOException {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static void writeSpan(Span span, DataOutputStream out) {
    try {
      out.writeInt(span.start());
      out.writeInt(span.end());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ClusterState read(byte[] bytes) {
    checkHeader(bytes);
    ByteBuffer in = ByteBuffer.wrap(bytes, HEADER, bytes.length - HEADER - 4);
    try {
      ClusterState state = readBody(in, ByteBuffer.wrap(bytes).getInt(MAGIC.length));
      checkArgument(!in.hasRemaining(), "inconsistent cluster state: %s bytes left after the pairs",
          in.remaining());
      return state;
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("inconsistent cluster state: a field runs past the end", e);
    }
  }

  /** Checks the magic, version, length and CRC-32, each with its own message. */
  private static void checkHeader(byte[] bytes) {
    int magic = Math.min(bytes.length, MAGIC.length);
    checkArgument(Arrays.equals(bytes, 0, magic, MAGIC, 0, magic) && bytes.length > 0,
        "not a claimcompare cluster state: it does not start with \"CCSTATE\"");
    checkArgument(bytes.length >= HEADER + 4, "cluster state truncated: %s bytes, less than its header",
        bytes.length);
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    int version = buffer.getInt(MAGIC.length);
    checkArgument(version == VERSION || version == 1, "cluster state of version %s; this library reads versions 1 to %s",
        version, VERSION);
    long length = buffer.getLong(MAGIC.length + 4);
    checkArgument(bytes.length >= length, "cluster state truncated: %s of its %s bytes", bytes.length, length);
    checkArgument(bytes.length == length, "cluster state corrupted: %s bytes where its header says %s",
        bytes.length, length);
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    checkArgument((int) crc.getValue() == buffer.getInt(bytes.length - 4),
        "cluster state corrupted: its CRC-32 does not match its contents");
  }

  private static ClusterState readBody(ByteBuffer in, int version) {
    Optional<ClusterState.Settings> settings = Optional.empty();
    if (readBoolean(in)) {
      double threshold = in.getDouble();
      checkArgument(threshold >= 0 && threshold <= 1, "inconsistent cluster state: threshold %s", threshold);
      settings = Optional.of(new ClusterState.Settings(threshold, readBoolean(in), in.getInt()));
    }
    int nextId = in.getInt();
    checkArgument(nextId >= 1, "inconsistent cluster state: next id %s", nextId);
    // Version 1 did not consolidate: its claims count as consolidated when read.
    int consolidatedAt = version == 1 ? 0 : in.getInt();
    List<Claim> claims = new ArrayList<>();
    int claimCount = count(in, "claims");
    Map<String, Integer> seen = new HashMap<>();
    for (int k = 0; k < claimCount; k++) {
      Claim c = readClaim(in);
      checkArgument(seen.put(c.id(), k) == null, "inconsistent cluster state: claim id %s twice", c.id());
      claims.add(c);
    }
    boolean[] placed = new boolean[claims.size()];
    ImmutableSortedMap.Builder<Integer, ClaimCluster> clusters = ImmutableSortedMap.naturalOrder();
    int clusterCount = count(in, "clusters");
    int lastId = 0;
    for (int k = 0; k < clusterCount; k++) {
      int id = in.getInt();
      checkArgument(id > lastId && id < nextId, "inconsistent cluster state: cluster id %s after %s, next id %s",
          id, lastId, nextId);
      lastId = id;
      clusters.put(id, readCluster(id, in, claims, placed));
    }
    for (int k = 0; k < placed.length; k++) {
      checkArgument(placed[k], "inconsistent cluster state: claim %s is in no cluster", claims.get(k).id());
    }
    ImmutableSortedMap<Integer, ClaimCluster> live = clusters.build();
    ImmutableSortedMap.Builder<Integer, Integer> merges = ImmutableSortedMap.naturalOrder();
    int mergeCount = count(in, "merges");
    for (int k = 0; k < mergeCount; k++) {
      int absorbed = in.getInt();
      int into = in.getInt();
      checkArgument(into >= 1 && into < absorbed && absorbed < nextId && !live.containsKey(absorbed),
          "inconsistent cluster state: merge of %s into %s", absorbed, into);
      merges.put(absorbed, into);
    }
    KnownPairs pairs = new KnownPairs(new long[0], new double[0], false);
    if (version >= 2) {
      boolean complete = readBoolean(in);
      int count = in.getInt();
      checkArgument(count >= 0 && (long) count * (Long.BYTES + Double.BYTES) <= in.remaining(),
          "inconsistent cluster state: %s pairs", count);
      long[] known = new long[count];
      double[] scores = new double[count];
      for (int k = 0; k < count; k++) {
        long pair = in.getLong();
        int i = (int) (pair >>> 32);
        int j = (int) pair;
        checkArgument(i >= 0 && i < j && j < claims.size(), "inconsistent cluster state: pair of claims %s and %s", i, j);
        known[k] = pair;
        scores[k] = in.getDouble();
        checkArgument(scores[k] >= 0 && scores[k] <= 1, "inconsistent cluster state: pair score %s", scores[k]);
      }
      pairs = new KnownPairs(known, scores, complete);
    }
    int consolidated = version == 1 ? claims.size() : consolidatedAt;
    checkArgument(consolidated >= 0 && consolidated <= claims.size() && (consolidated > 0) == !claims.isEmpty(),
        "inconsistent cluster state: consolidated at %s of %s claims", consolidated, claims.size());
    return new ClusterState(ImmutableList.copyOf(claims), live, merges.buildOrThrow(), nextId, consolidated, pairs,
        settings);
  }

  private static ClaimCluster readCluster(int id, ByteBuffer in, List<Claim> claims, boolean[] placed) {
    Claim representative = claims.get(index(in, claims.size()));
    int size = count(in, "members");
    List<ClaimCluster.Member> members = new ArrayList<>(size);
    for (int m = 0; m < size; m++) {
      int k = index(in, claims.size());
      checkArgument(!placed[k], "inconsistent cluster state: claim %s in two clusters", claims.get(k).id());
      placed[k] = true;
      members.add(new ClaimCluster.Member(claims.get(k), in.getDouble()));
    }
    return new ClaimCluster(id, representative, members);
  }

  private static Claim readClaim(ByteBuffer in) {
    Claim c = Claim.of(readString(in), readString(in));
    int flags = in.get();
    if ((flags & SOURCE) != 0) {
      c = c.withSource(readString(in));
    }
    Optional<Span> span = (flags & SPAN) != 0 ? Optional.of(readSpan(in)) : Optional.empty();
    Optional<String> speaker = (flags & SPEAKER) != 0 ? Optional.of(readString(in)) : Optional.empty();
    Optional<ClaimKind> kind = (flags & KIND) != 0 ? Optional.of(kind(readString(in))) : Optional.empty();
    Optional<Span> cue = (flags & CUE) != 0 ? Optional.of(readSpan(in)) : Optional.empty();
    Optional<Span> mention = (flags & MENTION) != 0 ? Optional.of(readSpan(in)) : Optional.empty();
    return new Claim(c.id(), c.text(), c.source(), span, speaker, kind, cue, mention);
  }

  private static ClaimKind kind(String label) {
    return Arrays.stream(ClaimKind.values()).filter(k -> k.label().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("inconsistent cluster state: claim kind " + label));
  }

  private static String readString(ByteBuffer in) {
    int length = in.getInt();
    checkArgument(length >= 0 && length <= in.remaining(), "inconsistent cluster state: string of %s bytes",
        length);
    byte[] utf8 = new byte[length];
    in.get(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static Span readSpan(ByteBuffer in) {
    return new Span(in.getInt(), in.getInt());
  }

  private static boolean readBoolean(ByteBuffer in) {
    byte b = in.get();
    checkArgument(b == 0 || b == 1, "inconsistent cluster state: %s for a boolean", b);
    return b == 1;
  }

  private static int count(ByteBuffer in, String what) {
    int count = in.getInt();
    checkArgument(count >= 0 && count <= in.remaining(), "inconsistent cluster state: %s %s", count, what);
    return count;
  }

  private static int index(ByteBuffer in, int claims) {
    int k = in.getInt();
    checkArgument(k >= 0 && k < claims, "inconsistent cluster state: claim index %s of %s", k, claims);
    return k;
  }
}
