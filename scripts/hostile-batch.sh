#!/usr/bin/env bash
# A batch of hostile files and a JSON Lines stream with bad lines, through the built CLI (run
# `./mvnw package` first): every input must end written or failed with its diagnostic, the
# summary must count both, no run may exit 4 or print a stack trace, and the pathological inputs
# (each well under the 10 MiB limit) must finish within a generous time each.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$root/profile-cli/target/profile.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
# Seconds any one pathological input may take, validate and convert together: linear work is
# about a second per MiB on an idle machine; the budget leaves room for a busy one.
budget="${HOSTILE_SECONDS:-60}"

check() {
  local description="$1"
  shift
  if "$@"; then
    printf 'ok   %s\n' "$description"
  else
    printf 'FAIL %s\n' "$description" >&2
    failures=$((failures + 1))
  fi
}
contains() { [[ "$1" == *"$2"* ]]; }
lacks() { [[ "$1" != *"$2"* ]]; }
profile() { java -Xmx256m -XX:+UseParallelGC -jar "$jar" "$@"; }

[ -f "$jar" ] || { echo "hostile-batch: build the jar first (./mvnw package)" >&2; exit 1; }

python3 - "$work" <<'PY'
import json, os, sys
work = sys.argv[1]
batch = os.path.join(work, "batch")
os.makedirs(batch)
good = "schemaVersion: 1\nperson:\n  name: Sam Quill\n"
def put(name, text, mode="w"):
    with open(os.path.join(batch, name), mode) as f:
        f.write(text)
put("good.yaml", good)
put("good2.json", '{"schemaVersion":1,"person":{"name":"Ada Byrne"}}')
put("blank-lines.md", "# Sam Quill\n" + "\n" * (10 * 1024 * 1024 - 100))
put("dashes.yaml", good + '  summary: "' + "-" * 5000 + '"\n')
put("stars.yaml", good + '  summary: "' + "*" * 3000 + '"\n')
put("quotes-title.yaml", good + "  summary: '[a](https://e.org \"" + '\\"' * 3000 + "\")'\n")
put("syntax.yaml", "schemaVersion: 1\nperson: [\n  name: {Sam\n")
put("trailing.json", '{"schemaVersion":1,"person":{"name":"A"}} trailing garbage')
put("two-docs.yaml", good + "---\nperson:\n  name: B\n")
put("surrogate.json", '{"schemaVersion":1,"person":{"name":"A\\ud800"}}')
put("exponent.json", '{"schemaVersion":1,"person":{"name":"A"},"x":1e2147483648}')
put("utf16.yaml", good.encode("utf-16"), "wb")
put("comment.yaml", good + "#" + "x" * 9_000_000 + "\n")
put("years.yaml", good + "claims:\n  - id: c1\n    statement: \"1" + " " * 40000 + "\"\n    tags: [python]\n")
put("todos.yaml", good + '  summary: "' + "TODO " * 20000 + '"\n')
put("entities.yaml", good + "  summary: " + json.dumps("&amp;" * 200000) + "\n")
put("autolinks.md", "# Sam Quill\n\n" + " ".join("<https://e.org/%d>" % i for i in range(8000)) + "\n")
put("markers.md", "# Sam Quill\n\n## Claims\n\n- A claim " + "<!-- profilekit:claim " * 4000 + "\n")
# Long blocks, read by flexmark's block parser: minutes each before (heading check per line, a
# sequence builder growing by one line at a time, a ThreadLocal per paragraph).
big = os.path.join(work, "big")
os.makedirs(big)
def put_big(name, text):
    with open(os.path.join(big, name), "w") as f:
        f.write("# Sam Quill\n\n## Notes\n\n" + text)
put_big("table-rows.md", "| a | b |\n|---|---|\n" + "| x | y |\n" * 100000)
put_big("reference-definitions.md", "".join("[r%d]: https://e.org/%d\n" % (i, i) for i in range(40000)))
put_big("quote-lines.md", "> a\n" * 250000)
put_big("indented-lines.md", "a\n" + "  a\n" * 250000)
put_big("item-lines.md", "- a\n" + "  a\n" * 250000)
put_big("two-line-items.md", "- a\n  b\n" * 125000)
put_big("quoted-items.md", "> - a\n>   b\n" * 80000)
put_big("fenced-code-in-item.md", "- a\n\n  ```\n" + "  code\n" * 125000 + "  ```\n")
# List-heavy pages of 1 and 2 MiB: flexmark's block parser keeps about 1.4 KB per list item
# until a document is parsed (the 2 MiB page ran the heap out of memory), so the outline is parsed
# in pieces of about 64 KiB, one held at a time. Should one still run out of memory, it must fail
# alone with its one-line diagnostic, within the budget.
lists = os.path.join(work, "lists")
os.makedirs(lists)
def put_list(name, text):
    with open(os.path.join(lists, name), "w") as f:
        f.write("# Sam Quill\n\n" + text)
