// enquiry.mjs OUT_DIR [LONG_OUT_DIR] — drives headless Chromium (playwright-core) over built example sites served
// from a small local HTTP server, and checks issue 12 (order from a phone):
//   1. on every product page, at 360×640, 390×664 and 412×915, with and without JavaScript, the price and the
//      first order button are fully visible without scrolling (also on LONG_OUT_DIR, a copy with long titles);
//   2. without JavaScript the add buttons, the currency chooser and the header count are not shown;
//   3. the enquiry list: three products added in two languages (product form and card button), a quantity
//      changed, one line removed, euros chosen; the WhatsApp and mailto links are decoded and every line and
//      the total are checked; the count shows in the header; the copy button copies the message;
//   4. the chosen currency is remembered and shown (≈) on cards, product pages and shipping costs.
// Prints "enquiry: all checks passed" and exits 0 when all hold; prints what failed otherwise.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';

const [out, longOut] = process.argv.slice(2);
const failures = [];
const check = (ok, what) => {
  if (!ok) failures.push(what);
};
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.webp': 'image/webp', '.jpg': 'image/jpeg', '.png': 'image/png' };
const serve = dir =>
  new Promise(res => {
    const s = createServer((req, rsp) => {
      let p = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
      if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
      if (!p.startsWith(dir) || !existsSync(p)) {
        rsp.writeHead(404);
        return rsp.end();
      }
      rsp.writeHead(200, { 'content-type': types[extname(p)] || 'application/octet-stream' });
      rsp.end(readFileSync(p));
    });
    s.listen(0, '127.0.0.1', () => res(s));
  });
