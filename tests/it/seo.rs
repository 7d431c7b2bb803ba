//! The project's own SEO checker over every page of the example and fixture sites: things no registry
//! validator checks — hreflang clusters, canonical = og:url = sitemap <loc>, absolute URLs, share tags, and
//! that the price is the same in the visible page, the JSON-LD, the Open Graph tags and both feeds.

use crate::common;
use common::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

struct Built {
    _tmp: tempfile::TempDir,
    out: PathBuf,
    base: String,
}

fn built(name: &str, base: &str) -> Built {
    let (tmp, site) = fixture(name);
    let out = build(&site);
    Built { _tmp: tmp, out, base: base.to_string() }
}

fn file_of(b: &Built, url: &str) -> PathBuf {
    let rel = url.strip_prefix(&b.base).unwrap_or_else(|| panic!("{url} is not under {}", b.base));
    b.out.join(rel).join("index.html")
}

/// Pages for search engines: not the 404 page, nor a `noindex` page (the line sheet, a page whose text fell back to another language), which must stay out of the sitemap.
fn pages(b: &Built) -> Vec<PathBuf> {
    let sitemap = read(b.out.join("sitemap.xml"));
    let indexed = |f: &PathBuf| {
        let noindex = read(f).contains("<meta name=\"robots\" content=\"noindex\">");
        let rel = f.strip_prefix(&b.out).unwrap().parent().unwrap().display().to_string();
        assert!(!(noindex && sitemap.contains(&format!("{}{rel}/<", b.base))), "{rel}: noindex page in the sitemap");
        !noindex
    };
    html_files(&b.out).into_iter().filter(|f| !f.ends_with("404.html")).filter(indexed).collect()
}

/// The example's products without an English text: their other pages offer one alternate fewer.
const UNTRANSLATED: &[&str] = &["servilletas-bordadas"];

fn sitemap_locs(b: &Built) -> BTreeMap<String, BTreeSet<(String, String)>> {
    let xml = read(b.out.join("sitemap.xml"));
    let mut map = BTreeMap::new();
    for block in xml.split("<url>").skip(1) {
        let loc = block[block.find("<loc>").unwrap() + 5..block.find("</loc>").unwrap()].replace("&amp;", "&");
        let alts: BTreeSet<(String, String)> = block
            .split("<xhtml:link ")
            .skip(1)
            .map(|l| {
                (attr_values(&format!(" {l}"), "hreflang").remove(0), attr_values(&format!(" {l}"), "href").remove(0))
            })
            .collect();
        map.insert(loc, alts);
    }
    map
}

