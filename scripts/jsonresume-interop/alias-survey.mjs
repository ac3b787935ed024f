// Which pre-1.0 aliases does each theme read? Renders the official sample twice per theme, each
// checked value under its 1.0 key only, then under its pre-1.0 alias only (with a marker text),
// and prints, per theme, the aliases it shows a value under where it does not show the 1.0 key.
// Run through `bash scripts/jsonresume-interop.sh --survey-aliases` (it installs the themes).
//
//   node alias-survey.mjs SAMPLE.json THEME...
import fs from 'node:fs';
import { render } from 'resumed';

const [samplePath, ...themes] = process.argv.slice(2);
const sample = JSON.parse(fs.readFileSync(samplePath, 'utf8'));
// [section, 1.0 key, pre-1.0 alias]
const pairs = [
  ['basics', 'url', 'website'], ['basics', 'image', 'picture'], ['work', 'name', 'company'], ['work', 'url', 'website'],
  ['volunteer', 'url', 'website'], ['education', 'score', 'gpa'], ['publications', 'url', 'website'],
];
const marker = (section, key) => `https://marker-${section}-${key}.example.com/`;

function variant(useAlias) {
  const resume = structuredClone(sample);
  for (const [section, key, alias] of pairs) {
    const entries = section === 'basics' ? [resume.basics] : resume[section] || [];
    for (const entry of entries) {
      delete entry[key];
      delete entry[alias];
      entry[useAlias ? alias : key] = key === 'url' || key === 'image' ? marker(section, key) : `MARKER-${section}-${key}`;
    }
  }
  return resume;
}

const shown = (html) => pairs.filter(([section, key]) =>
  html.includes(key === 'url' || key === 'image' ? `marker-${section}-${key}` : `MARKER-${section}-${key}`));

const quiet = async (f) => {
  const saved = [console.log, console.warn, console.error];
  console.log = console.warn = console.error = () => {};
  try { return await f(); } finally { [console.log, console.warn, console.error] = saved; }
};

for (const name of themes) {
  let theme;
  try {
    theme = await import(name);
  } catch (e) {
    console.log(`${name}: does not load (${e.message.split('\n')[0]})`);
    continue;
  }
  try {
    const byKey = shown(String(await quiet(() => render(variant(false), theme))));
    const byAlias = shown(String(await quiet(() => render(variant(true), theme))));
    const needs = byAlias.filter((pair) => !byKey.includes(pair)).map(([s, , a]) => `${s}.${a}`);
    const neither = pairs.filter((pair) => !byKey.includes(pair) && !byAlias.includes(pair)).map(([s, k]) => `${s}.${k}`);
    console.log(`${name}: needs ${needs.join(', ') || 'no alias'}` + (neither.length ? `; shows neither for ${neither.join(', ')}` : ''));
  } catch (e) {
    console.log(`${name}: crashes on the sample (${e.message.split('\n')[0]})`);
  }
}
