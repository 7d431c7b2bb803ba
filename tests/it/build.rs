//! Builds real sites (the example, a normal fixture, a three-language fixture under a base path) and checks
//! the files vitrina wrote.

use crate::common;
use common::*;
use std::path::Path;

fn product_stems(site: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(site.join("products"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md") && n.matches('.').count() == 1)
        .map(|n| n.trim_end_matches(".md").to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn example_site_has_every_product_in_every_language() {
    let Built { site, stderr, .. } = example_built();
    let out = site.join("public");
    let stems = product_stems(site);
    assert!(stems.len() >= 12, "the example needs at least 12 products");
    // Product folders; the folder's own index.html is the all-products listing.
    let folders =
        |d: &str| std::fs::read_dir(out.join(d)).unwrap().filter(|e| e.as_ref().unwrap().path().is_dir()).count();
    let es_pages = folders("productos");
    let en_pages = folders("en/products");
    assert_eq!(es_pages, stems.len());
    assert_eq!(en_pages, stems.len());
    for stem in &stems {
        assert!(out.join("productos").join(stem).join("index.html").is_file(), "missing Spanish page for {stem}");
    }
    // The untranslated product is reported, and its English page exists with the Spanish text.
    assert!(stderr.contains("servilletas-bordadas.en.md"), "warning names the missing translation: {stderr}");
    let fallback = read(out.join("en/products/servilletas-bordadas/index.html"));
    assert!(
        fallback.contains("<html lang=\"en\">") && fallback.contains("<h1 lang=\"es\">"),
        "fallback text is marked as Spanish"
    );
    for f in [
        "index.html",
        "en/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "style.css",
        "como-comprar/index.html",
        "en/how-to-order/index.html",
        "nosotros/index.html",
        "en/about/index.html",
    ] {
        assert!(out.join(f).is_file(), "missing {f}");
    }
    let broken = broken_links(&out);
    assert!(broken.is_empty(), "broken links: {broken:#?}");
}

#[test]
fn language_switcher_links_each_page_to_its_own_translation() {
    let out = example_built().out.clone();
    let mut checked = 0;
    for f in html_files(&out) {
        if f.ends_with("404.html") {
            continue;
        }
        let html = read(&f);
        let nav = &html[html.find("class=\"langs\"").expect("language switcher")..];
        let nav = &nav[..nav.find("</nav>").unwrap()];
        let targets: Vec<_> = attr_values(nav, "href").iter().map(|l| resolve(&f, l)).collect();
        assert_eq!(targets.len(), 2, "{}", f.display());
        assert!(targets.contains(&f), "{} does not list itself", f.display());
        for t in &targets {
            assert!(t.is_file(), "{} links to missing {}", f.display(), t.display());
            // Reciprocity: the other language's page links back here.
            let back = read(t);
            let back_nav = &back[back.find("class=\"langs\"").unwrap()..];
            let back_targets: Vec<_> = attr_values(&back_nav[..back_nav.find("</nav>").unwrap()], "href")
                .iter()
                .map(|l| resolve(t, l))
                .collect();
            assert!(back_targets.contains(&f), "{} does not link back to {}", t.display(), f.display());
        }
        // A product page never switches to the other home page.
        if f.to_string_lossy().contains("/productos/") {
            assert!(targets.iter().all(|t| !t.ends_with("public/en/index.html")));
        }
        checked += 1;
    }
    assert!(checked > 30);
}

#[test]
fn prices_are_converted_and_formatted_per_locale() {
    let out = example_built().out.clone();
    let es = read_shown(out.join("productos/molcajete-20/index.html"));
    // 850 MXN; USD is fixed at 49 in the front matter; EUR 850 × 0.0478 = 40.63; CAD 850 × 0.0772 = 65.62.
    assert!(es.contains("<data value=\"850.00\">$850.00\u{a0}MXN</data>"), "base price");
    assert!(es.contains("<data value=\"49.00\">US$49.00</data> <small>(precio fijo)</small>"));
    assert!(es.contains("≈</abbr> <data value=\"40.63\">€40.63</data>"));
    assert!(es.contains("≈</abbr> <data value=\"65.62\">CA$65.62</data>"));
    assert!(es.contains("tipo de cambio del 20 de noviembre de 2026"), "rate date written in Spanish");
    let en = read_shown(out.join("en/products/volcanic-stone-molcajete-8in/index.html"));
    // Pesos never read as dollars on the English pages: CLDR's en-US form.
    assert!(en.contains("<data value=\"850.00\">MX$850.00</data>"), "base price in en-US");
    assert!(!en.contains(">$850.00"), "a bare $ for pesos");
    assert!(en.contains("November 20, 2026"), "rate date written in English");
    assert!(en.contains("indicative only"));
    // Price on request shows no number at all.
    let sink = read(out.join("productos/lavabo-cobre-medida/index.html"));
    assert!(sink.contains("Precio a consultar"));
    let price_block = &sink[sink.find("class=\"price\"").unwrap()..sink.find("class=\"order-box\"").unwrap()];
    assert!(!price_block.contains("<data"), "no amounts for on-request: {price_block}");
}

#[test]
fn fixture_shop_prices_links_and_escaping() {
    let (_tmp, site) = fixture("shop");
    let out = build(&site);
    let html = read(out.join("productos/taza/index.html"));
    // 1234.5 MXN → USD 61.73 (× 0.05 = 61.725, half away from zero) and EUR 55.55 (× 0.045 = 55.5525).
    assert!(html.contains("$1,234.50\u{a0}MXN"));
    assert!(html.contains("US$61.73"));
    assert!(html.contains("€55.55"));
    // The title with markup is text, not markup, everywhere.
    assert!(!html.contains("</script><b>"), "raw title leaked");
    assert!(
        html.contains("Taza &lt;&#x2F;script&gt;")
            || html.contains("Taza &lt;/script&gt;&lt;b&gt;&quot;grande&quot; &amp; fina")
    );
    for ld in jsonld(&html) {
        if ld["@type"] == "Product" {
            assert_eq!(ld["name"], "Taza </script><b>\"grande\" & fina</b> — café");
            assert_eq!(ld["offers"]["price"], "1234.50");
            assert_eq!(ld["offers"]["priceCurrency"], "MXN");
        }
    }
    assert!(!html.contains("<script>alert"), "raw HTML in Markdown is escaped");
    // Order links: digits-only WhatsApp number, encoded text naming product, SKU and page URL.
    let wa = attr_values(&html, "href").into_iter().find(|h| h.starts_with("https://wa.me/")).unwrap();
    assert!(wa.starts_with("https://wa.me/524345550101?text="), "{wa}");
    assert!(wa.contains("TAZ-01") && wa.contains("https%3A%2F%2Fshop.example%2Fproductos%2Ftaza%2F"), "{wa}");
    assert!(!wa.contains(' ') && !wa.contains('+'));
    let mail = attr_values(&html, "href").into_iter().find(|h| h.starts_with("mailto:")).unwrap();
    assert!(mail.starts_with("mailto:ventas@shop.example?subject="), "{mail}");
    assert!(mail.contains("%0D%0A") && mail.contains("%20") && !mail.contains('+'), "{mail}");
    let ms = attr_values(&html, "href").into_iter().find(|h| h.starts_with("https://m.me/")).unwrap();
    assert_eq!(ms, "https://m.me/barroycobre?ref=TAZ-01");
    // English page: English message, English URL.
    let en = read(out.join("en/products/big-mug/index.html"));
    let wa_en = attr_values(&en, "href").into_iter().find(|h| h.starts_with("https://wa.me/")).unwrap();
    assert!(wa_en.contains("Hello") && wa_en.contains("en%2Fproducts%2Fbig-mug"), "{wa_en}");
    // Fixed price wins over conversion; availability labels.
    let bowl = read(out.join("productos/cuenco/index.html"));
    assert!(bowl.contains("US$19.99</data> <small>(precio fijo)"));
    assert!(bowl.contains("Agotado"));
    let sink = read(out.join("en/products/copper-sink/index.html"));
    assert!(sink.contains("Price on request") && sink.contains("Made to order"));
    assert!(jsonld(&sink).iter().all(|ld| ld["@type"] != "Product"), "no Product markup without a price");
    assert!(jsonld(&sink).iter().any(|ld| ld["@type"] == "BreadcrumbList"));
    // How-to-order page: steps, payment without account numbers, zones, checklist.
    let order = read(out.join("como-comprar/index.html"));
    assert!(order.contains("Transferencia bancaria") && order.contains("BBVA"));
    assert!(order.contains("5 a 9 días hábiles") && order.contains("$850.00\u{a0}MXN"));
    assert!(order.contains("Enviamos solo después de confirmar su pago."));
    assert!(order.contains("comprobante"));
    assert!(order.contains("https://www.dhl.com/track"));
    assert!(broken_links(&out).is_empty(), "{:?}", broken_links(&out));
}

#[test]
fn three_languages_under_a_base_path() {
    let (_tmp, site) = fixture("multi");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    let out = site.join("public");
    // French is the default at the root; English and Spanish under their codes; French paths from i18n/fr.yaml.
    let fr = read_shown(out.join("produits/echarpe/index.html"));
    assert!(fr.contains("<html lang=\"fr\">"));
    // fr-FR formats 1234.5 EUR as "1 234,50 €" (narrow no-break space groups).
    assert!(fr.contains("1\u{202f}234,50\u{a0}€"), "French number format");
    assert!(
        fr.contains("≈</abbr> <data value=\"1401.77\">1\u{202f}402\u{a0}$US</data>"),
        "USD conversion, whole units above 1,000"
    );
    let en = read(out.join("en/products/wool-scarf/index.html"));
    assert!(en.contains("€1,234.50"));
    assert!(en.contains("£1,038"), "GBP in en-GB: 1234.5 × 0.8412 = 1038.46 → £1,038");
    assert!(
        out.join("es/produits/bufanda-de-lana/index.html").is_file()
            || out.join("es/productos/bufanda-de-lana/index.html").is_file()
    );
    // Every absolute URL carries the /catalog/ path; every relative link resolves.
    let canon = links(&en, "canonical");
    assert_eq!(canon[0].1, "https://user.github.io/catalog/en/products/wool-scarf/");
    let alts = links(&en, "alternate");
    assert!(alts.contains(&(Some("en-GB".into()), "https://user.github.io/catalog/en/products/wool-scarf/".into())));
    assert!(alts.contains(&(Some("fr".into()), "https://user.github.io/catalog/produits/echarpe/".into())));
    assert!(alts.contains(&(Some("x-default".into()), "https://user.github.io/catalog/produits/echarpe/".into())));
    assert!(broken_links(&out).is_empty(), "{:?}", broken_links(&out));
    let sitemap = read(out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://user.github.io/catalog/es/"));
    assert!(read(out.join("robots.txt")).contains("Sitemap: https://user.github.io/catalog/sitemap.xml"));
    // The 404 page is served at any depth, so it links from the base path.
    let nf = read(out.join("404.html"));
    assert!(nf.contains("href=\"/catalog/style.css\""));
    // Untranslated UI strings of the site-added language are reported.
    assert!(r.stderr.contains("i18n/fr.yaml") && r.stderr.contains("untranslated"), "{}", r.stderr);
    // og:locale per language.
    assert_eq!(meta_values(&en, "og:locale"), vec!["en_GB"]);
    assert_eq!(meta_values(&fr, "og:locale:alternate"), vec!["en_GB", "es_ES"]);
}

#[test]
fn rebuild_replaces_the_output_and_drops_removed_pages() {
    let (_tmp, site) = fixture("shop");
    let out = build(&site);
    assert!(out.join("productos/cuenco/index.html").is_file());
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    build(&site);
    assert!(!out.join("productos/cuenco/index.html").exists(), "stale page removed");
    assert!(out.join("productos/taza/index.html").is_file());
}

#[test]
fn timings_flag_reports_every_stage() {
    let (_tmp, site) = fixture("shop");
    let r = run(&["build", site.to_str().unwrap(), "--timings"]);
    assert!(r.ok, "{}", r.stderr);
    for stage in ["load", "markdown", "images", "templates", "assets", "write"] {
        let line = r.stderr.lines().find(|l| l.trim_start().starts_with(&format!("{stage} ")));
        let line = line.unwrap_or_else(|| panic!("no {stage} line in:\n{}", r.stderr));
        assert!(line.contains(" ms"), "{line}");
        if cfg!(target_os = "linux") {
            assert!(line.contains("peak memory"), "{line}");
        }
    }
    let plain = run(&["build", site.to_str().unwrap()]);
    assert!(!plain.stderr.contains(" ms"), "stage timings only with --timings: {}", plain.stderr);
}

#[test]
fn check_command_reports_without_writing() {
    let (_tmp, site) = fixture("example");
    let r = run(&["check", site.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stdout.contains("16 products") || r.stdout.contains("products"), "{}", r.stdout);
    assert!(!site.join("public").exists());
    let strict = run(&["check", "--strict", site.to_str().unwrap()]);
    assert!(!strict.ok, "strict fails on the untranslated product");
}

#[test]
fn unchanged_files_are_not_rewritten_and_changed_ones_are() {
    let (_tmp, site) = fixture("shop");
    let out = build(&site);
    let mtime = |p: &str| std::fs::metadata(out.join(p)).unwrap().modified().unwrap();
    let (taza, cuenco) = (mtime("productos/taza/index.html"), mtime("productos/cuenco/index.html"));
    std::thread::sleep(std::time::Duration::from_millis(20));
    let p = site.join("products/cuenco.md");
    std::fs::write(&p, read(&p).replace("Cuenco sencillo.", "Cuenco sencillo y hondo.")).unwrap();
    build(&site);
    assert_eq!(mtime("productos/taza/index.html"), taza, "an unchanged page is left alone");
    assert_ne!(mtime("productos/cuenco/index.html"), cuenco, "the changed page is rewritten");
    assert!(read(out.join("productos/cuenco/index.html")).contains("y hondo"));
    let manifest = read(out.join(".vitrina-manifest"));
    assert!(manifest.lines().any(|l| l.starts_with("productos/cuenco/index.html\t")), "manifest records size and hash");
}

/// "Built 23 pages (4 rendered, 19 unchanged; …)": how many pages a build actually rendered.
fn rendered(site: &Path) -> (usize, usize) {
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "build failed:\n{}\n{}", r.stdout, r.stderr);
    // The summary line (a build that changed nothing says so on a line of its own before it).
    let summary = r.stdout.lines().find(|l| l.starts_with("Built")).unwrap_or_else(|| panic!("{}", r.stdout));
    let num = |after: &str, before: &str| -> usize {
        let tail = summary.split(before).next().unwrap();
        tail.rsplit(after).next().unwrap().trim().parse().unwrap_or_else(|_| panic!("no count in {:?}", r.stdout))
    };
    (num("Built", " pages"), num("(", " rendered"))
}

#[test]
fn pages_made_from_the_same_inputs_are_not_rendered_again() {
    let (_tmp, site) = fixture("shop");
    let (pages, first) = rendered(&site);
    assert_eq!(first, pages, "a first build renders every page");
    // Nothing changed: the build record (tests/it/build_record.rs) keeps the whole output, nothing is rendered.
    assert_eq!(rendered(&site), (pages, 0), "nothing changed: nothing is rendered");
    // A product file touched but not changed: it is read again (the saved catalog, src/cache/products.rs) and
    // no page it shows on is different, so nothing is rendered.
    let p = site.join("products/cuenco.md");
    std::fs::write(&p, read(&p)).unwrap();
    assert_eq!(rendered(&site), (pages, 0), "same product: nothing is rendered");
    // Another source touched but not changed: a full build, in which only the 404 pages (one per language)
    // render.
    let about = site.join("company.yaml");
    std::fs::write(&about, read(&about)).unwrap();
    assert_eq!(rendered(&site), (pages, 2), "same inputs: only the 404 pages (one per language) are rendered");

    // A template is part of the input of the pages rendered with it (and of what it extends, includes and
    // imports), and of nothing else: the site's own about template renders the two about pages again, plus
    // the 404 pages as in any full build; the theme's base template, which every page extends, renders all.
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    std::fs::create_dir_all(site.join("templates")).unwrap();
    let about = read(theme.join("about.html"));
    assert!(about.contains("{% block main %}"), "the theme's about template has its main block");
    let mine = about.replacen("{% block main %}", "{% block main %}<p>Hecho a mano en Capula.</p>", 1);
    std::fs::write(site.join("templates/about.html"), mine).unwrap();
    assert_eq!(rendered(&site), (pages, 4), "a changed about template: the about and 404 pages are rendered");
    let shown = html_files(&site.join("public")).into_iter().filter(|f| read(f).contains("Hecho a mano en Capula."));
    assert_eq!(shown.count(), 2, "the about page in both languages shows the template's new text");
    let base = read(theme.join("base.html")).replacen("{% block main %}", "<p>Aviso.</p>{% block main %}", 1);
    std::fs::write(site.join("templates/base.html"), base).unwrap();
    assert_eq!(rendered(&site), (pages, pages), "a changed base template: every page is rendered");
    std::fs::remove_dir_all(site.join("templates")).unwrap();
    assert_eq!(rendered(&site), (pages, pages), "back to the theme's templates: every page is rendered");

    // One product's text: its two pages, the listings that show its card (its category and all products, in
    // both languages), the enquiry pages and the product pages that suggest it as related; not the rest.
    std::fs::write(&p, read(&p).replace("title: Cuenco", "title: Cuenco hondo")).unwrap();
    let (_, after_edit) = rendered(&site);
    assert!(
        (3..pages * 2 / 3).contains(&after_edit),
        "{after_edit} of {pages} pages rendered after one product changed"
    );
    let out = site.join("public");
    assert!(read(out.join("productos/cuenco/index.html")).contains("Cuenco hondo"));
    let category = html_files(&out).into_iter().filter(|f| read(f).contains("Cuenco hondo")).count();
    assert!(category >= 3, "the product page and the listings that show it were re-rendered ({category} files)");

    // Something every page shows (the tagline, in both languages, in the shared data): every page again.
    let c = site.join("company.yaml");
    let profile = read(&c).replace("Ceramics and copper", "Ceramics and copper and glass");
    std::fs::write(&c, profile.replace("Cerámica y cobre", "Cerámica y cobre y vidrio")).unwrap();
    assert_eq!(rendered(&site), (pages, pages));
    assert!(read(out.join("en/products/big-mug/index.html")).contains("Ceramics and copper and glass"));

    // A template of the site's own: every page again, and the override is used.
    std::fs::create_dir_all(site.join("templates")).unwrap();
    let base = read(common::root().join("themes/default/templates/base.html"));
    std::fs::write(site.join("templates/base.html"), base.replace("<body", "<body data-own-theme")).unwrap();
    assert_eq!(rendered(&site), (pages, pages));
    assert!(read(out.join("productos/taza/index.html")).contains("data-own-theme"));
    // And then kept again: nothing changed, so the build record keeps the whole output.
    assert_eq!(rendered(&site), (pages, 0), "and then kept again");

    // A template that reads the environment is not made from the page's data alone: always rendered.
    let env = base.replace("<body", "<body data-env=\"{{ get_env(name='VITRINA_NOT_SET', default='none') }}\"");
    std::fs::write(site.join("templates/base.html"), env).unwrap();
    rendered(&site);
    assert_eq!(rendered(&site), (pages, pages));
}

#[test]
fn init_starts_a_catalog_that_builds_cleanly_and_never_overwrites() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mi-catalogo");
    let r = run(&["init", dir.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    let strict = run(&["build", "--strict", dir.to_str().unwrap()]);
    assert!(strict.ok, "the starter has no warnings: {}", strict.stderr);
    assert!(dir.join("public/productos/jarron/index.html").is_file());
    assert!(dir.join("public/en/products/burnished-clay-vase/index.html").is_file());
    let profile = read(dir.join("company.yaml"));
    std::fs::write(dir.join("company.yaml"), format!("{profile}\n# mine\n")).unwrap();
    let again = run(&["init", dir.to_str().unwrap()]);
    assert!(!again.ok && again.stderr.contains("not empty"), "{}", again.stderr);
    assert!(read(dir.join("company.yaml")).ends_with("# mine\n"), "the owner's file is untouched");
    // The theme's UI strings can be printed to start a new language.
    let en = run(&["strings", "en"]);
    assert!(en.ok && en.stdout.contains("order:") && en.stdout.contains("paths:"));
    assert!(!run(&["strings", "xx"]).ok);
}

/// Issue 12: amounts and dates in each page's locale, from CLDR, also in languages the theme has no UI strings
/// for (fr, de, pt, ja come from the fixture's i18n files). 1234.5 MXN; USD 0.0548 → 67.65; EUR 0.0478 → 59.01.
#[test]
fn money_and_dates_in_every_locale() {
    let (_tmp, site) = fixture("locales");
    let out = build(&site);
    let nb = '\u{a0}';
    let nnb = '\u{202f}';
    for (page, about, base, euro, date, testimonial) in [
        (
            "productos/olla",
            "nosotros",
            format!("$1,234.50{nb}MXN"),
            "€59.01".to_string(),
            "20 de noviembre de 2026",
            "14 de marzo de 2026",
        ),
        ("en/products/olla", "en/about", "MX$1,234.50".into(), "€59.01".into(), "November 20, 2026", "March 14, 2026"),
        (
            "fr/produits/olla",
            "fr/a-propos",
            format!("1{nnb}234,50{nb}$MX"),
            format!("59,01{nb}€"),
            "20 novembre 2026",
            "14 mars 2026",
        ),
        (
            "de/produkte/olla",
            "de/ueber-uns",
            format!("1.234,50{nb}MX$"),
            format!("59,01{nb}€"),
            "20. November 2026",
            "14. März 2026",
        ),
        (
            "pt/produtos/olla",
            "pt/sobre",
            format!("MX${nb}1.234,50"),
            format!("€{nb}59,01"),
            "20 de novembro de 2026",
            "14 de março de 2026",
        ),
        ("ja/products/olla", "ja/about", "MX$1,234.50".into(), "€59.01".into(), "2026年11月20日", "2026年3月14日"),
    ] {
        let html = read_shown(out.join(page).join("index.html"));
        assert!(html.contains(&format!("<data value=\"1234.50\">{base}</data>")), "{page}: base price {base}");
        assert!(html.contains(&format!("<data value=\"59.01\">{euro}</data>")), "{page}: converted {euro}");
        assert!(html.contains(date), "{page}: rate date {date}");
        assert!(!html.contains(">2026-11-20") && !html.contains(" 2026-11-20"), "{page}: ISO date shown to people");
        let about = read(out.join(about).join("index.html"));
        assert!(
            about.contains(&format!("<time datetime=\"2026-03-14\">{testimonial}</time>")),
            "{page}: {testimonial}"
        );
    }
    // Machine values stay in the base currency and ISO form.
    let en = read_shown(out.join("en/products/olla/index.html"));
    let product = jsonld(&en).into_iter().find(|ld| ld["@type"] == "Product").expect("Product JSON-LD");
    assert_eq!(product["offers"]["price"], "1234.50");
    assert_eq!(product["offers"]["priceCurrency"], "MXN");
}