fn check_site(b: &Built, languages: usize) {
    let locs = sitemap_locs(b);
    let mut canonicals = BTreeSet::new();
    for f in pages(b) {
        let html = read(&f);
        let at = f.strip_prefix(&b.out).unwrap().display().to_string();
        // Exactly one absolute canonical under base_url; og:url identical.
        let canon = links(&html, "canonical");
        assert_eq!(canon.len(), 1, "{at}: one canonical");
        let canon = canon[0].1.clone();
        assert!(canon.starts_with(&b.base) && canon.ends_with('/'), "{at}: canonical {canon}");
        assert_eq!(file_of(b, &canon), f, "{at}: canonical points at the page itself");
        assert_eq!(meta_values(&html, "og:url"), vec![canon.clone()], "{at}: og:url");
        canonicals.insert(canon.clone());
        // hreflang: every language once, itself included, x-default, absolute, reciprocal.
        let alts: BTreeSet<(String, String)> =
            links(&html, "alternate").into_iter().map(|(h, u)| (h.unwrap(), u)).collect();
        // A language whose version of this page is untranslated (noindex) is not offered as an alternate.
        let switcher = html.split("class=\"langs\"").nth(1).map_or("", |s| s.split("</nav>").next().unwrap());
        let untranslated = attr_values(switcher, "href")
            .iter()
            .map(|h| resolve(&f, h))
            .filter(|t| *t != f && read(t).contains("<meta name=\"robots\" content=\"noindex\">"))
            .count();
        if UNTRANSLATED.iter().any(|u| at.contains(u)) {
            assert_eq!(untranslated, 1, "{at}: the example's untranslated product");
        }
        // A page that exists in one language only has no hreflang at all (nothing to point to).
        let versions = languages - untranslated;
        assert_eq!(alts.len(), if versions > 1 { versions + 1 } else { 0 }, "{at}: {alts:?}");
        assert!(
            versions < 2 || alts.iter().any(|(h, u)| h == "x-default" && u.starts_with(&b.base)),
            "{at}: x-default"
        );
        assert!(versions < 2 || alts.iter().any(|(_, u)| *u == canon), "{at}: self-reference");
        for (h, u) in &alts {
            assert!(u.starts_with("https://"), "{at}: absolute hreflang {u}");
            let other = read(file_of(b, u));
            let back: Vec<String> = links(&other, "alternate").into_iter().map(|(_, u)| u).collect();
            assert!(back.contains(&canon), "{at}: {h} {u} does not link back");
        }
        // The sitemap has this page with the same alternates.
        let in_sitemap = locs.get(&canon).unwrap_or_else(|| panic!("{at}: {canon} missing from the sitemap"));
        assert_eq!(in_sitemap, &alts, "{at}: sitemap alternates");
        // Titles, descriptions, Open Graph and X tags.
        let lang = attr_values(&html, "lang").remove(0);
        assert!(
            html.contains("<title>") && !meta_values(&html, "description").is_empty(),
            "{at}: title and description"
        );
        assert!(meta_values(&html, "description")[0].chars().count() <= 160, "{at}: description too long");
        for key in [
            "og:type",
            "og:title",
            "og:description",
            "og:site_name",
            "og:image",
            "og:image:width",
            "og:image:height",
            "og:image:alt",
        ] {
            assert_eq!(meta_values(&html, key).len(), 1, "{at}: {key}");
        }
        assert_eq!(meta_values(&html, "twitter:card"), vec!["summary_large_image"]);
        let og_locale = meta_values(&html, "og:locale").remove(0);
        assert!(
            og_locale.starts_with(&lang) && og_locale.len() == 5 && og_locale.as_bytes()[2] == b'_',
            "{at}: og:locale {og_locale}"
        );
        assert_eq!(meta_values(&html, "og:locale:alternate").len(), versions - 1, "{at}");
        let image = meta_values(&html, "og:image").remove(0);
        assert!(image.starts_with(&b.base), "{at}: og:image absolute");
        let image_file = b.out.join(image.strip_prefix(&b.base).unwrap());
        assert!(image_file.is_file(), "{at}: og:image exists");
        assert!(std::fs::metadata(&image_file).unwrap().len() <= 300 * 1024, "{at}: og:image under 300 KB");
        assert_eq!(image::image_dimensions(&image_file).unwrap(), (1200, 630), "{at}: share image size");
        // JSON-LD parses, and every URL in it is absolute.
        for ld in jsonld(&html) {
            assert_eq!(ld["@context"], "https://schema.org");
            for url in json_urls(&ld) {
                assert!(
                    url.starts_with(&b.base) || url.starts_with("https://schema.org/") || !url.starts_with('/'),
                    "{at}: {url}"
                );
            }
        }
        if meta_values(&html, "og:type") == ["product"] {
            check_product_price(b, &html, &at, &canon);
        }
    }
    // The sitemap lists exactly the pages.
    assert_eq!(locs.keys().cloned().collect::<BTreeSet<_>>(), canonicals, "sitemap <loc> = canonicals");
    let robots = read(b.out.join("robots.txt"));
    assert!(robots.contains(&format!("Sitemap: {}sitemap.xml", b.base)));
}

fn json_urls(v: &serde_json::Value) -> Vec<String> {
    match v {
        serde_json::Value::String(s) if s.contains("://") || s.starts_with('/') => vec![s.clone()],
        serde_json::Value::Array(a) => a.iter().flat_map(json_urls).collect(),
        serde_json::Value::Object(o) => o.values().flat_map(json_urls).collect(),
        _ => vec![],
    }
}

