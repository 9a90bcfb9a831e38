// Runs Mozilla Readability (jsdom) over the pages of a trafilatura-format set (expected.json +
// html/*.gz) or a folder of .html(.gz) files, like `storyline bench extraction`: pages are loaded
// into memory first, one warm-up round, then timed rounds. Prints one JSON object.
// Also scores the extracted text with the set's with/without segments when expected.json exists.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const [dir, ...rest] = process.argv.slice(2);
const rounds = Number((rest.find(a => a.startsWith('--rounds=')) || '--rounds=1').split('=')[1]);
if (!dir) { console.error('usage: node run.mjs DIR [--rounds=N]'); process.exit(2); }

const read = p => p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
const pages = [];
const expectedPath = join(dir, 'expected.json');
if (existsSync(expectedPath)) {
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
  for (const [name, e] of Object.entries(expected)) pages.push({ name, url: e.url, bytes: read(join(dir, e.html)), e });
} else {
  const walk = d => readdirSync(d).sort().flatMap(n => statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]);
  for (const p of walk(dir)) if (/\.html?(\.gz)?$/i.test(p)) pages.push({ name: p, bytes: read(p) });
}

const quiet = new VirtualConsole();
function extract(page) {
  try {
    const dom = new JSDOM(page.bytes, { url: page.url || 'http://localhost/', virtualConsole: quiet });
    const article = new Readability(dom.window.document).parse();
    const text = article && article.textContent ? article.textContent : '';
    dom.window.close();
    return text;
  } catch (err) {
    return '';
  }
}

let peak = 0;
const sample = () => { peak = Math.max(peak, process.memoryUsage().heapUsed); };
const norm = s => s.replace(/\s+/g, ' ').trim();
let tp = 0, fp = 0, fn = 0, tn = 0;
let done = 0;
for (const p of pages) { // warm-up pass, scored
  const out = norm(extract(p));
  if (++done % 100 === 0) process.stderr.write(`warm-up: ${done}/${pages.length}\n`);
  if (!p.e) continue;
  for (const w of p.e.with || []) out.includes(norm(w)) ? tp++ : fn++;
  for (const w of p.e.without || []) out.includes(norm(w)) ? fp++ : tn++;
}
const t0 = process.hrtime.bigint();
for (let r = 0; r < rounds; r++) for (const p of pages) { extract(p); sample(); }
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

const f1 = 2 * tp / (2 * tp + fp + fn || 1);
console.log(JSON.stringify({
  tool: 'readability', node: process.version, pages: pages.length * rounds, seconds,
  pagesPerSecond: pages.length * rounds / seconds, peakHeapMiB: Math.round(peak / 1048576),
  precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f1,
}));
