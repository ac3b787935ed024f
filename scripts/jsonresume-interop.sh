#!/usr/bin/env bash
# Proves Profile Kit's JSON Resume output with real JSON Resume tools: every examples/*.yaml is
# converted with the built CLI, checked by `resumed validate`, rendered with
# jsonresume-theme-even, and the HTML must show the person's name and every work position.
# The tools are the pinned versions of scripts/jsonresume-interop/package-lock.json, installed
# with `npm ci` into a scratch folder that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="$root/profile-cli/target/profile.jar"

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

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/tools"
cp scripts/jsonresume-interop/package.json scripts/jsonresume-interop/package-lock.json "$scratch/tools/"
(cd "$scratch/tools" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
resumed="$scratch/tools/node_modules/.bin/resumed"
version() { node -p "require('$scratch/tools/node_modules/$1/package.json').version"; }
echo "jsonresume-interop: resumed $(version resumed), jsonresume-theme-even $(version jsonresume-theme-even)"

failures=0
for example in examples/*.yaml; do
  name="$(basename "$example" .yaml)"
  resume="$scratch/$name.resume.json"
  html="$scratch/$name.html"
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
  # The theme is resolved from the working directory's node_modules.
  if ! (cd "$scratch/tools" && "$resumed" render "$resume" --theme jsonresume-theme-even -o "$html" >"$scratch/$name.render.log" 2>&1); then
    echo "FAIL $name: resumed render failed:" >&2
    cat "$scratch/$name.render.log" >&2
    failures=$((failures + 1))
    continue
  fi
  # Every expected text must appear in the HTML, as written or HTML-escaped.
  if ! found="$(node - "$resume" "$html" <<'JS'
const fs = require('fs');
const [resumeFile, htmlFile] = process.argv.slice(2);
const resume = JSON.parse(fs.readFileSync(resumeFile, 'utf8'));
const html = fs.readFileSync(htmlFile, 'utf8');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const expected = [(resume.basics || {}).name, ...(resume.work || []).map((w) => w.position)].filter(Boolean);
const missing = expected.filter((text) => !html.includes(text) && !html.includes(escape(text)));
console.log(missing.length ? missing.join(' | ') : `${expected.length}`);
process.exit(missing.length ? 1 : 0);
JS
)"; then
    echo "FAIL $name: not in the rendered HTML: $found" >&2
    failures=$((failures + 1))
    continue
  fi
  echo "ok   $name: valid for resumed, rendered with jsonresume-theme-even, name and positions shown ($found texts)"
done

if [ "$failures" -gt 0 ]; then
  echo "jsonresume-interop: $failures example(s) failed" >&2
  exit 1
fi
echo "jsonresume-interop: all examples passed"
