/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The HTML report rendered by the real CLI and opened in a real browser (Debian's chromium,
// driven by playwright-core): the key parts are there, the page fetches nothing, and a hostile
// dossier renders as text. Screenshots and PDFs land in test-artifacts/html/ for a human to look at.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, vetCli } from '../helpers/cli.js';

const CHROMIUM = process.env.VET_TEST_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(ROOT, 'test-artifacts/html');
const NOW = '2026-11-26T12:00:00Z';

let browser: Browser;

beforeAll(async () => {
  // A missing browser is a failure, never a skip: these tests are the only proof the page works.
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no browser at ${CHROMIUM}: the HTML report tests need Debian's chromium (apt-get install -y chromium; .ci/run installs it) or VET_TEST_CHROMIUM`);
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
});

/** Runs vet to an HTML file under test-artifacts and returns its path and the exit code. */
function render(name: string, args: string[]): { file: string; code: number | null; html: string } {
  const file = path.join(ARTIFACTS, `${name}.html`);
  const run = vetCli([...args, '--format', 'html', '--output', file, '--now', NOW]);
  expect(run.stderr).not.toMatch(/internal error/);
  return { file, code: run.code, html: readFileSync(file, 'utf8') };
}

interface Opened {
  page: Page;
  /** Every request the page made, the document itself included. */
  requests: string[];
  dialogs: string[];
  errors: string[];
}

async function open(file: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const opened = { requests: [] as string[], dialogs: [] as string[], errors: [] as string[] };
  context.on('request', (r) => opened.requests.push(r.url()));
  // Anything but the file itself is refused as well as recorded, so a slip cannot leak out of the test either.
  await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort()));
  const page = await context.newPage();
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.goto(pathToFileURL(file).href);
  await page.waitForLoadState('load');
  return { page, ...opened };
}

async function artifacts(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ path: path.join(ARTIFACTS, `${name}.pdf`), format: 'A4', printBackground: true });
  expect(pdf.length).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
}

function onlyTheFile(opened: Opened, file: string): void {
  expect(opened.requests).toEqual([pathToFileURL(file).href]);
}

