// live-reload.mjs URL SITE_DIR — drives headless Chromium against `vitrina serve` on a copy of the shop
// fixture and checks, without ever reloading the page itself, that:
//   1. editing a product file changes the open page;
//   2. breaking company.yaml shows the error overlay over the last good page, and fixing it removes it;
//   3. editing only a stylesheet restyles the page without a full reload.
// Exit 0 when all hold; prints what failed otherwise.
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [url, site] = process.argv.slice(2);
const edit = (file, from, to) => {
  const p = join(site, file);
  const s = readFileSync(p, 'utf8');
  if (!s.includes(from)) throw new Error(`${file} lacks ${from}`);
  writeFileSync(p, s.replace(from, to));
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 412, height: 900 } });
  await page.goto(url + 'productos/cuenco/');
  await page.waitForFunction(() => document.querySelector('h1').textContent.trim() === 'Cuenco');
  // Mark this document: a full reload replaces window and loses the mark.
  const mark = () => page.evaluate(() => window.__vitrinaMark === 42);
  await page.evaluate(() => { window.__vitrinaMark = 42; });
  await page.waitForTimeout(300); // the event stream is open

  edit('products/cuenco.md', 'title: Cuenco', 'title: Cuenco azul');
  await page.waitForFunction(() => document.querySelector('h1').textContent.includes('Cuenco azul'), null, { timeout: 20000 });
  console.log('ok: product edit reached the open page');
  if (await mark()) throw new Error('the page did not reload');

  edit('company.yaml', 'currency: MXN', 'currency: [MXN');
  await page.waitForSelector('#vitrina-error', { timeout: 20000 });
  const overlay = await page.textContent('#vitrina-error');
  if (!overlay.includes('company.yaml')) throw new Error('overlay does not name the file: ' + overlay);
  if (!(await page.textContent('h1')).includes('Cuenco azul')) throw new Error('the last good page is gone');
  console.log('ok: error overlay over the last good page');
  edit('company.yaml', 'currency: [MXN', 'currency: MXN');
  await page.waitForFunction(() => !document.getElementById('vitrina-error') && document.querySelector('h1'), null, { timeout: 20000 });
  console.log('ok: fixed file removed the overlay');

  await page.evaluate(() => { window.__vitrinaMark = 42; });
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const before = await bg();
  edit('assets/custom.css', '/* live-reload-marker */', 'body { background: rgb(1, 2, 3) !important; }');
  await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor === 'rgb(1, 2, 3)', null, { timeout: 20000 });
  if (!(await mark())) throw new Error('a stylesheet change reloaded the whole page');
  console.log(`ok: stylesheet swapped without a reload (${before} → rgb(1, 2, 3))`);
  console.log('live reload: all checks passed');
} finally {
  await browser.close();
}
