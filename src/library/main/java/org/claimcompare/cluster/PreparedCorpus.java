package org.claimcompare.cluster;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.LongConsumer;
import org.claimcompare.score.PreparedTexts;
import org.claimcompare.score.Scorer;
import org.jspecify.annotations.Nullable;

/**
 * The distinct texts of a {@link ClusterState}'s linked claims, prepared by its scorer, with their
 * nodes (distinct word lists) and the candidate generator's index over the nodes' terms, kept with
 * the state so that an addition prepares and indexes only its new texts.
 *
 * <p>Order. Texts are in the order of their first claim in the state's claim list (batch after
 * batch, each batch by id), nodes in the order of their first text. That order is what a state read
 * back from its bytes rebuilds, so the index, whose proposals may depend on the order of its lists
 * where candidates tie, proposes the same pairs whether a state was kept or read back. Preparing
 * appends texts ({@link Scorer#prepareAdapted(PreparedTexts, List, LongConsumer)}: exactly what
 * preparing all texts afresh gives, rarity included) and indexing appends nodes ({@link
 * GrowingIndex#extendedWith}). A run wants its nodes in the id order of their first claim: {@link
 * #runNodes} numbers them so from the texts the corpus keeps for its items (its linked claims), with
 * no hashing of texts or words, and {@link #propose} translates. Scores do not depend on the order
 * texts are prepared in (a word weighs by its document frequency).
 *
 * <p>The maps from text and from word list to index are shared along a line of additions and only
 * grow; a corpus reads only the entries of its own texts and {@link #nodes()} nodes from them.
 * The first corpus extended from this one takes the maps over; a second extension of the same
 * corpus (an earlier state added to again) builds maps of its own. Thread-safe.
 */
final class PreparedCorpus {
  private final Scorer scorer;
  private final PreparedTexts texts;
  private final Map<String, Integer> indexOf;
  /** Each node by a 64-bit hash of its words (see {@link #node}); shared like {@link #indexOf}. */
  private final Map<Long, Integer> nodeOfHash;
  /** The nodes whose words' hash another node's words have, by a copy of their words. */
  private final Map<List<String>, Integer> collided;
  /** The node of each text. */
  private final int[] nodeOfText;
  /** The first text of each node. */
  private final int[] textOfNode;
  /** The text of each item this corpus was made from (the state's linked claims, in its order). */
  private final int[] textOfItem;
  private final AtomicBoolean handedOn = new AtomicBoolean();
  /** The index of the corpus this one extends, if any: this one's is that one's extended. */
  private final @Nullable Indexed earlier;
  private volatile @Nullable Indexed indexed;

  /** A generator's index over the first nodes, settled at the first {@code settledNodes} (0: never). */
  private record Indexed(Probing generator, GrowingIndex index, int settledNodes) {}

  private PreparedCorpus(Scorer scorer, PreparedTexts texts, Map<String, Integer> indexOf, Map<Long, Integer> nodeOfHash,
      Map<List<String>, Integer> collided, int[] nodeOfText, int[] textOfNode, int[] textOfItem,
      @Nullable Indexed earlier) {
    this.scorer = scorer;
    this.texts = texts;
    this.indexOf = indexOf;
    this.nodeOfHash = nodeOfHash;
    this.collided = collided;
    this.nodeOfText = nodeOfText;
    this.textOfNode = textOfNode;
    this.textOfItem = textOfItem;
    this.earlier = earlier;
  }

  int nodes() {
    return textOfNode.length;
  }

  /**
   * The corpus of {@code inOrder}'s distinct texts (in that order: the state's order, see the class
   * comment), extending {@code earlier} when it was prepared by {@code scorer}, else preparing them
   * all. {@code earlier}, if given, was made from the first items of {@code inOrder} (the state's
   * linked claims before a batch): only the items after those are read. {@code texts} is told how
   * many texts the corpus will hold before any is prepared, and {@code progress} how many are.
   */
  static PreparedCorpus of(@Nullable PreparedCorpus earlier, Scorer scorer, List<String> inOrder,
      IntConsumer texts, LongConsumer progress) {
    if (earlier != null && earlier.scorer.equals(scorer)) {
      return earlier.extendedWith(inOrder, texts, progress);
    }
    List<String> distinct = new ArrayList<>();
    Map<String, Integer> indexOf = new HashMap<>(2 * inOrder.size());
    int[] textOfItem = new int[inOrder.size()];
    for (int k = 0; k < textOfItem.length; k++) {
      Integer known = indexOf.putIfAbsent(inOrder.get(k), distinct.size());
      if (known == null) {
        known = distinct.size();
        distinct.add(inOrder.get(k));
      }
      textOfItem[k] = known;
    }
    texts.accept(distinct.size());
    PreparedTexts prepared = scorer.prepareAdapted(distinct, progress);
    Map<Long, Integer> nodeOfHash = new HashMap<>(2 * distinct.size());
    Map<List<String>, Integer> collided = new HashMap<>();
    int[] nodeOfText = new int[distinct.size()];
    int[] textOfNode = nodeTexts(prepared, nodeOfHash, collided, nodeOfText, 0, new int[0]);
    return new PreparedCorpus(scorer, prepared, indexOf, nodeOfHash, collided, nodeOfText, textOfNode, textOfItem,
        null);
  }

