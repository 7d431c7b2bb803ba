// vitrina default theme — progressive enhancement, no framework. Adds what needs the buyer's browser:
// the currency chooser (≈ amounts at the site's dated rates), the enquiry list kept in localStorage (one
// message for several products), and copy buttons. Without JavaScript none of it shows and every page
// stays exactly as built. All data comes from data-* attributes written (and HTML-escaped) by the templates.
(() => {
  'use strict';
  const d = document.body.dataset;
  const J = (s, f) => { try { return JSON.parse(s) ?? f; } catch { return f; } };
  const $ = (s, r = document) => r.querySelector(s);
  const $$ = (s, r = document) => [...r.querySelectorAll(s)];
  const key = k => 'vitrina.' + k;
  // Storage can be off (private mode, a blocked origin): the page then works for this visit only.
  const load = (k, f) => { try { return J(localStorage.getItem(key(k)), f); } catch { return f; } };
  const keep = (k, v) => { try { localStorage.setItem(key(k), JSON.stringify(v)); } catch { /* this visit only */ } };
  const fill = (s, v) => String(s || '').replace(/\{(\w+)\}/g, (m, k) => (k in v ? v[k] : m));
  // A text that counts has plural forms ({one, other, …}): the one the page language's rules give for n.
  const counted = (s, n) => {
    if (!s || typeof s !== 'object') return s;
    let form = n === 1 ? 'one' : 'other';
    try { form = new Intl.PluralRules(d.locale).select(n); } catch { /* an unknown locale counts like English */ }
    return s[form] ?? s.other;
  };
  const T = J(d.t, {});
  const base = d.base;
  const rates = J(d.rates, null) || {};
  const per = rates.per || {};
  const rate = c => (c === base ? 1 : +per[c] || 0);

  // ---- the buyer's currency -------------------------------------------------------------------------
  const known = c => c === base || rate(c) > 0;
  let cur = load('cur', null);
  if (!known(cur)) {
    // First visit: the language's usual currency if the site shows it, else what cards showed until now.
    cur = [T.default_currency, ...J(d.shows, [])].find(c => c && c !== base && known(c)) || base;
  }
  // Conversions of 1000 or more are rounded to whole units so they never look like a firm offer (as on the server).
  const fmt = (n, c, exact) => {
    const whole = !exact && Math.abs(n) >= 1000 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
    try {
      const s = new Intl.NumberFormat(d.locale, { style: 'currency', currency: c, ...whole }).format(n);
      // A bare "$" reads as the site's pesos on a Mexican site: dollars say so (US$), like the server's amounts.
      return c === 'USD' ? s.replace(/^(-?)\$/, '$1US$') : s;
    } catch {
      return n.toFixed(2) + ' ' + c;
    }
  };
  const conv = (a, from, to) => (rate(from) && rate(to) ? (a / rate(from)) * rate(to) : null);
  const approx = (a, from) => {
    const v = conv(a, from, cur);
    return v === null ? '' : '≈ ' + fmt(v, cur);
  };
  const paint = () => {
    for (const el of $$('[data-amt]')) {
      // One "≈" per amount, in its parent (the product price keeps a reserved place after the unit).
      let x = el.parentNode.querySelector(':scope > .fxc');
      if (!x) {
        x = document.createElement('span');
        x.className = 'fxc';
        el.after(x);
      }
      const from = el.dataset.cur;
      // A fixed price in the chosen currency wins over a conversion.
      const fixed = Object.fromEntries((el.dataset.fixed || '').split(';').filter(Boolean).map(p => p.split('=')));
      const text = cur === from ? '' : fixed[cur] ? fmt(+fixed[cur], cur, 1) : approx(+el.dataset.amt, from);
      x.textContent = text ? ' ' + text : '';
      x.title = text && rates.date ? fill(T.total_note, { date: rates.date_text || rates.date, currency: base }) : '';
    }
  };
  const pick = $('.cur-pick');
  if (pick && rates.date) {
    const sel = $('select', pick);
    sel.value = cur;
    sel.addEventListener('change', () => {
      cur = sel.value;
      keep('cur', cur);
      paint();
      draw();
    });
  }

  // ---- the enquiry list: [{s: SKU, q: quantity}] ------------------------------------------------------
  let list = load('list', []);
  if (!Array.isArray(list)) list = [];
  const count = () => {
    for (const a of $$('.enq-link')) {
      $('.enq-count', a).textContent = list.length;
    }
  };
  const save = () => {
    keep('list', list);
    count();
  };
  const qty = q => Math.max(1, Math.min(1e6, Math.floor(+q) || 1));
  const add = (s, q) => {
    const line = list.find(l => l.s === s);
    if (line) line.q = qty(q);
    else list.push({ s, q: qty(q) });
    save();
    return fill(counted(T.added, list.length), { count: list.length });
  };
  for (const f of $$('form.enq-add')) {
    f.addEventListener('submit', e => {
      e.preventDefault();
      $('.enq-status', f).textContent = add(f.dataset.sku, f.elements.q.value);
    });
  }
  for (const b of $$('[data-add]')) {
    b.addEventListener('click', () => {
      b.textContent = '✓ ' + add(b.dataset.add, b.dataset.q);
    });
  }

  // ---- the list page ----------------------------------------------------------------------------------
  const pg = $('.enq-page');
  // The products' data (title, path, unit, base price by SKU) is the language's JSON file beside the search
  // index, fetched once; until it arrives (or if it cannot) the list is not drawn and is left as it is.
  let P = null;
  const dest = pg && $('.enq-dest', pg);
  const enc = s => encodeURIComponent(s).replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  const el = (tag, props, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  function message() {
    const out = [T.message_intro, ''];
    let total = 0;
    for (const l of list) {
      const p = P[l.s];
      const line = fill(T.message_line, { qty: l.q, unit: p.unit || '', title: p.title, sku: l.s, url: d.root + p.path });
      out.push(line.replace(/(\d) +×/, '$1 ×') + (p.amount == null ? ' (' + T.on_request + ')' : ''));
      if (p.amount != null) total += +p.amount * l.q;
    }
    const sum = cur === base ? fmt(total, base, 1) : fmt(conv(total, base, cur), cur) + ' (' + fmt(total, base, 1) + ')';
    out.push('', fill(T.message_total, { total: sum, date: rates.date_text || rates.date || '' }));
    out.push(fill(T.message_destination, { destination: dest.value.trim() }));
    return { text: out.join('\n'), sum };
  }
  function draw() {
    if (!pg || !P) return;
    list = list.filter(l => P[l.s]); // products removed from the catalog since
    const ul = $('.enq-lines', pg);
    ul.textContent = '';
    for (const l of list) {
      const p = P[l.s];
      const input = el('input', { type: 'number', min: 1, step: 1, value: l.q, inputMode: 'numeric', name: 'q' });
      input.addEventListener('change', () => {
        l.q = qty(input.value);
        save();
        draw();
      });
      const rm = el('button', { type: 'button', className: 'btn btn-line enq-rm' }, T.remove);
      rm.addEventListener('click', () => {
        list = list.filter(x => x !== l);
        save();
        draw();
      });
      const line = p.amount == null ? T.on_request : fmt(+p.amount * l.q, base, 1) + (cur === base ? '' : ' ' + approx(+p.amount * l.q, base));
      ul.append(
        el('li', { className: 'enq-line' },
          el('a', { href: pg.dataset.root + p.path }, p.title), ' ', el('small', { className: 'muted' }, 'SKU ' + l.s), el('br'),
          el('label', {}, T.quantity + ' ', input), ' ' + (p.unit || '') + ' ', el('span', { className: 'enq-amt' }, line), ' ', rm));
    }
    $('.enq-empty', pg).hidden = list.length > 0;
    $('.enq-send', pg).hidden = !list.length;
    if (!list.length) return;
    const m = message();
    $('.enq-sum', pg).textContent = m.sum;
    $('.enq-message', pg).textContent = m.text;
    const wa = $('.enq-wa', pg);
    if (wa) wa.href = d.wa.split('?')[0] + '?text=' + enc(m.text);
    const mail = $('.enq-mail', pg);
    if (mail) {
      const subject = fill(counted(T.email_subject, list.length), { count: list.length });
      mail.href = d.mail.split('?')[0] + '?subject=' + enc(subject) + '&body=' + enc(m.text.replace(/\n/g, '\r\n'));
    }
  }
  if (pg) {
    fetch(pg.dataset.products)
      .then(r => (r.ok ? r.json() : Promise.reject(new Error(r.status))))
      .then(j => {
        P = j && typeof j === 'object' ? j : {};
        draw();
      })
      .catch(() => {
        $('.enq-empty', pg).hidden = false;
      });
    dest.value = load('dest', '');
    dest.addEventListener('input', () => {
      keep('dest', dest.value);
      draw();
    });
    // Another tab changed the list: show the same one here.
    addEventListener('storage', e => {
      if (e.key === key('list')) {
        list = load('list', []);
        draw();
        count();
      }
    });
  }

  // ---- copy buttons (beside channels that cannot carry a prefilled text) ------------------------------
  for (const b of $$('.copy')) {
    b.addEventListener('click', async () => {
      const box = b.closest('.copy-box');
      const pre = $('.message', box);
      const status = $('.copy-status', box);
      try {
        await navigator.clipboard.writeText(pre.textContent);
        status.textContent = T.copied;
      } catch {
        getSelection().selectAllChildren(pre);
        status.textContent = T.copy_failed;
      }
    });
  }

  paint();
  draw();
  count();
})();
