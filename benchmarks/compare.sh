#!/usr/bin/env bash
# Measures Profile Kit beside the JSON Resume tools on this machine and prints the figures side
# by side: single-conversion wall time (median of RUNS runs, and the ratio to `resumed render`
# with jsonresume-theme-even), batch throughput, and peak memory. Inputs are generated.
#   benchmarks/compare.sh                 # RUNS=11 BATCH=10000 LINES=100000 by default
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$root/benchmarks/.work"
runs="${RUNS:-11}"
batch="${BATCH:-10000}"
lines="${LINES:-100000}"
profile="$root/bin/profile"
mkdir -p "$work"
cd "$root"

say() { printf '%s\n' "$*" >&2; }

say "building (the CLI, its start-up archive, and the benchmark jar)..."
"$profile" --version >/dev/null
./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests
# The JDK bin/profile runs: JAVA_HOME's when it is set, else the one on the PATH.
java_cmd="${JAVA_HOME:+$JAVA_HOME/bin/}java"
generate() { "$java_cmd" -cp benchmarks/target/benchmarks.jar dev.profilekit.benchmarks.GenerateProfiles "$@"; }

say "installing resumed and jsonresume-theme-even from the npm registry..."
if ! command -v npm >/dev/null; then
  say "npm is missing: install Node.js and npm to compare with resumed"
  exit 1
fi
npm install --silent --no-save --no-audit --no-fund --prefix "$work/npm" resumed@6.1.0 jsonresume-theme-even@0.26.1 >/dev/null
resumed="$work/npm/node_modules/.bin/resumed"

# Wall time of one command in milliseconds.
wall_ms() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median_ms() {
  local i
  for ((i = 0; i < runs; i++)); do wall_ms "$@"; done | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'
}

# Peak resident memory (MiB) and wall time (s) of one command.
peak_and_wall() {
  local start end kb
  start=$(date +%s%N)
  /usr/bin/time -f '%M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt"
  end=$(date +%s%N)
  kb=$(tail -1 "$work/time.txt")
  echo "$((kb / 1024)) $(awk -v ns=$((end - start)) 'BEGIN {printf "%.2f", ns / 1e9}')"
}

cp examples/full.yaml "$work/full.yaml"
"$profile" convert "$work/full.yaml" --to jsonresume -o "$work/full.resume.json"

say "single conversion, $runs runs each..."
ours=$(median_ms "$profile" convert "$work/full.yaml" --to html -o "$work/ours.html")
theirs=$(cd "$work/npm" && median_ms "$resumed" render "$work/full.resume.json" --theme jsonresume-theme-even -o "$work/theirs.html")
version_ms=$(median_ms "$profile" --version)

say "batch: $batch YAML files to HTML..."
rm -rf "$work/batch-in" "$work/batch-out"
generate files "$batch" yaml "$work/batch-in"
read -r batch_mib batch_s < <(peak_and_wall "$profile" convert "$work/batch-in" --to html -o "$work/batch-out" --quiet)

say "JSON Lines: JSON Resume to native, 10000 and $lines profiles..."
generate lines 10000 jsonresume "$work/small.jsonl"
generate lines "$lines" jsonresume "$work/large.jsonl"
read -r small_mib small_s < <(peak_and_wall "$profile" convert "$work/small.jsonl" --from jsonl --to jsonl -o "$work/small-out.jsonl" --quiet)
read -r large_mib large_s < <(peak_and_wall "$profile" convert "$work/large.jsonl" --from jsonl --to jsonl -o "$work/large-out.jsonl" --quiet)

rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }
cat <<TABLE

Profile Kit vs resumed on $(nproc) cores, $("$java_cmd" -version 2>&1 | head -1)
                                          Profile Kit    resumed + theme-even
single YAML -> HTML, median of $runs (ms)     $(printf '%8s' "$ours")       $(printf '%8s' "$theirs")
  ratio (ours / resumed)                  $(awk -v a="$ours" -v b="$theirs" 'BEGIN {printf "%8.2f", a / b}')
profile --version, median (ms)            $(printf '%8s' "$version_ms")
batch: $batch YAML -> HTML files
  throughput (profiles/s)                 $(printf '%8s' "$(rate "$batch" "$batch_s")")
  peak memory (MiB)                       $(printf '%8s' "$batch_mib")
JSONL: JSON Resume -> native JSON lines
  10000 profiles: profiles/s, peak MiB    $(printf '%8s' "$(rate 10000 "$small_s")") $(printf '%8s' "$small_mib")
  $lines profiles: profiles/s, peak MiB  $(printf '%8s' "$(rate "$lines" "$large_s")") $(printf '%8s' "$large_mib")
TABLE
