#!/usr/bin/env bash
# How fast `profile serve` follows an edit: starts it on a copy of examples/full.yaml, saves a
# change N times (default 40) and reports the median and the 90th percentile of the rebuild time
# the server prints (read, validate, render) and of the whole delay from the save to the
# browser's reload event (the quiet period that coalesces saves included).
# Usage: benchmarks/serve-rebuild.sh [N]   (run `./mvnw package` first; needs curl;
# SERVE_JAVA_OPTS adds JVM options, e.g. bin/profile's one-shot -XX:TieredStopAtLevel=1)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/profile-cli/target/profile.jar"
[ -f "$jar" ] || { echo "no $jar: run ./mvnw package first" >&2; exit 2; }
rounds="${1:-40}"
work="$(mktemp -d)"
cp "$root/examples/full.yaml" "$work/me.yaml"
java ${SERVE_JAVA_OPTS:-} -jar "$jar" serve "$work/me.yaml" >"$work/out" 2>"$work/err" &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT

for _ in $(seq 1 200); do
  grep -q '^Serving' "$work/out" && break
  sleep 0.1
done
url="$(grep -o 'http://[^ ]*' "$work/out")"

# Warm-up: the first rebuilds load and compile what the later ones reuse.
for i in $(seq 1 10); do
  sed -i "s/^  label: .*/  label: Warm-up $i/" "$work/me.yaml"
  until [ "$(grep -c 'changed: page updated' "$work/err")" -ge "$i" ]; do sleep 0.01; done
done

: >"$work/delays"
for i in $(seq 1 "$rounds"); do
  version="$(curl -s "$url" | grep -o "since=[0-9]*" | head -1 | cut -d= -f2)"
  start=$(date +%s%N)
  sed -i "s/^  label: .*/  label: Round $i/" "$work/me.yaml"
  curl -sN --max-time 10 "${url}events?since=$version" | grep -m1 -q '^event: reload'
  echo $((($(date +%s%N) - start) / 1000000)) >>"$work/delays"
done

percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int((NR - 1) * p + 1); print v[i] }'; }
grep 'changed: page updated' "$work/err" | tail -n "$rounds" | sed 's/.* in \([0-9.]*\) ms/\1/' >"$work/builds"
printf 'rebuild (read + validate + render): median %s ms, p90 %s ms over %s saves\n' \
  "$(percentile 0.5 <"$work/builds")" "$(percentile 0.9 <"$work/builds")" "$rounds"
printf 'save to reload event (incl. %s ms quiet period): median %s ms, p90 %s ms\n' \
  60 "$(percentile 0.5 <"$work/delays")" "$(percentile 0.9 <"$work/delays")"
