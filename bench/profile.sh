#!/usr/bin/env bash
# Profiles benchmarks with Flight Recorder and prints where the time goes:
#   bench/profile.sh 'ExtractionBenchmark.extract$'
#   bench/profile.sh 'RuleEngineBenchmark' -p claims=10000
# Arguments go to JMH (a benchmark regex first). Recordings stay in bench/results/jfr/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/bench/target/benchmarks.jar"
dir="$root/bench/results/jfr"
cd "$root"
mvn -q -B package -pl bench -am -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
rm -rf "$dir" && mkdir -p "$dir"
java -jar "$jar" -prof "jfr:dir=$dir;configName=profile" -jvmArgsAppend "-Xmx4g -Duser.timezone=UTC" "$@" >"$dir/jmh.log" 2>&1 \
  || { tail -40 "$dir/jmh.log"; exit 1; }
grep -E '^(Benchmark|[A-Z][A-Za-z]+Benchmark\.[A-Za-z0-9]+ )' "$dir/jmh.log" || true
java -cp "$jar" io.github.crosscheck.bench.HotSpots "$dir" --top 25
