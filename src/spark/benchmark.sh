#!/usr/bin/env bash
# The Spark job in local[2] beside the single-JVM engine (docs/benchmarks.md, "The engine on Spark").
#
#   src/spark/benchmark.sh [SIZE] [DATA.jsonl]
#
# Without DATA, writes SIZE (default 100000) synthetic claims (SampleClaims.synthetic, seed 13: groups
# of renderings made from the words of seeds/). With DATA (for example claims taken from
# ../shared/data), clusters that file. Runs, one after the other:
#   java -jar target/claimcompare-cli.jar cluster --in IN --out cli.jsonl
#   java -jar target/claimcompare-spark.jar cluster --master local[2] --in IN --out spark.jsonl
# with /usr/bin/time, checks that the two outputs are equal, and sums Spark's task metrics from its
# event log per stage: shuffle bytes written and read, executor run and CPU time.
# Environment: XMX (default 4g), SKIP_BUILD=1 to use the jars built before, WORK (default: a new
# temporary folder, kept).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${1:-100000}
XMX=${XMX:-4g}
WORK=${WORK:-$(mktemp -d -t claimcompare-spark-XXXX)}
mkdir -p "$WORK"
echo "benchmark.sh: work folder $WORK" >&2
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  mvn -B -q package -DskipTests -DskipDocs
  mvn -B -q test-compile -DskipDocs -pl src/spark -am
fi
if [[ $# -ge 2 ]]; then
  IN=$(realpath "$2")
else
  IN=$WORK/claims-$SIZE.jsonl
  # The generator needs the library and Jackson only, both in the command line's jar.
  java -cp "src/spark/target/test-classes:target/claimcompare-cli.jar" \
    org.claimcompare.spark.SyntheticClaimsFile "$SIZE" 13 "$IN"
fi
echo "benchmark.sh: $(wc -l < "$IN") claims in $IN" >&2
/usr/bin/time -f "cli: wall %e s, user %U s, sys %S s, max RSS %M KiB" \
  java -Xmx"$XMX" -jar target/claimcompare-cli.jar cluster --progress none --in "$IN" --out "$WORK/cli.jsonl"
# One event log: a work folder used before may hold an earlier run's.
rm -rf "$WORK/events"
mkdir -p "$WORK/events"
/usr/bin/time -f "spark local[2]: wall %e s, user %U s, sys %S s, max RSS %M KiB" \
  java -Xmx"$XMX" -Dspark.eventLog.enabled=true -Dspark.eventLog.dir="file://$WORK/events" \
  -jar target/claimcompare-spark.jar cluster --master 'local[2]' --in "$IN" --out "$WORK/spark.jsonl"
if cmp -s "$WORK/cli.jsonl" "$WORK/spark.jsonl"; then
  echo "outputs: equal ($(wc -l < "$WORK/cli.jsonl") clusters)"
else
  echo "outputs: DIFFERENT" && exit 1
fi
python3 - "$WORK"/events/* <<'PY'
import json, sys, collections
stages = collections.OrderedDict()
names = {}
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["Event"] == "SparkListenerStageCompleted":
        i = e["Stage Info"]
        names[i["Stage ID"]] = i["Stage Name"]
    if e["Event"] != "SparkListenerTaskEnd" or "Task Metrics" not in e:
        continue
    m = e["Task Metrics"]
    s = stages.setdefault(e["Stage ID"], collections.Counter())
    s["tasks"] += 1
    s["run ms"] += m["Executor Run Time"]
    s["cpu ms"] += m["Executor CPU Time"] / 1e6
    s["shuffle write B"] += m["Shuffle Write Metrics"]["Shuffle Bytes Written"]
    s["shuffle read B"] += m["Shuffle Read Metrics"]["Remote Bytes Read"] + m["Shuffle Read Metrics"]["Local Bytes Read"]
    s["records written"] += m["Shuffle Write Metrics"]["Shuffle Records Written"]
total = collections.Counter()
jobs, start, end = [], None, None
for line in open(sys.argv[1]):
    e = json.loads(line)
    if e["Event"] == "SparkListenerApplicationStart": start = e["Timestamp"]
    if e["Event"] == "SparkListenerApplicationEnd": end = e["Timestamp"]
    if e["Event"] == "SparkListenerJobStart": jobs.append([e["Submission Time"], None])
    if e["Event"] == "SparkListenerJobEnd": jobs[-1][1] = e["Completion Time"]
busy = sum(b - a for a, b in jobs if b)
print("application %.1f s, in jobs %.1f s, driver alone (between jobs) %.1f s" % ((end - start) / 1e3, busy / 1e3,
    (jobs[-1][1] - jobs[0][0] - busy) / 1e3 if jobs else 0))
print("| stage | what | tasks | executor run s | CPU s | shuffle written MB | records |")
print("|---|---|---:|---:|---:|---:|---:|")
for sid, s in stages.items():
    total.update(s)
    print("| %d | %s | %d | %.1f | %.1f | %.1f | %d |" % (sid, names.get(sid, "?").split(" at ")[0] + " at " + names.get(sid, "?").split(" at ")[-1],
        s["tasks"], s["run ms"] / 1e3, s["cpu ms"] / 1e3, s["shuffle write B"] / 1e6, s["records written"]))
print("| all | | %d | %.1f | %.1f | %.1f | %d |" % (total["tasks"], total["run ms"] / 1e3, total["cpu ms"] / 1e3,
    total["shuffle write B"] / 1e6, total["records written"]))
PY
