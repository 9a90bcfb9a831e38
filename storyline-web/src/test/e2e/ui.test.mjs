// End-to-end tests of `storyline serve` in Debian's headless Chromium, driven by playwright-core.
// Starts bin/storyline serve on a free port over a new store, ingests the built-in examples
// through the upload form, searches, opens an article, sees the highlights and the removed
// clutter, opens the duplicates view, then uploads hostile captures and checks that no page runs
// any of their script. Screenshots of each view go to $SCREENSHOTS_DIR (default
// storyline-web/target/e2e-screenshots; docs/screenshots holds the committed ones).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../../..');
const shots = resolve(root, process.env.SCREENSHOTS_DIR || 'storyline-web/target/e2e-screenshots');
const browserPath = process.env.CHROMIUM || '/usr/bin/chromium';
const work = mkdtempSync(join(tmpdir(), 'storyline-e2e-'));
let server, base, context, page;
const pageErrors = [];

function startServer() {
  return new Promise((ok, fail) => {
    const p = spawn(join(root, 'bin/storyline'),
      ['serve', '--db', join(work, 'e2e.db'), '--port', '0', '--allow-ingest'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => fail(new Error('serve did not start in 180 s:\n' + out)), 180_000);
    const read = (chunk) => {
      out += chunk;
      const m = out.match(/serving .* at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) { clearTimeout(timer); ok({ process: p, url: m[1] }); }
    };
    p.stdout.on('data', read);
    p.stderr.on('data', (c) => { out += c; });
    p.on('exit', (code) => { clearTimeout(timer); fail(new Error('serve exited with ' + code + ':\n' + out)); });
  });
}

async function shot(name) {
  await page.screenshot({ path: join(shots, name + '.png'), fullPage: false });
}

/** Uploads files through the form and waits until the job page says the run is done. */
async function upload(files) {
  await page.goto(base + '/ingest');
  await page.setInputFiles('input[type=file][name=files]', files);
  await Promise.all([page.waitForURL(/\/ingest\/jobs\/\d+$/), page.click('form.upload button[type=submit]')]);
  await page.waitForSelector('#job[data-state=done]', { timeout: 120_000 });
  const n = async (f) => Number(await page.textContent(`[data-field=${f}]`));
  return { ok: await n('ok'), skipped: await n('skipped'), failed: await n('failed') };
}

before(async () => {
  mkdirSync(shots, { recursive: true });
  const s = await startServer();
  server = s.process;
  base = s.url;
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: browserPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
    viewport: { width: 1200, height: 900 },
  });
  page = context.pages()[0] || await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => { pageErrors.push('dialog: ' + d.message()); d.dismiss(); });
});

after(async () => {
  if (context) await context.close();
  if (server) server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
});

test('ingest the built-in examples from the upload form', async () => {
  const dir = join(root, 'examples');
  const files = readdirSync(dir).filter((f) => f !== 'README.md').map((f) => join(dir, f));
  const r = await upload(files);
  assert.ok(r.ok >= 10, `articles stored: ${JSON.stringify(r)}`);
  assert.equal(r.failed, 0);
  assert.equal(await page.isVisible('[data-field=links]'), true, 'links to the ledger appear when the run is done');
  await shot('ingest-job');
  await page.click('a[data-link=run]');
  await page.waitForSelector('table.ledger tbody tr');
  await shot('run-ledger');
});

test('search ranks articles and highlights the matches', async () => {
  await page.goto(base + '/');
  await page.fill('input[name=q]', 'fishing ban');
  await Promise.all([page.waitForURL(/\?q=fishing/), page.press('input[name=q]', 'Enter')]);
  const results = await page.$$('li.result');
  assert.ok(results.length >= 2, 'several articles match');
  const marks = await page.$$eval('li.result mark.hl-match', (ms) => ms.map((m) => m.textContent.toLowerCase()));
  assert.ok(marks.length >= 2);
  assert.ok(marks.every((m) => m.startsWith('fish') || m === 'ban'), marks.join(','));
  await shot('search');
});

test('an article shows its highlights and, on demand, the removed clutter', async () => {
  await page.goto(base + '/?q=fishing+ban');
  await Promise.all([page.waitForURL(/\/articles\/a-/), page.click('li.result h2 a')]);
  assert.ok((await page.$$('#text mark.hl-match')).length >= 1, 'matches highlighted in the text');
  const removed = await page.$('details#removed');
  if (removed) {
    assert.equal(await page.isVisible('details#removed li'), false, 'clutter hidden until asked for');
    await page.click('details#removed summary');
    assert.equal(await page.isVisible('details#removed li'), true);
  }
  await shot('article');
});

