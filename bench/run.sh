#!/usr/bin/env bash
# Runs every crosscheck benchmark and writes bench/results/results.md (plus the raw files beside it):
#   bench/run.sh                # everything: JMH (with -prof gc), paired ratios, cold start, session heap
#   bench/run.sh 'Extraction'   # extra arguments go to JMH, e.g. a benchmark regex; the rest still runs
# Settings (environment): BENCH_COLD_RUNS (10), BENCH_PAIRED_ROUNDS (30), BENCH_SESSION_SECONDS (300),
# BENCH_MAX_CHECK_SECONDS (200), BENCH_HEAP (4g), BENCH_SKIP (any of: jmh paired cold session).
# JMH settings are in the benchmark classes: one fork, 8 warm-up and 3 measured iterations of 2 s (story
# check: 6 and 5; rule engine: 10 of 2 s and 5 of 1 s), modest on purpose: the machine has 2 shared cores, so read the numbers as
# ratios measured side by side in the same run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$root/bench/results"
jar="$root/bench/target/benchmarks.jar"
cold_runs="${BENCH_COLD_RUNS:-10}"
paired_rounds="${BENCH_PAIRED_ROUNDS:-30}"
session_seconds="${BENCH_SESSION_SECONDS:-300}"
max_check="${BENCH_MAX_CHECK_SECONDS:-200}"
heap="${BENCH_HEAP:-4g}"
skip=" ${BENCH_SKIP:-} "
props="-Duser.language=en -Duser.country=US -Duser.timezone=UTC -Dbench.maxCheckSeconds=$max_check"

cd "$root"
mkdir -p "$out"
echo "bench: building the benchmarks…" >&2
mvn -q -B package -pl bench -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores available"
  echo "memory: $(free -g | awk '/Mem:/ {print $2}') GiB"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "JMH 1.37: fork 1; warm-up 8 x 2 s, measurement 3 x 2 s (story check: 6 x 2 s and 5 x 2 s; rule engine: 10 x 2 s and 5 x 1 s, one check at least per iteration, a check over ${max_check} s stops its fork); -prof gc; fork heap -Xmx$heap"
  [ $# -gt 0 ] && echo "JMH arguments: $*"
} > "$out/machine.txt"

load() { echo "load average before $1: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"; }

if [[ "$skip" != *" jmh "* ]]; then
  load JMH
  echo "bench: JMH (this takes a while; log in $out/jmh.log)…" >&2
  java -jar "$jar" -rf json -rff "$out/jmh.json" -prof gc -jvmArgsAppend "-Xmx$heap $props" "$@" 2>&1 | tee "$out/jmh.log"
fi

if [[ "$skip" != *" paired "* ]]; then
  load "paired ratios"
  echo "bench: paired ratios (interleaved floor / extraction / 2-thread extraction rounds)…" >&2
  java "-Xmx$heap" $props -cp "$jar" io.github.crosscheck.bench.PairedRatios --out "$out/paired-ratios.tsv" \
    --rounds "$paired_rounds"
fi

if [[ "$skip" != *" cold "* ]]; then
  load "cold start"
  echo "bench: cold start, $cold_runs runs of ./crosscheck check examples/two-calls…" >&2
  ./crosscheck check examples/two-calls >/dev/null || [ $? -eq 1 ]   # first use builds the jar; 1 means findings
  : > "$out/cold-start.txt"
  for _ in $(seq "$cold_runs"); do
    start=$(date +%s%N)
    ./crosscheck check examples/two-calls >/dev/null || [ $? -eq 1 ]
    echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$out/cold-start.txt"
  done
fi

if [[ "$skip" != *" session "* ]]; then
  load "session heap"
  echo "bench: session heap, generated claims (up to $session_seconds s of adding documents)…" >&2
  java "-Xmx$heap" $props -cp "$jar" io.github.crosscheck.bench.SessionHeap --source generated \
    --out "$out/session-heap-generated.tsv" --documents 100000 --seconds "$session_seconds"
  load "session heap, fixture texts"
  echo "bench: session heap, fixture texts (up to $session_seconds s of adding documents)…" >&2
  java "-Xmx$heap" $props -cp "$jar" io.github.crosscheck.bench.SessionHeap --source fixtures \
    --out "$out/session-heap.tsv" --documents 100000 --seconds "$session_seconds"
fi

echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/machine.txt"
java $props -cp "$jar" io.github.crosscheck.bench.ResultsTable "$out"
echo "bench: wrote $out/results.md" >&2