put_list("nested-lists.md", "## Notes\n\n" + "- a\n  - b\n    - c\n" * 58000)
put_list("nested-lists-2mib.md", "## Notes\n\n" + "- a\n  - b\n    - c\n" * 116000)
put_list("sections-of-items.md", "".join("## Section %d\n\n" % s + "".join("- item %d\n" % j for j in range(3000)) + "\n" for s in range(30)))
lines = [
    b'{"schemaVersion":1,"person":{"name":"A"}}',
    b'{"schemaVersion":1,"person":{"name":"B\xff"}}',
    b'{"schemaVersion":1,"person":{"name":"C\\ud800"}}',
    b'{"schemaVersion":1,"person":{"name":"D"},"x":1e2147483648}',
    b'{"schemaVersion":1,"person":{"name":"E"}} trailing',
    b'{"schemaVersion":1,"person":{"nmae":"F"}}',
    b'',
    b'{"schemaVersion":1,"person":{"name":"G"}}',
]
with open(os.path.join(work, "stream.jsonl"), "wb") as f:
    f.write(b"\n".join(lines) + b"\n")
PY

files=$(find "$work/batch" -type f | wc -l)
set +e
batch_err="$(profile convert "$work/batch" --to html -o "$work/out" 2>&1)"
batch_exit=$?
set -e
written=$(find "$work/out" -type f -name '*.html' | wc -l)
# A failed file may have several errors: count the files named before ": error:".
failed_files=$( (grep ': error: ' <<<"$batch_err" || true) | sed 's/:[0-9]*:[0-9]*: error: .*//' | sort -u | grep -c . || true)
# The worst failure decides: 3 for the UTF-16 file (unreadable), never 0 or 4.
check "the hostile batch exits 3, its worst failure (got $batch_exit)" test "$batch_exit" -eq 3
check "every one of $files files is written ($written) or failed with a diagnostic ($failed_files)" \
  test $((written + failed_files)) -eq "$files"
check "the summary counts both" contains "$batch_err" "converted $written of $files files to html"
check "the summary names the failures" contains "$batch_err" "$((files - written)) failed"
check "no stack trace in the batch" lacks "$batch_err" "	at "
check "the UTF-16 file is named as such" contains "$batch_err" "UTF-16"

set +e
stream_err="$(profile convert "$work/stream.jsonl" --to jsonl -o "$work/out.jsonl" 2>&1)"
stream_exit=$?
set -e
check "the JSON Lines stream exits 1 (got $stream_exit)" test "$stream_exit" -eq 1
check "its good lines are written" test "$(wc -l <"$work/out.jsonl")" -eq 2
check "its summary counts 2 of 7" contains "$stream_err" "converted 2 of 7 profiles"
for line in 2 3 4 5 6; do
  check "bad line $line is reported with its number" contains "$stream_err" "stream.jsonl:$line:"
done
check "no stack trace in the stream" lacks "$stream_err" "	at "

# One pathological file at a time, each within the budget (a generous bound: minutes before).
for file in "$work"/batch/*; do
  name="${file##*/}"
  start=$(date +%s%N)
  set +e
  err="$(profile validate "$file" 2>&1 >/dev/null; profile convert "$file" --to html -o "$work/one.html" 2>&1)"
  set -e
  seconds=$(( ($(date +%s%N) - start) / 1000000000 ))
  check "$name validates and converts in ${seconds}s (budget ${budget}s), with no stack trace" \
    test "$seconds" -le "$budget" -a "${err/	at /}" = "$err"
done

# Long Markdown blocks (about 1 MiB each; minutes each before): validate, convert and check, each within the budget.
for file in "$work"/big/*; do
  name="${file##*/}"
  start=$(date +%s%N)
  set +e
  err="$(profile validate "$file" 2>&1 >/dev/null; profile convert "$file" --to html -o "$work/one.html" 2>&1; profile check "$file" 2>&1 >/dev/null)"
  set -e
  seconds=$(( ($(date +%s%N) - start) / 1000000000 ))
  check "$name validates, converts and checks in ${seconds}s (budget ${budget}s), with no stack trace" \
    test "$seconds" -le "$budget" -a "${err/	at /}" = "$err" -a -s "$work/one.html"
  rm -f "$work/one.html"
done

# List-heavy pages (1 and 2 MiB): validated, converted and checked under the batch's heap, each
# within the budget; an out-of-memory failure here is a regression (issue 21).
for file in "$work"/lists/*; do
  name="${file##*/}"
  start=$(date +%s%N)
  set +e
  validate_err="$(profile validate "$file" 2>&1 >/dev/null)"
  convert_err="$(profile convert "$file" --to json -o "$work/one.json" 2>&1)"
  convert_exit=$?
  check_err="$(profile check "$file" 2>&1 >/dev/null)"
  set -e
  seconds=$(( ($(date +%s%N) - start) / 1000000000 ))
  all_err="$validate_err$convert_err$check_err"
  check "$name validates, converts and checks in ${seconds}s (budget ${budget}s), with no stack trace" \
    test "$seconds" -le "$budget" -a "${all_err/	at /}" = "$all_err"
  check "$name is converted (exit $convert_exit) and written" test "$convert_exit" -eq 0 -a -s "$work/one.json"
  check "$name runs out of memory nowhere" lacks "$all_err" "ran out of memory"
  rm -f "$work/one.json"
done

if [ "$failures" -gt 0 ]; then
  echo "hostile-batch: $failures check(s) failed" >&2
  exit 1
fi
echo "hostile-batch: all checks passed"
