#!/usr/bin/env bash
# Tests what the built jar leaves behind when writing fails half-way: a full file system (a tiny
# tmpfs, which needs root; skipped without it) and Ctrl-C (SIGINT) during a JSON Lines run. No
# temporary file may remain and no existing output may change. Run `./mvnw package` first.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/profile-cli/target/profile.jar"
work="$(mktemp -d)"
tiny="$work/tiny"
cleanup() {
  if mountpoint -q "$tiny" 2>/dev/null; then umount "$tiny" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
failures=0
check() {
  local description="$1"
  shift
  if "$@"; then printf 'ok   %s\n' "$description"; else printf 'FAIL %s\n' "$description" >&2; failures=$((failures + 1)); fi
}
no_temporaries() { [ -z "$(find "$1" -name '*.tmp' -print -quit)" ]; }
profile() { java -XX:TieredStopAtLevel=1 -jar "$jar" "$@"; }

# 1. No space left on the device: exit 5, a message, the old file untouched, no temporary file.
mkdir -p "$tiny"
if mount -t tmpfs -o size=24k tmpfs "$tiny" 2>/dev/null; then
  printf 'keep me\n' >"$tiny/cv.html"
  set +e
  message="$(profile convert "$root/examples/full.yaml" --to html -o "$tiny/cv.html" 2>&1)"
  code=$?
  set -e
  check "full disk: exit code 5" [ "$code" -eq 5 ]
  check "full disk: says so" grep -q "No space left on device" <<<"$message"
  check "full disk: the old file is unchanged" [ "$(cat "$tiny/cv.html")" = "keep me" ]
  check "full disk: no temporary file left" no_temporaries "$tiny"

  mkdir -p "$work/many"
  for i in 1 2 3 4 5 6; do cp "$root/examples/full.yaml" "$work/many/p$i.yaml"; done
  set +e
  profile convert "$work/many" --to html -o "$tiny/site" >/dev/null 2>&1
  code=$?
  set -e
  check "full disk, batch: exit code 5" [ "$code" -eq 5 ]
  check "full disk, batch: no temporary file left" no_temporaries "$tiny"

  set +e
  profile convert "$work/many" --to jsonl -o "$tiny/all.jsonl" >/dev/null 2>&1
  code=$?
  set -e
  check "full disk, JSON Lines: fails" [ "$code" -ne 0 ]
  check "full disk, JSON Lines: no temporary file left" no_temporaries "$tiny"
else
  echo "skip full disk: cannot mount a tmpfs here (needs root)"
fi

# 2. Ctrl-C during a JSON Lines run: the shutdown hook removes the temporary output.
ignored="$(sed -n 's/^SigIgn:\t*//p' /proc/self/status 2>/dev/null || echo 0)"
if (( (16#${ignored:-0} & 2) != 0 )); then
  echo "skip SIGINT: this shell was started with SIGINT ignored, and so would the tool be"
else
  set -m # job control: the background run keeps SIGINT (otherwise bash ignores it in background jobs)
  mkfifo "$work/in"
  profile convert - --from jsonl --to jsonl -o "$work/out.jsonl" <"$work/in" >/dev/null 2>&1 &
  pid=$!
  exec 3>"$work/in"
  printf '{"schemaVersion": 1, "person": {"name": "Ada"}}\n' >&3
  for _ in $(seq 1 600); do
    [ -n "$(find "$work" -maxdepth 1 -name '.out.jsonl.*.tmp' -print -quit)" ] && break
    sleep 0.1
  done
  check "SIGINT: the run had its temporary output open" [ -n "$(find "$work" -maxdepth 1 -name '.out.jsonl.*.tmp' -print -quit)" ]
  kill -INT -- "-$pid" # the job's process group: the shell function and the JVM under it
  set +e
  wait "$pid"
  code=$?
  set -e
  exec 3>&-
  set +m
  check "SIGINT: the run ended by the signal" [ "$code" -eq 130 ]
  check "SIGINT: no temporary file left" no_temporaries "$work"
  check "SIGINT: no partial output" [ ! -e "$work/out.jsonl" ]
fi

if [ "$failures" -gt 0 ]; then
  echo "output-safety-test: $failures failed" >&2
  exit 1
fi
echo "output-safety-test: all passed"