/// Visible base price = JSON-LD offer = product:price:amount = both feeds of that language.
fn check_product_price(b: &Built, html: &str, at: &str, canon: &str) {
    let main = &html[html.find("class=\"price-main\"").unwrap_or_else(|| panic!("{at}: price block"))..];
    let product_ld = jsonld(html).into_iter().find(|ld| ld["@type"] == "Product");
    if main.starts_with("class=\"price-main\"><data") {
        let visible = attr_values(&main[..main.find("</p>").unwrap()], "value").remove(0);
        let ld = product_ld.unwrap_or_else(|| panic!("{at}: Product JSON-LD"));
        let offer = &ld["offers"];
        assert_eq!(offer["price"], visible.as_str(), "{at}: JSON-LD price");
        assert_eq!(offer["url"], canon, "{at}: offer url");
        let cur = offer["priceCurrency"].as_str().unwrap().to_string();
        assert_eq!(meta_values(html, "product:price:amount"), vec![visible.clone()], "{at}");
        assert_eq!(meta_values(html, "product:price:currency"), vec![cur.clone()], "{at}");
        let feed_price = format!("{visible} {cur}");
        let lang = attr_values(html, "lang").remove(0);
        let rss = read(b.out.join(format!("feeds/google-{lang}.xml")));
        let item = rss
            .split("<item>")
            .find(|i| i.contains(&format!("<g:link>{}</g:link>", canon)))
            .unwrap_or_else(|| panic!("{at}: in the Google feed"));
        assert!(item.contains(&format!("<g:price>{feed_price}</g:price>")), "{at}: Google feed price");
        let mut csv = csv::Reader::from_path(b.out.join(format!("feeds/meta-{lang}.csv"))).unwrap();
        let row = csv
            .records()
            .map(Result::unwrap)
            .find(|r| &r[6] == canon)
            .unwrap_or_else(|| panic!("{at}: in the Meta feed"));
        assert_eq!(&row[5], feed_price, "{at}: Meta feed price");
        assert_eq!(row[0], ld["sku"], "{at}: feed id = SKU");
    } else {
        assert!(product_ld.is_none(), "{at}: no Product markup for a price on request");
    }
}

#[test]
fn example_site_seo() {
    check_site(&built("example", "https://artesanias-tzintzuntzan.example/"), 2);
}

#[test]
fn shop_fixture_seo() {
    check_site(&built("shop", "https://shop.example/"), 2);
}

#[test]
fn multilingual_base_path_seo() {
    check_site(&built("multi", "https://user.github.io/catalog/"), 3);
}

#[test]
fn hostile_title_is_harmless_everywhere() {
    let b = built("shop", "https://shop.example/");
    let title = "Taza </script><b>\"grande\" & fina</b> — café";
    let html = read(b.out.join("productos/taza/index.html"));
    // HTML text and attributes: escaped, never live markup.
    assert!(html.contains("<title>Taza &lt;/script&gt;&lt;b&gt;&quot;grande&quot; &amp; fina&lt;/b&gt; — café</title>"));
    assert!(html.contains("content=\"Taza &lt;/script&gt;&lt;b&gt;&quot;grande&quot; &amp; fina&lt;/b&gt; — café\""));
    assert_eq!(html.matches("</script>").count(), html.matches("<script").count(), "no script breakout");
    // JSON-LD: intact after parsing.
    let ld = jsonld(&html).into_iter().find(|l| l["@type"] == "Product").unwrap();
    assert_eq!(ld["name"], title);
    // Share and order URLs: percent-encoded, decoding back to the title.
    let share = attr_values(&html, "href").into_iter().find(|h| h.starts_with("https://x.com/intent/post")).unwrap();
    let text = share.split("text=").nth(1).unwrap().split('&').next().unwrap();
    assert_eq!(percent_encoding::percent_decode_str(text).decode_utf8().unwrap(), title);
    assert!(!share.contains(['<', '>', '"', ' ']));
    // Feeds: CSV field and RSS text intact.
    let mut csv = csv::Reader::from_path(b.out.join("feeds/meta-es.csv")).unwrap();
    assert!(csv.records().map(Result::unwrap).any(|r| &r[1] == title));
    let rss = read(b.out.join("feeds/google-es.xml"));
    assert!(
        rss.contains("<g:title>Taza &lt;/script&gt;&lt;b&gt;&quot;grande&quot; &amp; fina&lt;/b&gt; — café</g:title>")
    );
}

#[test]
fn sitemap_splits_past_fifty_thousand_urls() {
    // Unit-level check of the split through the public API.
    let entries: Vec<vitrina::seo::SitemapEntry> = (0..50_001)
        .map(|i| vitrina::seo::SitemapEntry {
            loc: format!("https://a.example/p{i}/"),
            lastmod: None,
            alternates: vec![],
            x_default: String::new(),
        })
        .collect();
    let files = vitrina::seo::sitemaps("https://a.example/", &entries);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"]);
    assert!(files[2].1.contains("<sitemapindex") && files[2].1.contains("https://a.example/sitemap-2.xml"));
    assert_eq!(files[1].1.matches("<url>").count(), 1);
}
