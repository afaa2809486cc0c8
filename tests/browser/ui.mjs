// Drives the dashboard in Debian's Chromium: search, apply a facet, open a release, see a
// highlighted fact, open a country page, the trackers and charts; checks that release text
// holding markup stays text. Screenshots go to the folder given.
// Usage: node ui.mjs BASE_URL SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node ui.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'tw-chromium-'));
const failures = [];
const fail = (msg) => { failures.push(msg); console.error('FAIL: ' + msg); };
const check = (cond, msg) => { if (!cond) fail(msg); else console.log('ok: ' + msg); };

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 900 },
});
const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(60000);  // generous: CI machines run other tests beside this one
page.setDefaultNavigationTimeout(60000);

// Anything that runs from data, any script error, any blocked resource is a failure.
page.on('dialog', async (d) => { fail(`a dialog opened: ${d.message()}`); await d.dismiss(); });
page.on('pageerror', (e) => fail(`page error: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') fail(`console error on ${page.url()}: ${m.text()}`); });
page.on('requestfailed', (r) => fail(`request failed: ${r.url()} ${r.failure()?.errorText}`));
// The dashboard must never reach another host (no CDN): every request stays on the server.
page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) fail(`request to another host: ${r.url()}`); });

async function shot(name) {
  await page.screenshot({ path: join(shots, name), fullPage: false });
  console.log(`screenshot ${join(shots, name)}`);
}

try {
  // 1. Search.
  await page.goto(base);
  await page.fill('#q', 'trade');
  await page.press('#q', 'Enter');
  await page.waitForSelector('.hit');
  const total = Number((await page.textContent('#summary')).match(/\d+/)[0]);
  check(total > 1, `search finds ${total} releases`);
  check(await page.locator('.hit .snippet mark').count() > 0, 'snippets highlight the matches');
  await shot('search.png');

  // 2. Apply a country facet: the results narrow to its count and a chip shows it.
  const facet = page.locator('[data-group="countries"] .facet').nth(1);
  const facetCount = Number(await facet.locator('.count').textContent());
  const facetValue = await facet.getAttribute('data-value');
  await facet.click();
  await page.waitForURL(/country=/);
  await page.waitForFunction((n) => /\d+/.test(document.querySelector('#summary').textContent) &&
    Number(document.querySelector('#summary').textContent.match(/\d+/)[0]) === n, facetCount);
  check(await page.locator('.chip').count() === 1, `facet ${facetValue} shows as an active filter`);
  check((await page.locator('.hit').count()) === Math.min(facetCount, 20), `facet narrows the results to ${facetCount}`);
  await shot('search-facet.png');

  // 3. Open a release that has facts; click a highlighted fact.
  await page.goto(base + 'index.html?q=trade');
  await page.waitForSelector('.hit');
  const events = await (await page.request.get(base + 'api/events?limit=1000')).json();
  const withFact = events.items[0].release_id;
  await page.goto(`${base}release.html?id=${withFact}`);
  await page.waitForSelector('#body .hl.fact');
  const marks = await page.locator('#body .hl').count();
  check(marks > 3, `release text carries ${marks} highlighted passages`);
  await page.locator('#body .hl.fact').first().click();
  await page.waitForSelector('#detail .fact-card');
  const card = await page.textContent('#detail .fact-card');
  check(card.length > 10, `clicking a fact shows it: ${card.slice(0, 80)}`);
  const tip = await page.locator('#body .hl.fact').first().getAttribute('title');
  check(tip && tip.length > 5, 'hovering a fact shows it');
  await shot('release.png');

  // 4. Country page.
  await page.goto(base + 'country.html?code=KR');
  await page.waitForSelector('#timeline-section li');
  check(await page.locator('#country-timeline li:not(.empty)').count() > 0, 'country page lists a timeline');
  check(await page.locator('#agreements-section table').count() === 1, 'country page has an agreements table');
  check(await page.locator('#measures-by table').count() === 1 && await page.locator('#measures-against table').count() === 1, 'country page has measures by and against it');
  check(await page.locator('#indicators-section table').count() === 1, 'country page has indicators');
  await shot('country.png');

  // 5. Trackers sort by a clicked column.
  for (const tracker of ['measures', 'agreements']) {
    await page.goto(`${base}${tracker}.html`);
    await page.waitForSelector('table.data tbody tr');
    const th = page.locator('table.data th').nth(1);
    await th.click();
    check(await th.getAttribute('aria-sort') === 'ascending', `${tracker} tracker sorts by a clicked column`);
    await th.click();
    check(await th.getAttribute('aria-sort') === 'descending', `${tracker} tracker reverses the sort`);
    await shot(`${tracker}.png`);
  }

  // 6. Charts draw on a canvas from the vendored library.
  await page.goto(base + 'timeline.html?country=KR');
  await page.waitForSelector('#timeline-count');
  check(await page.locator('#chart canvas').count() > 0, 'timeline chart renders');
  await shot('timeline.png');
  await page.goto(base + 'network.html');
  await page.waitForSelector('#graph-count');
  check(await page.locator('#chart canvas').count() > 0, 'partner network renders');
  await page.waitForTimeout(500);
  await shot('network.png');

  // 7. Markup inside release text stays text.
  await page.goto(base + 'index.html?q=Xsstest');
  await page.waitForSelector('.hit');
  const title = await page.textContent('.hit h2');
  check(title.includes('<script>'), `a title with markup shows as text: ${title}`);
  check(await page.locator('.hits img, .hits script').count() === 0, 'no element is built from search results');
  await page.click('.hit h2 a');
  await page.waitForSelector('#body');
  const body = await page.textContent('#body');
  check(body.includes('<img src=x onerror='), 'a body with markup shows as text');
  check(await page.locator('#release img, #release script').count() === 0, 'no element is built from release text');
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__xss === undefined), 'nothing from the release ran');
  await shot('xss.png');
} catch (e) {
  fail(`step failed: ${e.message}`);
  await shot('failure.png').catch(() => {});
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`${failures.length} browser check(s) failed`);
  process.exit(1);
}
console.log('all browser checks passed');
