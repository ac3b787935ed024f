#!/usr/bin/env bash
# Proves Profile Kit's PDF with poppler, a reader that is not the one that wrote it: every
# examples/*.yaml, and full.yaml with the answers to its target, is converted to PDF with
# bin/profile; then every page is rendered with pdftoppm (a page poppler cannot draw fails),
# each PDF must have at least one page, pdffonts must show every font embedded, and the profile
# read back from the PDF (`convert X.pdf --to yaml`) must be the one converted from the YAML.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pdftoppm >/dev/null 2>&1 || ! command -v pdffonts >/dev/null 2>&1 \
    || ! command -v pdfinfo >/dev/null 2>&1; then
  echo "pdf-pages: installing poppler-utils with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
echo "pdf-pages: $(pdftoppm -v 2>&1 | head -1)"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
failures=0
fail() {
  echo "pdf-pages: FAIL: $*" >&2
  failures=$((failures + 1))
}

# Each case: the YAML, the PDF's name, and the convert options beyond the input.
cases=()
for yaml in examples/*.yaml; do
  cases+=("$yaml|$(basename "$yaml" .yaml)|")
done
cases+=("examples/full.yaml|full-platform-lead|--target platform-lead")

for entry in "${cases[@]}"; do
  IFS='|' read -r yaml name options <<<"$entry"
  pdf="$scratch/$name.pdf"
  # shellcheck disable=SC2086 # options are words on purpose
  if ! bin/profile convert "$yaml" -o "$pdf" -q $options; then
    fail "$name: convert $yaml -o $name.pdf $options exited non-zero"
    continue
  fi
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    fail "$name: no page (pdfinfo says '${pages:-nothing}')"
  fi
  mkdir -p "$scratch/png/$name"
  if ! pdftoppm -png -r 50 "$pdf" "$scratch/png/$name/page" 2>"$scratch/pdftoppm.err" || [ -s "$scratch/pdftoppm.err" ]; then
    fail "$name: pdftoppm could not render every page: $(head -3 "$scratch/pdftoppm.err")"
  fi
  rendered="$(find "$scratch/png/$name" -name '*.png' | wc -l)"
  if [ "$rendered" != "$pages" ]; then
    fail "$name: $pages pages but $rendered rendered"
  fi
  # pdffonts: two header lines, then one line per font; emb is the fifth column from the end
  # (the type, such as "CID TrueType", may have spaces).
  fonts="$(pdffonts "$pdf" | tail -n +3)"
  if [ -z "$fonts" ]; then
    fail "$name: no font at all"
  fi
  not_embedded="$(awk '$(NF-4) != "yes" {print $1}' <<<"$fonts")"
  if [ -n "$not_embedded" ]; then
    fail "$name: fonts not embedded: $not_embedded"
  fi
  bin/profile convert "$yaml" --to yaml -q >"$scratch/$name.from-yaml.yaml"
  if ! bin/profile convert "$pdf" --to yaml -q >"$scratch/$name.from-pdf.yaml"; then
    fail "$name: the PDF could not be read back"
  elif ! diff -u "$scratch/$name.from-yaml.yaml" "$scratch/$name.from-pdf.yaml" >"$scratch/$name.diff"; then
    fail "$name: the profile read from the PDF differs from the YAML's: $(head -20 "$scratch/$name.diff")"
  fi
  echo "pdf-pages: $name: $pages page(s), $(wc -l <<<"$fonts") font(s) embedded, profile read back identical"
done

if [ "$failures" -gt 0 ]; then
  echo "pdf-pages: $failures failure(s)" >&2
  exit 1
fi
echo "pdf-pages: ${#cases[@]} PDFs checked"
