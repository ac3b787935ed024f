#!/usr/bin/env bash
# Proves Profile Kit's JSON Resume output with the JSON Resume tools themselves: every
# examples/*.yaml is converted with the built CLI, checked by `resumed validate`, and rendered
# with each of 15 popular themes the way `resumed render` does. It fails when a theme crashes on
# our output, or when full.yaml's employer names, website or work highlights are missing from a
# theme that shows those fields for the official sample (scripts/jsonresume-interop/render-all.mjs).
# It also gives back each messy JSON Resume of the test corpus and fails when a theme crashes on
# that output but renders the file itself.
# The tools are the pinned versions of scripts/jsonresume-interop/package-lock.json, installed
# once with `npm ci` into a cache folder kept between runs (PROFILEKIT_CACHE, default
# ~/.cache/profilekit), one folder per lock file. With --survey-aliases it prints instead which
# pre-1.0 aliases each theme reads (scripts/jsonresume-interop/alias-survey.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="$root/profile-cli/target/profile.jar"
started=$SECONDS

if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "jsonresume-interop: npm and node are needed to run the JSON Resume tools but are not installed" >&2
  if [ "${CI:-}" = "true" ]; then
    echo "jsonresume-interop: FAILED (CI=true: this check may not be skipped)" >&2
    exit 1
  fi
  echo "jsonresume-interop: SKIPPED (install Node.js 18+ with npm to run it)" >&2
  exit 0
fi

if [ ! -f "$jar" ]; then
  echo "jsonresume-interop: building $jar" >&2
  ./mvnw -q -B -DskipTests -pl profile-cli -am package
fi

lock="scripts/jsonresume-interop/package-lock.json"
key="$(sha256sum "$lock" | cut -c1-16)"
tools="${PROFILEKIT_CACHE:-$HOME/.cache/profilekit}/jsonresume-interop/$key"
if [ ! -f "$tools/.installed" ]; then
  echo "jsonresume-interop: installing resumed and the themes into $tools (once)" >&2
  rm -rf "$tools"
  mkdir -p "$tools"
  cp scripts/jsonresume-interop/package.json "$lock" "$tools/"
  (cd "$tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
  touch "$tools/.installed"
fi
resumed="$tools/node_modules/.bin/resumed"
themes="$(node -p "Object.keys(require('$root/scripts/jsonresume-interop/package.json').dependencies).filter((n) => n.startsWith('jsonresume-theme-')).join(' ')")"
sample="$root/profile-render/src/test/resources/jsonresume/sample.resume.json"
if [ "${1:-}" = "--survey-aliases" ]; then
  cp scripts/jsonresume-interop/alias-survey.mjs "$tools/alias-survey.mjs"
  # shellcheck disable=SC2086
  (cd "$tools" && node alias-survey.mjs "$sample" $themes)
  exit 0
fi
echo "jsonresume-interop: resumed $(node -p "require('$tools/node_modules/resumed/package.json').version"), $(echo "$themes" | wc -w) themes"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
resumes=()
for example in examples/*.yaml; do
  name="$(basename "$example" .yaml)"
  resume="$scratch/$name.resume.json"
  if ! java -jar "$jar" convert "$example" --to jsonresume -o "$resume" --strict; then
    echo "FAIL $name: profile convert --to jsonresume --strict failed" >&2
    failures=$((failures + 1))
    continue
  fi
  if ! "$resumed" validate "$resume" >"$scratch/$name.validate.log" 2>&1; then
    echo "FAIL $name: resumed validate rejected the JSON Resume:" >&2
    cat "$scratch/$name.validate.log" >&2
    failures=$((failures + 1))
    continue
  fi
  echo "ok   $name: valid for resumed validate"
  resumes+=("$resume")
done

# The messy JSON Resumes of the test corpus, given back by a JSON Resume to JSON Resume
# conversion: no theme may crash on what we give back where it renders the file itself.
corpus="profile-render/src/test/resources/jsonresume/corpus"
mkdir "$scratch/corpus"
if java -jar "$jar" convert "$corpus"/*.resume.json --to jsonresume -o "$scratch/corpus" -q >"$scratch/corpus.log" 2>&1; then
  resumes+=("$scratch"/corpus/*.resume.json)
else
  echo "FAIL corpus: profile convert --to jsonresume failed:" >&2
  cat "$scratch/corpus.log" >&2
  failures=$((failures + 1))
fi

# Themes are imported from the tools folder, as resumed finds them in the working directory.
cp scripts/jsonresume-interop/render-all.mjs "$tools/render-all.mjs"
# shellcheck disable=SC2086
if ! (cd "$tools" && node render-all.mjs "$scratch" "$sample" --inputs "$root/$corpus" $themes -- "${resumes[@]}"); then
  failures=$((failures + 1))
fi
if [ -n "${JSONRESUME_INTEROP_KEEP:-}" ]; then
  mkdir -p "$JSONRESUME_INTEROP_KEEP" && cp -r "$scratch"/. "$JSONRESUME_INTEROP_KEEP"/
fi

if [ "$failures" -gt 0 ]; then
  echo "jsonresume-interop: FAILED ($failures problem(s)) in $((SECONDS - started)) s" >&2
  exit 1
fi
echo "jsonresume-interop: all examples valid and shown in full by every theme, in $((SECONDS - started)) s"
