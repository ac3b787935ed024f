// Renders JSON Resumes with every theme as `resumed render` does (import the theme, call
// resumed's render), in one Node process so 15 themes x N files stay fast.
//
//   node render-all.mjs OUT_DIR SAMPLE.json [--inputs DIR] THEME... -- RESUME.json...
//
// For each theme it first renders the official 1.0.0 sample with the pre-1.0 aliases beside the
// 1.0 keys (so a theme of any era can show what it has a place for) to learn which of the
// checked fields the theme shows at all: employer names, the website, work highlights. Then
// it renders each RESUME and fails when the theme crashes, or when full.resume.json's values
// of a field the theme shows are missing from the HTML. With --inputs, a RESUME named like a
// JSON Resume in DIR is Profile Kit's output for that file (read as resumed reads it, comments
// allowed): a crash on it fails only where the theme renders that input, since our output of a
// file gives back what the file has. Prints one line per render and a JSON summary (which
// fields each theme shows) to OUT_DIR/themes.json.
import fs from 'node:fs';
import path from 'node:path';
import { render } from 'resumed';
import stripJsonComments from 'strip-json-comments';

const args = process.argv.slice(2);
const outDir = args.shift();
const samplePath = args.shift();
const inputs = args[0] === '--inputs' ? (args.shift(), args.shift()) : null;
const split = args.indexOf('--');
const themes = args.slice(0, split);
const resumes = args.slice(split + 1);

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const variants = (s) => [s, escape(s), s.replace(/&/g, '&#x26;').replace(/'/g, '&#x27;')];
const shows = (html, text) => variants(text).some((v) => html.includes(v))
  // A website may be shown without its scheme or trailing slash.
  || (/^https?:\/\//.test(text) && html.includes(text.replace(/^https?:\/\//, '').replace(/\/$/, '')));

/** The fields checked, each as the texts a resume gives it. */
const fields = {
  employers: (r) => (r.work || []).map((w) => w.name || w.company).filter(Boolean),
  website: (r) => [r.basics?.url || r.basics?.website].filter(Boolean),
  highlights: (r) => (r.work || []).flatMap((w) => w.highlights || []).filter(Boolean),
};

function withAliases(sample) {
  const r = structuredClone(sample);
  if (r.basics) {
    r.basics.website ??= r.basics.url;
    r.basics.picture ??= r.basics.image;
  }
  for (const w of r.work || []) { w.company ??= w.name; w.website ??= w.url; }
  for (const v of r.volunteer || []) { v.website ??= v.url; }
  for (const e of r.education || []) { e.gpa ??= e.score; }
  for (const p of r.publications || []) { p.website ??= p.url; }
  return r;
}

// Themes print their own debugging output and deprecation notes; keep ours readable.
const quiet = async (f) => {
  const saved = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try { return await f(); } finally { [console.log, console.warn, console.error] = saved; }
};

async function rendersWith(file, theme) {
  try {
    await quiet(() => render(JSON.parse(stripJsonComments(fs.readFileSync(file, 'utf8'))), theme));
    return true;
  } catch {
    return false;
  }
}

const sample = withAliases(JSON.parse(fs.readFileSync(samplePath, 'utf8')));
const summary = {};
let failures = 0;
let renders = 0;
let crashesOnInputToo = 0;
for (const name of themes) {
  let theme;
  try {
    theme = await import(name);
  } catch (e) {
    console.log(`skip ${name}: does not load in Node ${process.version} (${e.message.split('\n')[0]})`);
    summary[name] = { loads: false };
    continue;
  }
  let sampleHtml;
  try {
    sampleHtml = String(await quiet(() => render(sample, theme)));
  } catch (e) {
    console.log(`skip ${name}: crashes on the official sample (${e.message.split('\n')[0]})`);
    summary[name] = { loads: true, rendersSample: false };
    continue;
  }
  const shown = Object.keys(fields).filter((f) => fields[f](sample).some((t) => shows(sampleHtml, t)));
  summary[name] = { loads: true, shows: shown };
  for (const file of resumes) {
    const resume = JSON.parse(fs.readFileSync(file, 'utf8'));
    const base = path.basename(file, '.resume.json');
    let html;
    renders++;
    try {
      html = String(await quiet(() => render(resume, theme)));
    } catch (e) {
      const input = inputs && path.join(inputs, path.basename(file));
      if (input && fs.existsSync(input) && !(await rendersWith(input, theme))) {
        console.log(`ok   ${base} with ${name}: crashes on the input too (${e.message.split('\n')[0].slice(0, 60)})`);
        crashesOnInputToo++;
        continue;
      }
      console.log(`FAIL ${base} with ${name}: the theme crashed: ${e.message.split('\n')[0]}`);
      failures++;
      continue;
    }
    fs.writeFileSync(path.join(outDir, `${base}.${name}.html`), html);
    const checked = base === 'full' ? shown : [];
    const missing = checked.flatMap((f) => fields[f](resume).filter((t) => !shows(html, t)).map((t) => `${f}: ${t}`));
    if (missing.length) {
      console.log(`FAIL ${base} with ${name}: not shown although the theme shows it for the sample: ${missing.join(' | ')}`);
      failures++;
    } else {
      console.log(`ok   ${base} with ${name}` + (checked.length ? ` (shows ${checked.join(', ')})` : ''));
    }
  }
}
console.log(`${renders} renders with ${Object.values(summary).filter((t) => t.shows).length} themes, ${failures} failed`
  + (crashesOnInputToo ? `, ${crashesOnInputToo} crashed on a corpus input as on its given-back output` : ''));
fs.writeFileSync(path.join(outDir, 'themes.json'), JSON.stringify(summary, null, 2) + '\n');
process.exit(failures ? 1 : 0);
