#!/usr/bin/env bash
# Proves Profile Kit's Markdown with the site generators people use: every examples/*.yaml and
# every about page of the test corpus (profile-render/src/test/resources/markdown/pages) is
# converted to Markdown with the built CLI, then a Jekyll site and a Hugo site (Debian's `jekyll`
# and `hugo` packages) are built from the results. The check fails on any build warning or
# error, when a page's HTML lacks its title or a word of its text, and when a corpus page shows
# other text than the original it was written from.
# Jekyll reads YAML front matter only, on pages with LF or CRLF line ends, and Liquid takes Hugo's
# shortcodes for its own tags: pages with TOML or JSON front matter, bare CR line ends or
# shortcodes are built by Hugo alone (as their originals could only be). Each Jekyll copy gets its
# own permalink, so that pages that all live at /about/ can share one site.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="$root/profile-cli/target/profile.jar"
started=$(date +%s)

missing=()
command -v jekyll >/dev/null 2>&1 || missing+=(jekyll)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
  echo "site-generators: installing ${missing[*]} with apt-get" >&2
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -f "$jar" ]; then
  echo "site-generators: building $jar" >&2
  ./mvnw -q -B -DskipTests -pl profile-cli -am package
fi
echo "site-generators: $(jekyll --version), $(hugo version | cut -d' ' -f1-2)"

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
pages="$scratch/markdown"
# One JVM for all files; a warning about the input (a duplicate key, no name) is fine here.
java -jar "$jar" convert examples/*.yaml profile-render/src/test/resources/markdown/pages/*.md \
  --to markdown -o "$pages" -q

jekyll_site="$scratch/jekyll"
hugo_site="$scratch/hugo"
mkdir -p "$jekyll_site/_layouts" "$jekyll_site/_includes" "$hugo_site/content" "$hugo_site/layouts/_default"
cat >"$jekyll_site/_config.yml" <<'YAML'
title: Profile Kit check
markdown: kramdown
defaults:
  - scope: {path: ""}
    values: {layout: default}
YAML
# Pages include Liquid snippets of their themes; an empty one stands in.
: >"$jekyll_site/_includes/base_path"
cat >"$hugo_site/hugo.toml" <<'TOML'
baseURL = "https://example.org/"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
TOML
layout='<!doctype html><html><head><meta charset="utf-8"><title>T</title></head><body><h1 class="page-title">%s</h1>%s</body></html>'
printf "$layout" '{{ .Title }}' '{{ .Content }}' >"$hugo_site/layouts/_default/single.html"
printf "$layout" '{{ .Title }}' '{{ .Content }}' >"$hugo_site/layouts/_default/list.html"

# The corpus pages as they were written go in too: what a site shows of our page must be what it
# shows of the original.
for original in profile-render/src/test/resources/markdown/pages/*.md; do
  cp "$original" "$pages/original-$(basename "$original")"
done

for page in "$pages"/*.md; do
  name="$(basename "$page")"
  cp "$page" "$hugo_site/content/$name"
  first="$(head -c 3 "$page")"
  if [ "$first" = "---" ] && ! grep -q '{{[<%]' "$page" && [ "$(tr -cd '\r\n' <"$page" | head -c 2)" != $'\r\r' ]; then
    sed '1,/^---\r\{0,1\}$/s#^permalink:.*#permalink: /'"${name%.md}"'/#' "$page" >"$jekyll_site/$name"
    # Every layout a page names must exist, or Jekyll warns.
    sed -n '1,/^---\r\{0,1\}$/{/^layout:/{s/^layout:[ ]*//;s/\r$//;p}}' "$page" | while read -r wanted; do
      printf "$layout" '{{ page.title }}' '{{ content }}' >"$jekyll_site/_layouts/$wanted.html"
    done
  fi
done
printf "$layout" '{{ page.title }}' '{{ content }}' >"$jekyll_site/_layouts/default.html"

failures=0
if ! (cd "$jekyll_site" && jekyll build --destination "$scratch/jekyll-out") >"$scratch/jekyll.log" 2>&1 \
    || grep -qiE 'warn|error|deprecat|conflict' "$scratch/jekyll.log"; then
  echo "FAIL jekyll build:" >&2
  cat "$scratch/jekyll.log" >&2
  failures=$((failures + 1))
fi
if ! hugo --source "$hugo_site" --destination "$scratch/hugo-out" --quiet --printPathWarnings >"$scratch/hugo.log" 2>&1 \
    || grep -qiE 'warn|error' "$scratch/hugo.log"; then
  echo "FAIL hugo build:" >&2
  cat "$scratch/hugo.log" >&2
  failures=$((failures + 1))
fi

