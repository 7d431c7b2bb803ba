// Search and filter for listing pages (progressive enhancement: without this script the form stays hidden and
// the paginated listing works as it is). Loads search/<lang>.json on first use; format in src/search.rs.
// Prices are filtered in the base currency. Hook for a currency chooser: set window.vitrinaCurrency =
// {code: "USD", rate: 0.055} (base → shown) and the price bounds the buyer types are read in that currency.
(function () {
  "use strict";
  var form = document.getElementById("search");
  if (!form || !window.fetch) return;
  var d = form.dataset, f = form.elements, out = document.getElementById("search-results");
  var listing = document.querySelector("[data-listing]"), index = null, timer = 0, MAX = 60;
  form.hidden = false;
  function norm(s) {
    return String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function load() {
    if (!index) {
      index = fetch(d.index).then(function (r) { return r.json(); }).then(function (j) {
        j.items.forEach(function (it) { it.k = norm(it[0] + " " + it[5] + " " + j.categories[it[2]]); });
        return j;
      });
    }
    return index;
  }
  function bound(v) {
    var n = parseFloat(v), c = window.vitrinaCurrency;
    if (isNaN(n)) return null;
    return c && c.rate > 0 ? n / c.rate : n;
  }
  // A text that counts comes as JSON with plural forms ({"one": …, "other": …}), or as plain text.
  function fill(s, n) {
    var forms = null, form = n === 1 ? "one" : "other";
    try { forms = JSON.parse(s); } catch (e) { forms = s; }
    if (forms && typeof forms === "object") {
      try { form = new Intl.PluralRules(d.lang).select(n); } catch (e) { /* an unknown language counts like English */ }
      s = forms[form] != null ? forms[form] : forms.other;
    }
    return String(s).replace("{n}", n);
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function show(j, hits) {
    var money;
    try { money = new Intl.NumberFormat(d.lang, { style: "currency", currency: j.currency }); } catch (e) { money = null; }
    var labels = {};
    Array.prototype.forEach.call(f.availability.options, function (o) { labels[o.value] = o.textContent; });
    out.textContent = "";
    out.appendChild(el("p", "search-count", hits.length ? fill(d.results, hits.length) : d.none));
    var ul = el("ul", "search-list");
    hits.slice(0, MAX).forEach(function (it) {
      var li = el("li"), a = el("a", null, it[0]);
      a.href = d.root + j.prefix + it[1];
      li.appendChild(a);
      var price = it[4] == null ? d.onRequest : money ? money.format(it[4]) : it[4] + " " + j.currency;
      li.appendChild(el("span", "search-price", price));
      var av = j.availability[it[3]];
      if (av !== "in_stock") li.appendChild(el("span", "badge badge-" + av, labels[av]));
      ul.appendChild(li);
    });
    out.appendChild(ul);
    if (hits.length > MAX) out.appendChild(el("p", "note", fill(d.more, MAX)));
  }
  function run() {
    var words = norm(f.q.value).split(/\s+/).filter(Boolean), cat = f.category.value, av = f.availability.value;
    var lo = bound(f.min.value), hi = bound(f.max.value);
    // The page's own category alone is what the listing already shows.
    if (!words.length && cat === (d.category || "") && !av && lo === null && hi === null) {
      out.hidden = true;
      out.textContent = "";
      if (listing) listing.hidden = false;
      return;
    }
    load().then(function (j) {
      var hits = j.items.filter(function (it) {
        return (cat === "" || String(it[2]) === cat) && (!av || j.availability[it[3]] === av) &&
          (lo === null || (it[4] != null && it[4] >= lo)) && (hi === null || (it[4] != null && it[4] <= hi)) &&
          words.every(function (w) { return it.k.indexOf(w) >= 0; });
      });
      show(j, hits);
      out.hidden = false;
      if (listing) listing.hidden = true;
    }).catch(function () { out.hidden = true; if (listing) listing.hidden = false; });
  }
  form.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 150); });
  form.addEventListener("submit", function (e) { e.preventDefault(); run(); });
  form.addEventListener("reset", function () { setTimeout(run, 0); });
  f.q.addEventListener("focus", load, { once: true });
})();