  /**
   * This corpus and the texts of {@code inOrder}'s items after this corpus's own (which are its
   * first ones) that it lacks, appended in their order.
   */
  private PreparedCorpus extendedWith(List<String> inOrder, IntConsumer textCount, LongConsumer progress) {
    checkArgument(inOrder.size() >= textOfItem.length,
        "a corpus of %s items extended to %s", textOfItem.length, inOrder.size());
    boolean mine = handedOn.compareAndSet(false, true);
    Map<String, Integer> textMap = mine ? indexOf : new HashMap<>(2 * texts.size());
    Map<Long, Integer> hashMap = mine ? nodeOfHash : new HashMap<>(2 * nodes());
    Map<List<String>, Integer> collidedMap = mine ? collided : new HashMap<>();
    if (!mine) {
      for (int t = 0; t < texts.size(); t++) {
        textMap.put(texts.text(t), t);
      }
      nodeTexts(texts, hashMap, collidedMap, new int[texts.size()], 0, new int[0]);
    }
    List<String> more = new ArrayList<>();
    int[] itemTexts = Arrays.copyOf(textOfItem, inOrder.size());
    for (int k = textOfItem.length; k < itemTexts.length; k++) {
      String text = inOrder.get(k);
      Integer known = textMap.putIfAbsent(text, texts.size() + more.size());
      if (known == null) {
        known = texts.size() + more.size();
        more.add(text);
      }
      itemTexts[k] = known;
    }
    textCount.accept(texts.size() + more.size());
    if (more.isEmpty()) {
      return new PreparedCorpus(scorer, texts, textMap, hashMap, collidedMap, nodeOfText, textOfNode, itemTexts,
          indexed);
    }
    PreparedTexts all = scorer.prepareAdapted(texts, more, progress);
    int[] nodeOf = Arrays.copyOf(nodeOfText, all.size());
    int[] nodeTexts = nodeTexts(all, hashMap, collidedMap, nodeOf, texts.size(), textOfNode);
    return new PreparedCorpus(scorer, all, textMap, hashMap, collidedMap, nodeOf, nodeTexts, itemTexts, indexed);
  }

  /**
   * The nodes of a run over this corpus's items, found from the corpus rather than by hashing
   * texts and words: {@code itemOf} gives the item of each of the run's claims, in the run's (id)
   * order. Nodes are numbered in the order of their first claim there, and each is represented by
   * the text of that claim, as {@link Clusterer} numbers and represents them; each text without
   * words is a node of its own. Fills {@code nodeOf} (per claim) and returns each node's text.
   */
  int[] runNodes(int[] itemOf, int[] nodeOf) {
    int[] runNodeOfNode = new int[nodes()];
    Arrays.fill(runNodeOfNode, -1);
    int[] textOfRunNode = new int[Math.min(itemOf.length, nodes())];
    int count = 0;
    for (int k = 0; k < itemOf.length; k++) {
      int text = textOfItem[itemOf[k]];
      int node = nodeOfText[text];
      // A wordless text is its corpus node's first text, and no other text shares that node.
      int runNode = runNodeOfNode[node];
      if (runNode < 0) {
        runNode = count++;
        runNodeOfNode[node] = runNode;
        textOfRunNode[runNode] = text;
      }
      nodeOf[k] = runNode;
    }
    return Arrays.copyOf(textOfRunNode, count);
  }

  /** This corpus's texts. */
  PreparedTexts texts() {
    return texts;
  }