# Each page's HTML must show its title and every word of its text.
python3 - "$pages" "$jekyll_site" "$scratch/jekyll-out" "$scratch/hugo-out" <<'PY' || failures=$((failures + 1))
import html, os, re, sys

pages, jekyll_site, jekyll_out, hugo_out = sys.argv[1:5]
WORD = re.compile(r"[^\W_]{3,}")

def split(text):
    """The front matter's title and the body of a page in our Markdown."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    title, body = None, text
    for fence, key in (("---", r"^title:\s*(.+)$"), ("+++", r"^title\s*=\s*(.+)$")):
        if text.startswith(fence + "\n"):
            end = text.index("\n" + fence + "\n", 3)
            head, body = text[:end], text[end + len(fence) + 2:]
            m = re.search(key, head, re.M)
            title = m and m.group(1).strip().strip("'\"")
    if text.startswith("{"):
        end = text.index("\n}\n")
        m = re.search(r'^\s*"title":\s*"([^"]*)"', text[:end], re.M)
        title, body = m and m.group(1), text[end + 3:]
    return title, body

def words(body):
    """The words a reader sees: no comments, code fences' info, Liquid or shortcodes, URLs."""
    body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
    body = re.sub(r"\{\{[<%].*?[%>]\}\}|\{%.*?%\}|\{\{.*?\}\}|\{:[^}]*\}", " ", body, flags=re.S)
    body = re.sub(r"\]\([^)]*\)|<[^>]+>|https?://\S+|mailto:\S+|^```\w*$|\[\^\w+\]", " ", body, flags=re.M)
    return set(WORD.findall(body))

def text_of(path):
    with open(path, encoding="utf-8") as f:
        page = f.read()
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))

def prose_of(path):
    """The page's text outside code blocks, where no front matter line may show."""
    with open(path, encoding="utf-8") as f:
        page = re.sub(r"<pre\b.*?</pre>", " ", f.read(), flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", page))

def slug_of(text):
    m = re.search(r'^\s*"?slug"?\s*[:=]\s*["\']?([^"\'\r\n]+)', text, re.M)
    return m and m.group(1).strip()

def output(site_out, name, slug):
    stem = name[:-3]
    for candidate in (f"{stem}.html", f"{stem}/index.html", f"{slug}/index.html"):
        path = os.path.join(site_out, candidate)
        if os.path.exists(path):
            return path
    return None

problems = 0
checked = {"jekyll": 0, "hugo": 0}
shown_by = {}
for name in sorted(os.listdir(pages)):
    with open(os.path.join(pages, name), encoding="utf-8", newline="") as f:
        page = f.read()
    title, body = split(page)
    normal = page.replace("\r\n", "\n").replace("\r", "\n")
    slug = slug_of(normal[: len(normal) - len(body)])
    expected = words(body)
    sites = [("hugo", hugo_out)]
    if os.path.exists(os.path.join(jekyll_site, name)):
        sites.append(("jekyll", jekyll_out))
    for site, out in sites:
        path = output(out, name, slug if site == "hugo" else None)
        if path is None:
            print(f"FAIL {site} {name}: no HTML page was built", file=sys.stderr)
            problems += 1
            continue
        shown = text_of(path)
        shown_by[(site, name)] = " ".join(shown.split())
        lost = sorted(w for w in expected if w not in shown)
        if title and title not in shown:
            lost.insert(0, f"title {title!r}")
        if re.search(r"^\s*(layout|title)\s*[:=]", prose_of(path), re.M):
            lost.insert(0, "front matter shown as text")
        if lost:
            print(f"FAIL {site} {name}: missing {', '.join(lost[:12])}", file=sys.stderr)
            problems += 1
        else:
            checked[site] += 1
same = 0
for (site, name), shown in sorted(shown_by.items()):
    original = shown_by.get((site, "original-" + name))
    if original is None:
        continue
    if shown != original:
        at = next(i for i, (a, b) in enumerate(zip(shown + "\0", original + "\0")) if a != b)
        print(f"FAIL {site} {name}: shows other text than the original page: "
              f"{shown[max(0, at - 40):at + 40]!r} instead of {original[max(0, at - 40):at + 40]!r}", file=sys.stderr)
        problems += 1
    else:
        same += 1
print(f"site-generators: {checked['jekyll']} Jekyll and {checked['hugo']} Hugo pages show every word; "
      f"{same} show exactly the text of the page they were written from")
sys.exit(1 if problems else 0)
PY

elapsed=$(($(date +%s) - started))
if [ "$failures" -gt 0 ]; then
  echo "site-generators: FAILED ($failures problem(s), ${elapsed} s)" >&2
  exit 1
fi
echo "site-generators: ok (${elapsed} s)"