describe('--format html, one candidate', () => {
  const args = ['fixtures/html/remote-developer.json', '--allow-outside'];

  it('shows the grade and reason, findings by severity with sources, and the pictures', async () => {
    const { file, code } = render('remote-developer', args);
    expect(code).toBe(1);
    const report = JSON.parse(vetCli([...args, '--format', 'json', '--now', NOW]).stdout);
    const opened = await open(file);
    const { page } = opened;

    expect(await page.locator('.verdict .grade').textContent()).toBe(report.risk.toUpperCase());
    expect(await page.locator('.verdict .reason').textContent()).toBe(report.reason);
    expect(await page.locator('article.finding').count()).toBe(report.findings.length);
    const headings = await page.locator('h4.sev-head').allTextContents();
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['critical', 'high', 'medium', 'low', 'info'].filter((s) => report.findings.some((f: { severity: string }) => f.severity === s)));
    const hrefs = await page.locator('article.finding a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(report.findings.length);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\//);
    expect(await page.locator('.skipped tr').count()).toBe(report.skipped.length);

    // Hours: three clocks; 19:00-04:00 in Chicago (UTC-6 in November) is 09:00-18:00 at UTC+8.
    expect(await page.locator('.band text.clock').allTextContents()).toEqual(['America/Chicago (UTC-06:00)', 'UTC+08:00', 'UTC+09:00']);
    expect(await page.locator('.band figcaption').textContent()).toContain('Offered 19:00-04:00 in America/Chicago, which is 09:00-18:00 at UTC+08:00 and 10:00-19:00 at UTC+09:00.');
    expect(await page.locator('.band line.activity').count()).toBe(12 * 3);
    expect(await page.locator('.offsets .chip.misfit').allTextContents()).toEqual(['UTC+09:00 ×9 not used by America/Chicago', 'UTC+08:00 ×3 not used by America/Chicago']);

    // Places: the bank (HK) and the selfie's GPS (CN) are the odd ones out against US.
    const odd = await page.locator('table.places tr.odd th').allTextContents();
    expect(odd).toEqual(['Bank account', 'Photo GPS (selfie)']);
    expect(await page.locator('table.places tbody tr').count()).toBeGreaterThanOrEqual(8);

    // Photos: three thumbnails, embedded, at most 160 px, with their verdicts.
    const images = await page.locator('.photo img').evaluateAll((imgs) =>
      (imgs as HTMLImageElement[]).map((i) => ({ src: i.src.slice(0, 23), w: i.naturalWidth, h: i.naturalHeight, complete: i.complete })),
    );
    expect(images).toHaveLength(3);
    for (const img of images) {
      expect(img.src).toBe('data:image/jpeg;base64,');
      expect(img.complete).toBe(true);
      expect(Math.max(img.w, img.h)).toBeLessThanOrEqual(160);
      expect(img.w).toBeGreaterThan(0);
    }
    expect(await page.locator('.photo').nth(1).textContent()).toContain('Photo GPS position is outside the claimed country');

    expect(opened.errors).toEqual([]);
    onlyTheFile(opened, file);
    await artifacts(page, 'remote-developer');
    await page.context().close();
  });

  it('embeds thumbnails without their metadata, and masks personal data as the other formats do', () => {
    const { html } = render('remote-developer-pii', args);
    const thumbnails = [...html.matchAll(/src="data:image\/jpeg;base64,([A-Za-z0-9+/=]+)"/g)].map((m) => Buffer.from(m[1], 'base64'));
    expect(thumbnails).toHaveLength(3);
    for (const jpeg of thumbnails) {
      expect(jpeg.includes('Exif\0\0')).toBe(false);
      expect(jpeg.includes('http://ns.adobe.com/xap')).toBe(false);
    }
    // The source photo does carry GPS EXIF: stripping is what removed it.
    expect(readFileSync(path.join(ROOT, 'fixtures/photos/gps-abroad.jpg')).includes('Exif\0\0')).toBe(true);
    for (const raw of ['d.whitfield.dev@example.com', '555 0183', '5550183', '3107 Example Blvd', '2417 W Example Ln', 'T. Marsh']) expect(html).not.toContain(raw);
    // The pictures add no coordinates of their own (a finding's evidence may round them, as in every format).
    const pictures = html.slice(html.indexOf('class="picture'), html.indexOf('class="skipped"'));
    expect(pictures).not.toMatch(/41\.8|123\.4/);
  });

  it('leaves the other formats as they were: no facts, no thumbnails', () => {
    const json = vetCli([...args, '--format', 'json', '--now', NOW]).stdout;
    expect(json).not.toMatch(/"facts"|thumbnail"|data:image/);
  });
});

describe('--format html, a batch', () => {
  it('lists every input in a sortable, filterable table and draws the laptop farm as one group', async () => {
    const { file, code } = render('sheet', ['fixtures/sheets/candidates.csv']);
    expect(code).toBe(2); // the sheet has unreadable rows on purpose
    const planted = JSON.parse(readFileSync(path.join(ROOT, 'fixtures/sheets/planted.json'), 'utf8')) as { farm: number[] };
    const report = JSON.parse(vetCli(['fixtures/sheets/candidates.csv', '--format', 'json', '--now', NOW]).stdout);
    const opened = await open(file);
    const { page } = opened;

    const rows = page.locator('#candidates tbody tr');
    expect(await rows.count()).toBe(report.candidates.length);
    expect(await page.locator('#candidates tbody tr.rejected').count()).toBe(report.summary.rejected);

    // The farm: one shared address wired to every planted row, in one group of the graph.
    const farm = await page.locator('g.cluster').evaluateAll((groups) => groups.map((g) => ({ values: [...g.querySelectorAll('.value title')].map((t) => t.textContent), nodes: [...g.querySelectorAll('.node title')].map((t) => t.textContent) })));
    const group = farm.find((g) => g.nodes.some((n) => n?.includes(`row ${planted.farm[0]}`)));
    expect(group).toBeDefined();
    expect(group!.values.some((v) => v?.startsWith('shared-address'))).toBe(true);
    for (const row of planted.farm) expect(group!.nodes.some((n) => n?.endsWith(`row ${row}`))).toBe(true);
    expect(await page.locator('table.links tbody tr').count()).toBe(report.correlations.length);

    // Filter: only "high".
    await page.locator('input[name=grade][value=high]').check();
    const high = report.summary.high as number;
    expect(await page.locator('#candidates tbody tr:not([hidden])').count()).toBe(high);
    for (const risk of await page.locator('#candidates tbody tr:not([hidden])').evaluateAll((trs) => trs.map((t) => t.getAttribute('data-risk')))) expect(risk).toBe('high');
    expect(await page.locator('#shown-count').textContent()).toBe(`${high} of ${report.candidates.length} shown`);
    await page.locator('input[name=grade][value=all]').check();
    expect(await page.locator('#candidates tbody tr:not([hidden])').count()).toBe(report.candidates.length);

    // Sort: score, largest first, then smallest first.
    const scores = async () => page.locator('#candidates tbody tr td:nth-child(5)').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-v'))));
    await page.locator('#candidates th', { hasText: 'Score' }).click();
    const down = await scores();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    await page.locator('#candidates th', { hasText: 'Score' }).click();
    const up = await scores();
    expect(up).toEqual([...up].sort((a, b) => a - b));

    // Text filter.
    await page.locator('#filter-text').fill('C-000005');
    expect(await page.locator('#candidates tbody tr:not([hidden])').count()).toBe(1);
    await page.locator('#filter-text').fill('');

    expect(opened.errors).toEqual([]);
    onlyTheFile(opened, file);
    await page.locator('#links').screenshot({ path: path.join(ARTIFACTS, 'sheet-links.png') });
    await artifacts(page, 'sheet');
    await page.context().close();
  });
});

describe('--format html, a hostile dossier', () => {
  const hostile = ['fixtures/hostile/html-injection.json', 'fixtures/hostile/html-injection-2.json'];

  for (const [name, inputs] of [['injection-one', hostile.slice(0, 1)], ['injection-batch', hostile]] as const) {
    it(`renders markup as text and runs nothing (${name})`, async () => {
      const { file, html } = render(name, [...inputs]);
      const opened = await open(file);
      const { page } = opened;

      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.title()).not.toBe('PWNED');
      expect(opened.dialogs).toEqual([]);
      expect(opened.errors).toEqual([]);
      // Exactly the report's own script and style, no element from the dossier.
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('style').count()).toBe(1);
      expect(await page.locator('img, link, iframe, object, embed, svg[onload], [onerror], [onload]').count()).toBe(0);
      expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
      expect(await page.locator('body').isVisible()).toBe(true);
      // The markup is there as text for the reader to see.
      const text = await page.locator('body').innerText();
      expect(text).toContain("<script>window.__pwned=1;document.title='PWNED'</script>");
      expect(text).toContain('javascript:window.__pwned=4');
      expect(await page.locator(inputs.length === 1 ? 'h1' : 'details.candidate > summary').first().textContent()).toContain('<script>');
      // Personal data masked as elsewhere.
      for (const raw of ['eve1@example.com', '555 0141', '2417 W Example Ln', '1 Main St']) expect(html).not.toContain(raw);
      onlyTheFile(opened, file);
      await artifacts(page, name);
      await page.context().close();
    });
  }
});