test('the duplicates view shows what each copy changed', async () => {
  await page.goto(base + '/duplicates');
  const groups = await page.$$('table.groups tbody tr');
  assert.ok(groups.length >= 1);
  await shot('duplicates');
  await page.goto(base + '/duplicates');
  // the syndicated group: the one with rewrites
  const links = await page.$$eval('table.groups tbody tr', (rows) => rows
    .filter((r) => r.children[2].textContent === 'syndicated').map((r) => r.querySelector('a').getAttribute('href')));
  assert.ok(links.length >= 1, 'a syndicated group among the examples');
  await page.goto(base + links[0]);
  assert.ok((await page.$$('table.changes tbody tr')).length >= 1);
  assert.ok((await page.$$('#compare .text mark.hl')).length >= 2, 'changes marked on both sides');
  await page.locator('#compare').scrollIntoViewIfNeeded();
  await shot('duplicate-group');
});

test('stories list the examples, and a story opens as a zoomable timeline', async () => {
  await page.goto(base + '/stories');
  const stories = await page.$$('li.story');
  assert.ok(stories.length >= 1, 'the examples form at least one story');
  await shot('stories');
  await Promise.all([page.waitForURL(/\/stories\/s-/), page.click('li.story h2 a')]);
  const entries = await page.$$('ol.timeline li.entry');
  assert.ok(entries.length >= 3, `a timeline with events (${entries.length})`);
  // entries are in the order of their own dates
  const whens = await page.$$eval('ol.timeline li.entry', (es) => es.map((e) => e.getAttribute('data-when')).filter((w) => w));
  const sorted = [...whens].sort();
  assert.deepEqual(whens, sorted, 'entries in date order');
  // dates are shown at their precision
  const precisions = await page.$$eval('ol.timeline .when .precision', (ps) => ps.map((p) => p.textContent.trim()));
  assert.ok(precisions.some((p) => /^(day|month|year|week|minute)/.test(p)), precisions.join(','));
  await shot('timeline');
  // zoom into the busiest year with the axis, then out again with the keyboard
  const bars = await page.$$('nav.axis a.bar');
  assert.ok(bars.length >= 1, 'an axis of years');
  const year = await bars[bars.length - 1].getAttribute('data-at');
  await Promise.all([page.waitForURL(new RegExp('at=' + year)), bars[bars.length - 1].click()]);
  const zoomed = await page.$$eval('ol.timeline li.entry', (es) => es.map((e) => e.getAttribute('data-when')));
  assert.ok(zoomed.length >= 1 && zoomed.every((w) => w.startsWith(year)), `zoomed into ${year}: ${zoomed.join(',')}`);
  await shot('timeline-zoomed');
  await Promise.all([page.waitForURL((u) => !/at=/.test(u.search)), page.keyboard.press('-')]);
});

test('a timeline entry opens its article at the cited sentence, with entities, dates and quotes highlighted', async () => {
  await page.goto(base + '/stories');
  await Promise.all([page.waitForURL(/\/stories\/s-/), page.click('li.story h2 a')]);
  await page.$$eval('ol.timeline details.evidence', (ds) => ds.forEach((d) => { d.open = true; }));
  const link = page.locator('ol.timeline a.source-link').first();
  await Promise.all([page.waitForURL(/\/articles\/a-.*span=\d+-\d+/), link.click()]);
  assert.equal((await page.$$('#text mark.hl-match.cited')).length, 1, 'the cited passage is marked and brought into view');
  assert.ok((await page.$$('#text mark.hl-entity')).length >= 3, 'entities highlighted');
  assert.ok((await page.$$('#text mark.hl-date')).length >= 1, 'dates highlighted');
  assert.ok(await page.isVisible('p.story-link a'), 'a link back to the story');
  await shot('article-from-timeline');
});

test('an entity page shows aliases, roles over time and quotes', async () => {
  await page.goto(base + '/entities?type=PERSON');
  const rows = await page.$$('table.entities tbody tr');
  assert.ok(rows.length >= 3, 'people among the entities');
  await shot('entities');
  // the most quoted person, from the quote ledger's speaker list
  await page.goto(base + '/quotes');
  const speaker = await page.$eval('select[name=speaker] option:nth-child(2)', (o) => o.value);
  assert.match(speaker, /^e-/);
  await page.goto(base + '/entities/' + speaker);
  assert.ok((await page.$$('ol.quotes li')).length >= 1, 'the quotes of the entity');
  assert.ok((await page.textContent('main')).includes('Roles over time'));
  await shot('entity');
});

