// Runs Mozilla Readability (jsdom) over the pages of a trafilatura-format set (expected.json +
// html/*.gz) or a folder of .html(.gz) files, like `storyline bench extraction`. jsdom keeps
// memory from page to page (about 3.5 MB each here), so pages are run in chunks, each in a fresh
// child process: every chunk is loaded, run once to warm up (and scored), then timed for ROUNDS
// rounds; only the timed extraction counts. Prints one JSON object.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const CHUNK = 100;
const args = process.argv.slice(2);
const dir = args[0];
const opt = (name, def) => Number((args.find(a => a.startsWith(`--${name}=`)) || `--${name}=${def}`).split('=')[1]);
const rounds = opt('rounds', 1);
if (!dir) { console.error('usage: node run.mjs DIR [--rounds=N]'); process.exit(2); }

const read = p => p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p);
function list() {
  const expectedPath = join(dir, 'expected.json');
  if (existsSync(expectedPath)) {
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
    return Object.entries(expected).map(([name, e]) => ({ name, url: e.url, path: join(dir, e.html), e }));
  }
  const walk = d => readdirSync(d).sort().flatMap(n => statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]);
  return walk(dir).filter(p => /\.html?(\.gz)?$/i.test(p)).map(p => ({ name: p, path: p }));
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
const norm = s => s.replace(/\s+/g, ' ').trim();

const all = list();
const from = opt('from', -1);
if (from >= 0) { // a child: one chunk
  const pages = all.slice(from, opt('to', all.length)).map(p => ({ ...p, bytes: read(p.path) }));
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const p of pages) { // warm-up, scored
    const out = norm(extract(p));
    if (!p.e) continue;
    for (const w of p.e.with || []) out.includes(norm(w)) ? tp++ : fn++;
    for (const w of p.e.without || []) out.includes(norm(w)) ? fp++ : tn++;
  }
  let peak = process.memoryUsage().heapUsed;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const p of pages) { extract(p); peak = Math.max(peak, process.memoryUsage().heapUsed); }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(JSON.stringify({ pages: pages.length * rounds, seconds, peak, tp, fp, fn, tn }));
} else {
  const me = fileURLToPath(import.meta.url);
  let pages = 0, seconds = 0, peak = 0, tp = 0, fp = 0, fn = 0, tn = 0;
  for (let s = 0; s < all.length; s += CHUNK) {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', me, dir, `--rounds=${rounds}`,
      `--from=${s}`, `--to=${Math.min(all.length, s + CHUNK)}`], { maxBuffer: 1 << 20 }).toString();
    const r = JSON.parse(out.trim().split('\n').pop());
    pages += r.pages; seconds += r.seconds; peak = Math.max(peak, r.peak);
    tp += r.tp; fp += r.fp; fn += r.fn; tn += r.tn;
    process.stderr.write(`readability: ${Math.min(all.length, s + CHUNK)}/${all.length} pages\n`);
  }
  console.log(JSON.stringify({
    tool: 'Mozilla Readability 0.6.0 + jsdom 26.1.0', node: process.version, pages, seconds,
    pagesPerSecond: pages / seconds, peakHeapMiB: Math.round(peak / 1048576),
    precision: tp / (tp + fp || 1), recall: tp / (tp + fn || 1), f1: 2 * tp / (2 * tp + fp + fn || 1),
  }));
}
