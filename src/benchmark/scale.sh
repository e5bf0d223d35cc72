#!/usr/bin/env bash
# Clustering at scale: claimcompare's `cluster` command beside Spark MLlib's MinHashLSH
# (docs/benchmarks.md, section "Clustering at scale: 824 k renderings beside Spark MLlib").
#
#   src/benchmark/scale.sh DATA_FILE [SIZES...]      the benchmark (default sizes: 10000 100000 300000 all)
#   src/benchmark/scale.sh --sweep DATA_FILE         the sweep that chose Spark's parameters
#
# DATA_FILE is the gzip-compressed group_id<TAB>text corpus (/work/shared/data/scale/wmt-x-en.tsv.gz).
# Each size is a sample of whole groups (Sample, seed 1; the smaller samples are part of the larger).
# For each size the script runs, one after the other on an otherwise idle machine:
#   java -Xmx2g -jar target/claimcompare-cli.jar cluster --in sample-SIZE.jsonl --out OUT.jsonl
# and, for the sizes in SPARK_SIZES, SparkMinHash in local[2] mode; then Metrics on each output.
# Wall and CPU seconds and the maximum resident set come from /usr/bin/time. Peak heap is read from
# the JVM's own log (-Xlog:gc,gc+heap+exit): the largest heap in use before a collection or at exit
# (collections happen when the young generation is full, so this is the true peak up to the last
# allocations before a collection); live heap is the largest heap in use just after a collection,
# an upper bound of the data the program keeps.
#
# Environment (all optional):
#   CLAIMCOMPARE_SIZES sizes at which claimcompare runs (default: all SIZES)
#   SPARK_SIZES      sizes at which Spark runs too (default "10000 100000")
#   SPARK_TABLES     MinHashLSH hash tables (default 5)
#   SPARK_THRESHOLD  approxSimilarityJoin's Jaccard distance threshold (default 0.65)
#   SPARK_STOPWORDS  english (default: Spark's English stop words removed before hashing) or none
#   SPARK_CANDIDATES 1 (default) to count Spark's candidate pairs in an extra run, not timed; 0 not to
#   XMX              heap limit of claimcompare and of the helper programs (default 2g)
#   SPARK_XMX        heap limit of Spark's JVM, driver and executor in one (default: XMX)
#   SCALE_WORK       folder for samples, outputs and logs (default: a new temporary folder, kept)
#   SKIP_BUILD       1 to use the jars and class path built before
set -euo pipefail

die() { echo "scale.sh: $*" >&2; exit 2; }
note() { echo "scale.sh: $*" >&2; }