test('the quote ledger filters by speaker and by words', async () => {
  await page.goto(base + '/quotes');
  const all = (await page.$$('ol.quotes li')).length;
  assert.ok(all >= 3, `quotes found (${all})`);
  const speaker = await page.$eval('select[name=speaker] option:nth-child(2)', (o) => o.value);
  await page.selectOption('select[name=speaker]', speaker);
  await Promise.all([page.waitForURL(/speaker=e-/), page.click('form.search button[type=submit]')]);
  const mine = (await page.$$('ol.quotes li')).length;
  assert.ok(mine >= 1 && mine <= all);
  await page.goto(base + '/quotes?q=sanctions');
  const words = await page.$$eval('ol.quotes blockquote', (bs) => bs.map((b) => b.textContent.toLowerCase()));
  assert.ok(words.length >= 1 && words.every((w) => w.includes('sanction')), words.join(' | '));
  await page.goto(base + '/quotes');
  await shot('quotes');
});

test('hostile captures render inert on every page', async () => {
  const dir = join(root, 'storyline-web/src/test/resources/io/storyline/web/hostile');
  const files = readdirSync(dir).filter((f) => f !== 'README.md').map((f) => join(dir, f));
  const r = await upload(files);
  assert.ok(r.ok >= 3, JSON.stringify(r));
  const run = (await (await page.request.get(base + '/api/runs?limit=1')).json()).runs[0].id;
  const ledger = await (await page.request.get(base + '/api/ledger?status=ok&run=' + run)).json();
  const ids = ledger.ledger.map((x) => x.article);
  assert.ok(ids.length >= 3, 'the hostile articles are stored');
  const groups = await (await page.request.get(base + '/api/duplicates?limit=100')).json();
  const urls = ['/', '/?q=pwned', '/?q=%3Cscript%3E', '/?q=onerror', '/duplicates', '/runs', '/quarantine', '/ingest',
    '/stories', '/entities', '/quotes', '/quotes?q=pwned'];
  for (const id of ids) {
    urls.push('/articles/' + id, '/articles/' + id + '?q=script+pwned+onerror', '/articles/' + id + '?span=0-40');
    const ann = await (await page.request.get(base + '/api/articles/' + id + '/annotations')).json();
    if (ann.story) urls.push('/stories/' + ann.story);
    for (const m of ann.mentions.slice(0, 5)) if (m.entity) urls.push('/entities/' + m.entity);
  }
  for (const g of groups.duplicateGroups) for (const m of g.members) urls.push('/duplicates/' + g.id + '?member=' + m);
  for (const u of urls) {
    const resp = await page.goto(base + u);
    const csp = resp.headers()['content-security-policy'] || '';
    assert.match(csp, /script-src 'self'/, u);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, u);
    // open every collapsed block and hover every link, so nothing stays unrendered
    await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
    for (const a of (await page.$$('main a')).slice(0, 40)) await a.hover().catch(() => {});
    await page.waitForTimeout(50);
    const pwned = await page.evaluate(() => window.__pwned);
    assert.equal(pwned, undefined, `${u}: a capture's script ran`);
    const bad = await page.$$eval('a, form, [src]', (els) => els.filter((e) => {
      const v = e.getAttribute('href') || e.getAttribute('action') || e.getAttribute('src') || '';
      return /^\s*(javascript|data|vbscript):/i.test(v);
    }).length);
    assert.equal(bad, 0, `${u}: a javascript: link survived`);
    const handlers = await page.$$eval('*', (els) => els.filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length);
    assert.equal(handlers, 0, `${u}: an event handler attribute survived`);
  }
  assert.deepEqual(pageErrors, [], 'no script error, no dialog');
  await page.goto(base + '/articles/' + ids[0] + '?q=script+pwned');
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  assert.ok((await page.textContent('h1')).includes('<script>') || (await page.textContent('main')).includes('<img'),
    'hostile markup is shown as text');
  await shot('hostile-article');
});

test('screenshots were written', () => {
  for (const n of ['ingest-job', 'run-ledger', 'search', 'article', 'duplicates', 'duplicate-group', 'stories', 'timeline',
    'timeline-zoomed', 'article-from-timeline', 'entities', 'entity', 'quotes', 'hostile-article']) {
    assert.ok(existsSync(join(shots, n + '.png')), n);
  }
});