const productPages = dir => {
  const pages = [];
  for (const prefix of ['productos', 'en/products']) {
    const d = join(dir, prefix);
    if (!existsSync(d)) continue;
    // Product folders only: the all-products listing (index.html, page/N/) lives beside them.
    for (const slug of readdirSync(d)) if (existsSync(join(d, slug, 'index.html')) && readFileSync(join(d, slug, 'index.html'), 'utf8').includes('<article class="product"')) pages.push(`${prefix}/${slug}/`);
  }
  return pages;
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const servers = [];
try {
  // ---- 1 + 2: order first, on every product page, with and without JavaScript --------------------------
  const sizes = [[360, 640], [390, 664], [412, 915]];
  let measured = 0;
  let worst = 0;
  for (const dir of [out, longOut].filter(Boolean)) {
    const server = await serve(dir);
    servers.push(server);
    const url = `http://127.0.0.1:${server.address().port}/`;
    for (const js of [true, false]) {
      for (const [width, height] of sizes) {
        const ctx = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js, isMobile: true, hasTouch: true });
        const page = await ctx.newPage();
        for (const path of productPages(dir)) {
          await page.goto(url + path);
          const r = await page.evaluate(() => {
            const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
            const box = s => {
              const e = document.querySelector(s);
              if (!e) return null;
              const b = e.getBoundingClientRect();
              return { top: b.top, bottom: b.bottom, left: b.left, right: b.right };
            };
            return {
              price: box('.price-main'), button: box('.order-buttons .btn'), vw: innerWidth, vh: innerHeight,
              add: shown('.enq-add'), pick: shown('.cur-pick'), count: shown('.enq-link'),
            };
          });
          measured++;
          const where = `${dir === out ? 'example' : 'long titles'} ${path} at ${width}×${height}${js ? '' : ' without JS'}`;
          check(r.price && r.button, `${where}: price or order button missing`);
          if (!r.price || !r.button) continue;
          worst = Math.max(worst, r.button.bottom / height);
          for (const [name, b] of [['price', r.price], ['order button', r.button]]) {
            check(b.top >= 0 && b.bottom <= r.vh && b.left >= 0 && b.right <= r.vw, `${where}: ${name} not fully on the first screen (${JSON.stringify(b)})`);
          }
          if (!js) check(!r.add && !r.pick && !r.count, `${where}: add form, currency chooser or enquiry count shown without JavaScript`);
          else check(r.add && r.pick && r.count, `${where}: add form, currency chooser or enquiry count not shown with JavaScript`);
        }
        await ctx.close();
      }
    }
  }
  console.log(`ok: order first measured on ${measured} page views; lowest button bottom at ${(worst * 100).toFixed(0)}% of the screen`);

  // ---- 3: the enquiry list ------------------------------------------------------------------------------
  const server = servers[0];
  const url = `http://127.0.0.1:${server.address().port}/`;
  const ctx = await browser.newContext({ viewport: { width: 390, height: 664 }, isMobile: true, hasTouch: true });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url.slice(0, -1) });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  const products = productPages(out);
  const es = products.filter(p => p.startsWith('productos/'));
  const en = products.filter(p => p.startsWith('en/'));
  const info = async () =>
    page.evaluate(() => ({
      sku: document.querySelector('.enq-add')?.dataset.sku,
      title: document.querySelector('h1').textContent.trim(),
      amount: document.querySelector('.price-main data')?.getAttribute('value'),
    }));
  // A: Spanish product page, quantity 3.
  await page.goto(url + (es.find(p => p.includes('molcajete-20')) ?? es[0]));
  const a = await info();
  await page.fill('.enq-add input[name=q]', '3');
  await page.click('.enq-add button');
  check((await page.textContent('.enq-status')).trim() === 'Agregado a su consulta: 1 producto.', 'es product page: the confirmation after one add is not "…: 1 producto." (plural forms)');
  check((await page.textContent('.enq-link .enq-count')).trim() === '1', 'header count is not 1 after one add');
  // B: English product page (another product), quantity 5.
  const bPath = en.find(p => !p.includes('molcajete-20') && !p.includes('servilletas')) ?? en[1];
  await page.goto(url + bPath);
  const b = await info();
  await page.fill('.enq-add input[name=q]', '5');
  await page.click('.enq-add button');
  // C: a card button on a Spanish category page (a third product, its minimum order as quantity).
  const cats = readdirSync(join(out, 'categorias'));
  let c = null;
  for (const cat of cats) {
    await page.goto(url + `categorias/${cat}/`);
    const btn = page.locator(`.card-add:not([data-add="${a.sku}"]):not([data-add="${b.sku}"])`).first();
    if (await btn.count()) {
      c = { sku: await btn.getAttribute('data-add'), q: +(await btn.getAttribute('data-q')) };
      await btn.click();
      break;
    }
  }
  check(c, 'no card with an add button on the category pages');
  check((await page.textContent('.enq-link .enq-count')).trim() === '3', 'header count is not 3 after three adds');
  // The list in English (the language switch keeps it): titles come from the English pages.
  await page.goto(url + 'en/enquiry/');
  await page.selectOption('.cur-pick select', 'EUR');
  const lines = () => page.$$eval('.enq-line', ls => ls.map(l => ({ title: l.querySelector('a').textContent, q: l.querySelector('input').value })));
  check((await lines()).length === 3, `list page shows ${(await lines()).length} lines, not 3`);
  // Change B's quantity to 7, remove A.
  const lineOf = title => page.locator('.enq-line', { hasText: title });
  const bEn = b.title;
  await lineOf(bEn).locator('input').fill('7');
  await lineOf(bEn).locator('input').dispatchEvent('change');
  const aLine = page.locator('.enq-line').first();
  const aTitleEn = await aLine.locator('a').textContent();
  await aLine.locator('.enq-rm').click();
  check((await lines()).length === 2, 'removing a line did not remove it');
  check((await page.textContent('.enq-link .enq-count')).trim() === '2', 'header count is not 2 after removing one');
  await page.fill('.enq-dest', 'Lyon, France');
  const data = await page.evaluate(async () => {
    const pg = document.querySelector('.enq-page');
    return { products: await (await fetch(pg.dataset.products)).json(), rates: JSON.parse(document.body.dataset.rates), wa: document.querySelector('.enq-wa').href, mail: document.querySelector('.enq-mail').href, shown: document.querySelector('.enq-message').textContent };
  });
  const wa = new URL(data.wa);
  const waText = wa.searchParams.get('text');
  check(wa.origin === 'https://wa.me' && /^\/\d+$/.test(wa.pathname), `WhatsApp link is not wa.me/<number>: ${data.wa}`);
  check(!/\+/.test(data.wa.split('?')[1]), 'WhatsApp text contains + instead of %20');
  check(data.mail.startsWith('mailto:') && data.mail.includes('&body=') && data.mail.includes('%0D%0A') && !/[ +]/.test(data.mail), `mailto is not RFC 6068 encoded: ${data.mail.slice(0, 120)}`);
  const mailBody = decodeURIComponent(data.mail.split('&body=')[1]);
  check(mailBody === waText.replace(/\n/g, '\r\n'), 'e-mail body and WhatsApp text differ');
  check(data.shown === waText, 'the copyable text differs from the WhatsApp text');
  const want = [{ sku: b.sku, q: 7 }, { sku: c.sku, q: c.q || 1 }];
  let total = 0;
  for (const w of want) {
    const p = data.products[w.sku];
    check(p, `product ${w.sku} missing from the list page data`);
    if (!p) continue;
    const unit = p.unit ? ` ${p.unit}` : '';
    const line = `- ${w.q}${unit} × ${p.title} (SKU ${w.sku})\n  https://artesanias-tzintzuntzan.example/${p.path}`;
    check(waText.includes(line), `message lacks the line:\n${line}\n--- message:\n${waText}`);
    if (p.amount != null) total += +p.amount * w.q;
  }
  check(!waText.includes(`(SKU ${a.sku})`), 'the removed product is still in the message');
  check(!aTitleEn || !waText.includes(aTitleEn), 'the removed product title is still in the message');
  check(waText.startsWith('Hello, I would like a quote for these products:'), 'message is not in English');
  const eur = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', ...(total * data.rates.per.EUR >= 1000 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}) }).format(total * +data.rates.per.EUR);
  const mxn = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'MXN' }).format(total);
  const totalLine = `Indicative total: ≈ ${eur} (${mxn}) (exchange rate of ${data.rates.date_text || data.rates.date})`;
  check(waText.includes(totalLine), `message lacks the total line ${totalLine}\n--- message:\n${waText}`);
  check(waText.includes('Destination country and city: Lyon, France'), 'message lacks the destination');
  // Copy button.
  await page.click('.enq-send .copy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  check(copied === waText, 'the copy button did not copy the message');

  // Spanish list: same products, Spanish message, euros remembered.
  await page.goto(url + 'consulta/');
  const esText = new URL(await page.getAttribute('.enq-wa', 'href')).searchParams.get('text');
  check(esText.startsWith('Hola, quisiera una cotización'), 'Spanish list page message is not in Spanish');
  check(/€|EUR/.test(esText) && esText.includes(`(SKU ${b.sku})`), 'Spanish message lacks euros or a product');
  check((await page.$eval('.cur-pick select', s => s.value)) === 'EUR', 'the chosen currency was not remembered');

  // ---- 4: chosen currency on cards, product pages and shipping ------------------------------------------
  await page.goto(url + `categorias/${cats[0]}/`);
  const cardFx = await page.$$eval('.card-price .fxc', xs => xs.map(x => x.textContent));
  check(cardFx.length && cardFx.every(t => t === '' || /€|EUR/.test(t)), `cards do not show euros: ${cardFx.slice(0, 3)}`);
  await page.goto(url + bPath);
  check((await page.textContent('.price-main .fxc')).includes('€'), 'product price does not show euros');
  const ship = await page.$$eval('.ship-box [data-amt] ~ .fxc', xs => xs.map(x => x.textContent));
  check(ship.length && ship.every(t => t.includes('€')), `shipping costs on the product page are not in euros: ${ship}`);
  await page.goto(url + 'en/how-to-order/');
  const ship2 = await page.$$eval('.zones [data-amt] ~ .fxc', xs => xs.map(x => x.textContent));
  check(ship2.length && ship2.every(t => t.includes('€')), `shipping costs on how-to-order are not in euros: ${ship2}`);
  check(!errors.length, `JavaScript errors: ${errors.join('; ')}`);
  await ctx.close();
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
if (failures.length) {
  console.log(failures.map(f => 'FAIL: ' + f).join('\n'));
  process.exit(1);
}
console.log('enquiry: all checks passed');