SWEEP=0
if [[ ${1:-} == --sweep ]]; then SWEEP=1; shift; fi
[[ $# -ge 1 ]] || die "usage: src/benchmark/scale.sh DATA_FILE [SIZES...] | --sweep DATA_FILE"
[[ -r $1 ]] || die "cannot read the data file $1"
DATA=$(realpath "$1"); shift
if [[ $# -ge 1 ]]; then SIZES=("$@"); else SIZES=(10000 100000 300000 all); fi
read -r -a CLAIMCOMPARE_SIZES <<< "${CLAIMCOMPARE_SIZES:-${SIZES[*]}}"
read -r -a SPARK_SIZES <<< "${SPARK_SIZES:-10000 100000}"
SPARK_TABLES=${SPARK_TABLES:-5}
SPARK_THRESHOLD=${SPARK_THRESHOLD:-0.65}
SPARK_STOPWORDS=${SPARK_STOPWORDS:-english}
SPARK_CANDIDATES=${SPARK_CANDIDATES:-1}
XMX=${XMX:-2g}
SPARK_XMX=${SPARK_XMX:-$XMX}
SEED=1       # the samples measured
DEV_SEED=2   # the tuning sample of --sweep, which shares no group with the 10 k and 100 k samples

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
WORK=${SCALE_WORK:-$(mktemp -d "${TMPDIR:-/tmp}/claimcompare-scale.XXXXXX")}
mkdir -p "$WORK"
WORK=$(realpath "$WORK")

if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get > /dev/null; then
    note "installing GNU time (/usr/bin/time)"
    apt-get install -y -qq time > /dev/null
  fi
  [[ -x /usr/bin/time ]] || die "GNU time (/usr/bin/time) is needed: apt-get install time"
fi

# Spark 3.5 on Java 17 reaches into JDK internals: the options of Spark's own launcher
# (org.apache.spark.launcher.JavaModuleOptions).
SPARK_JVM=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED
  --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
  --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false)

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  note "building target/claimcompare-cli.jar and the benchmark module (profile scale-benchmark)"
  mvn -B -q -Dstyle.color=never -Pscale-benchmark package -DskipTests -DskipDocs \
      dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
fi
CLI_JAR=$ROOT/target/claimcompare-cli.jar
BENCH=$ROOT/src/benchmark/target
[[ -r $CLI_JAR && -r $BENCH/classpath.txt ]] || die "nothing built: run without SKIP_BUILD=1"
CP=$BENCH/classes:$(cat "$BENCH/classpath.txt")
bench() { java -Xmx"$XMX" -cp "$CP" "org.claimcompare.benchmark.$1" "${@:2}"; }

if [[ $SWEEP == 1 ]]; then
  bench Sample "$DATA" "$SEED" "$WORK" 100000
  bench Sample --exclude "$WORK/sample-100000.gold" "$DATA" "$DEV_SEED" "$WORK/dev" 10000
  for stopwords in none english; do
    note "sweep on $WORK/dev/sample-10000.jsonl, stop words: $stopwords"
    java -Xmx"$XMX" "${SPARK_JVM[@]}" -cp "$CP" org.claimcompare.benchmark.SparkMinHash sweep \
        "$WORK/dev/sample-10000.jsonl" "$WORK/dev/sample-10000.gold" --stopwords "$stopwords" \
        --tables "${SWEEP_TABLES:-5,10}" --thresholds "${SWEEP_THRESHOLDS:-0.3,0.4,0.5,0.55,0.6,0.65,0.7,0.8}"
    java -Xmx"$XMX" "${SPARK_JVM[@]}" -cp "$CP" org.claimcompare.benchmark.SparkMinHash candidates \
        "$WORK/dev/sample-10000.jsonl" --tables 5 --stopwords "$stopwords"
  done
  exit 0
fi

# Sizes such as 710M, 490676K, 1G, one a line, to the largest in MiB.
max_mib() {
  awk '/K$/ {v = ($0 + 0) / 1024} /M$/ {v = $0 + 0} /G$/ {v = ($0 + 0) * 1024}
       {if (v > max) max = v} END {printf "%d", max}'
}
# The heap in use before each collection ("GC(3) Pause Young ... 710M->145M(965M)") and at exit
# ("garbage-first heap total 988160K, used 490676K"), in MiB, largest: the peak heap.
peak_heap() {
  { grep -oE '[0-9]+[KMG]->' "$1" | tr -d '>-' || true
    grep -E 'heap +total [0-9]+K, used' "$1" | grep -oE 'used [0-9]+K' | sed 's/used //' || true; } | max_mib
}
# The heap in use after each collection, in MiB, largest: an upper bound of the live data.
live_heap() { { grep -oE '[0-9]+[KMG]->[0-9]+[KMG]' "$1" | cut -d'>' -f2 || true; } | max_mib; }

# run TAG HEAP COMMAND...: runs java with heap limit HEAP under /usr/bin/time with a GC log; writes
# TAG.time, TAG.err, TAG.gc and TAG.load in $WORK.
run() {
  local tag=$1 heap=$2; shift 2
  local java=$1; shift
  cut -d' ' -f1 /proc/loadavg > "$WORK/$tag.load"
  if /usr/bin/time -f '%e %U %S %M' -o "$WORK/$tag.time" \
      "$java" -Xmx"$heap" "-Xlog:gc,gc+heap+exit:file=$WORK/$tag.gc" "$@" 2> "$WORK/$tag.err"; then
    return 0
  fi
  note "$tag failed; the last lines of $WORK/$tag.err:"
  tail -5 "$WORK/$tag.err" >&2
  return 1
}

# The first number of a stderr line "N candidate pairs", or –.
candidates() { grep -hoE '[0-9][0-9,]* candidate pairs' "$@" 2> /dev/null | tail -1 | cut -d' ' -f1 || true; }
blocking_recall() { grep -hoE 'blocking recall [0-9.]+ ?%' "$@" 2> /dev/null | tail -1 | grep -oE '[0-9.]+ ?%' || true; }
metric() { sed -n "s/.*\\b$1=\\([^ ]*\\).*/\\1/p" "$2"; }

# row SIZE SYSTEM TAG: one line of the table from TAG's files.
row() {
  local size=$1 system=$2 tag=$3 wall cpu rss
  local claims
  claims=$(wc -l < "$WORK/sample-$size.jsonl")
  if [[ ! -s $WORK/$tag.metrics ]]; then
    printf '| %s | %s | %s | failed (%s) | | | | | | | | | | | | | | |\n' "$size" "$system" "$claims" \
      "$(tail -1 "$WORK/$tag.err" | cut -c1-80)"
    return
  fi
  read -r wall user sys rss < "$WORK/$tag.time"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.1f", u + s}')
  local cand recall
  cand=$(candidates "$WORK/$tag.err" "$WORK/$tag.candidates"); recall=$(blocking_recall "$WORK/$tag.err")
  printf '| %s | %s | %s | %s | %.1f | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |\n' \
    "$size" "$system" "$claims" "$(metric clusters "$WORK/$tag.metrics")" "$wall" "$cpu" "$(cat "$WORK/$tag.load")" \
    "$(peak_heap "$WORK/$tag.gc")" "$(live_heap "$WORK/$tag.gc")" "$((rss / 1024))" "${cand:-–}" "${recall:-–}" \
    "$(metric b3_precision "$WORK/$tag.metrics")" "$(metric b3_recall "$WORK/$tag.metrics")" \
    "$(metric b3_f1 "$WORK/$tag.metrics")" "$(metric pair_precision "$WORK/$tag.metrics")" \
    "$(metric pair_recall "$WORK/$tag.metrics")" "$(metric pair_f1 "$WORK/$tag.metrics")"
}

# in_list X LIST...: whether X is one of LIST.
in_list() { local x=$1 s; shift; for s in "$@"; do [[ $s == "$x" ]] && return 0; done; return 1; }

note "samples in $WORK"
bench Sample "$DATA" "$SEED" "$WORK" "${SIZES[@]}"

TABLE=$WORK/results.md
{
  echo "claimcompare scale benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) memory, $(uname -sr), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- java: $(java -version 2>&1 | sed -n 2p)"
  echo "- claimcompare: $(git rev-parse --short HEAD 2> /dev/null || echo '?') $(java -jar "$CLI_JAR" --version)"
  echo "- data: $DATA, samples of whole groups, seed $SEED; heap limit -Xmx$XMX for claimcompare, -Xmx$SPARK_XMX for Spark"
  echo "- Spark: MLlib $(basename "$(tr ':' '\n' < "$BENCH/classpath.txt" | grep -m1 'spark-mllib_')" .jar), local[2], stop words: $SPARK_STOPWORDS, MinHashLSH $SPARK_TABLES tables, Jaccard distance < $SPARK_THRESHOLD, connected components"
  echo "- load: the 1-minute load average just before the run (2 cores: above 2, other processes were competing)"
  echo "- peak heap: the most heap in use before a collection or at exit (-Xlog:gc); live heap: the most in use just after a collection"
  echo
  echo "| size | system | claims | clusters | wall s | CPU s | load | peak heap MiB | live heap MiB | max RSS MiB | candidate pairs | blocking recall | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$TABLE"
cat "$TABLE" >&2

RATIOS=()
for size in "${SIZES[@]}"; do
  sample=$WORK/sample-$size.jsonl gold=$WORK/sample-$size.gold
  if in_list "$size" "${CLAIMCOMPARE_SIZES[@]}"; then
    note "claimcompare cluster, $size"
    if run "cc-$size" "$XMX" java -jar "$CLI_JAR" cluster --in "$sample" --out "$WORK/cc-$size.jsonl"; then
      bench Metrics "$WORK/cc-$size.jsonl" "$gold" > "$WORK/cc-$size.metrics"
    fi
    row "$size" claimcompare "cc-$size" | tee -a "$TABLE" >&2
  fi
  in_list "$size" "${SPARK_SIZES[@]}" || continue
  note "Spark MinHashLSH, $size"
  if run "spark-$size" "$SPARK_XMX" java "${SPARK_JVM[@]}" -cp "$CP" org.claimcompare.benchmark.SparkMinHash cluster \
      "$sample" "$WORK/spark-$size.jsonl" --tables "$SPARK_TABLES" --threshold "$SPARK_THRESHOLD" --stopwords "$SPARK_STOPWORDS"; then
    bench Metrics "$WORK/spark-$size.jsonl" "$gold" > "$WORK/spark-$size.metrics"
    if [[ $SPARK_CANDIDATES == 1 ]]; then
      java -Xmx"$SPARK_XMX" "${SPARK_JVM[@]}" -cp "$CP" org.claimcompare.benchmark.SparkMinHash candidates \
          "$sample" --tables "$SPARK_TABLES" --stopwords "$SPARK_STOPWORDS" > "$WORK/spark-$size.candidates" 2> "$WORK/spark-$size.candidates.err" || true
    fi
  fi
  row "$size" "Spark MinHashLSH" "spark-$size" | tee -a "$TABLE" >&2
  if [[ -s $WORK/cc-$size.metrics && -s $WORK/spark-$size.metrics ]]; then
    RATIOS+=("$(awk -v s="$(cut -d' ' -f1 "$WORK/spark-$size.time")" -v c="$(cut -d' ' -f1 "$WORK/cc-$size.time")" \
        -v n="$size" -v cf="$(metric b3_f1 "$WORK/cc-$size.metrics")" -v sf="$(metric b3_f1 "$WORK/spark-$size.metrics")" \
        -v cp="$(metric pair_f1 "$WORK/cc-$size.metrics")" -v sp="$(metric pair_f1 "$WORK/spark-$size.metrics")" \
        'BEGIN {printf "- %s: Spark wall / claimcompare wall = %.2f; B³ F1 claimcompare %s, Spark %s; pairwise F1 claimcompare %s, Spark %s", n, s / c, cf, sf, cp, sp}')")
  fi
  RATIOS+=("  - Spark inside the JVM, $size: $(grep -h 'spark timings:' "$WORK/spark-$size.err" | sed 's/spark timings: //')")
done

{
  echo
  echo "Ratios, measured in this run:"
  echo
  printf '%s\n' "${RATIOS[@]}"
  echo
  echo "Samples, outputs and logs: $WORK"
} >> "$TABLE"
cat "$TABLE"