  /**
   * Gives texts {@code from} on of {@code prepared} their nodes in {@code nodeOf}, a new node for
   * each new word list (each text without words is a node of its own, as in {@link Clusterer});
   * returns the first text of every node, those of {@code nodeTexts} first. Nodes are found by a
   * 64-bit hash of their words, checked against the words of the node's first text, so that the
   * maps hold no word lists but those whose hash collides.
   */
  private static int[] nodeTexts(PreparedTexts prepared, Map<Long, Integer> nodeOfHash,
      Map<List<String>, Integer> collided, int[] nodeOf, int from, int[] nodeTexts) {
    int[] out = Arrays.copyOf(nodeTexts, nodeTexts.length + prepared.size() - from);
    int nodes = nodeTexts.length;
    for (int t = from; t < prepared.size(); t++) {
      List<String> words = prepared.words(t);
      Integer node = null;
      if (!words.isEmpty()) {
        long hash = hash(words);
        Integer same = nodeOfHash.putIfAbsent(hash, nodes);
        if (same != null && prepared.words(out[same]).equals(words)) {
          node = same;
        } else if (same != null) {
          node = collided.putIfAbsent(List.copyOf(words), nodes);
        }
      }
      if (node == null) {
        node = nodes;
        out[nodes++] = t;
      }
      nodeOf[t] = node;
    }
    return Arrays.copyOf(out, nodes);
  }

  /** A 64-bit hash of words: their string hashes, mixed (the finaliser of MurmurHash3's 64-bit variant). */
  private static long hash(List<String> words) {
    long h = words.size();
    for (String w : words) {
      h = (h ^ w.hashCode()) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }

  /**
   * Proposes, from {@code generator}'s index over this corpus's nodes, the pairs of a run's nodes
   * from those {@code probe} accepts: the run's node k is the node of this corpus's text {@code
   * textOfRunNode[k]}, and every node of this corpus is one of the run's. The index is settled
   * ({@link GrowingIndex#settled}) at the nodes of the first {@code settledItems} items: so an
   * addition settles it at all its claims when it consolidates, and otherwise proposes by the
   * statistics of the last consolidation, the same whether the corpus was kept or built again.
   */
  void propose(Probing generator, int[] textOfRunNode, IntPredicate probe, int settledItems,
      CandidateGenerator.PairSink sink) {
    int[] runNodeOf = new int[nodes()];
    Arrays.fill(runNodeOf, -1);
    for (int k = 0; k < textOfRunNode.length; k++) {
      runNodeOf[nodeOfText[textOfRunNode[k]]] = k;
    }
    for (int node = 0; node < runNodeOf.length; node++) {
      if (runNodeOf[node] < 0) {
        throw new IllegalStateException("node " + node + " of the corpus is none of the run's");
      }
    }
    index(generator, settledNodes(settledItems)).proposeFrom(node -> probe.test(runNodeOf[node]),
        (a, b) -> sink.accept(runNodeOf[a], runNodeOf[b]));
  }

  /** The nodes of the first {@code items} items: nodes are numbered in the order of their first item. */
  private int settledNodes(int items) {
    int nodes = 0;
    for (int k = 0; k < items; k++) {
      nodes = Math.max(nodes, nodeOfText[textOfItem[k]] + 1);
    }
    return nodes;
  }

  /**
   * The generator's index over this corpus's nodes, settled at the first {@code settledNodes}: the
   * earlier corpus's extended when it was settled there (or is settled now, at all nodes), else
   * built.
   */
  private GrowingIndex index(Probing generator, int settledNodes) {
    Indexed known = indexed;
    if (known != null && known.generator().equals(generator) && known.settledNodes() == settledNodes) {
      return known.index();
    }
    GrowingIndex index;
    boolean now = settledNodes == nodes();
    if (earlier != null && earlier.generator().equals(generator) && earlier.index().size() <= nodes()
        && (now || earlier.settledNodes() == settledNodes)) {
      index = earlier.index().extendedWith(terms(earlier.index().size(), nodes()));
    } else if (settledNodes > 0 && !now) {
      index = generator.index(terms(0, settledNodes)).settled().extendedWith(terms(settledNodes, nodes()));
    } else {
      index = generator.index(terms(0, nodes()));
    }
    index = now ? index.settled() : index;
    indexed = new Indexed(generator, index, settledNodes);
    return index;
  }

  /** The terms of nodes {@code from} to {@code to}, in order. */
  private List<List<String>> terms(int from, int to) {
    List<List<String>> out = new ArrayList<>(to - from);
    for (int node = from; node < to; node++) {
      out.add(texts.terms(textOfNode[node]));
    }
    return out;
  }
}
