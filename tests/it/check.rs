//! `vitrina check` reports every problem in one run, as text and as JSON, with documented exit codes; and
//! `vitrina rates` turns the files central banks publish into rates.yaml.

use crate::common;

use common::{edit, fixture, read, run, vitrina};
use serde_json::Value;
use std::path::Path;

/// The first bytes of an iPhone photo: an ISO BMFF `ftyp` box with the `heic` brand.
const HEIC: &[u8] = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\x08free";

fn days_ago(n: u64) -> String {
    (chrono::Local::now().date_naive() - chrono::Days::new(n)).to_string()
}

/// Sets the date of the fixture's rates.yaml.
fn date_rates(site: &Path, date: &str) {
    let p = site.join("rates.yaml");
    let text: String = read(&p)
        .lines()
        .map(|l| if l.starts_with("date:") { format!("date: {date}\n") } else { format!("{l}\n") })
        .collect();
    std::fs::write(p, text).unwrap();
}

fn check_json(site: &Path, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend(extra);
    args.push(site.to_str().unwrap());
    let o = vitrina(&args);
    let json: Value = serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&o.stdout)));
    (o.status.code(), json)
}

fn find<'a>(json: &'a Value, code: &str) -> Vec<&'a Value> {
    json["diagnostics"].as_array().unwrap().iter().filter(|d| d["code"] == code).collect()
}

/// The site of the issue: an iPhone photo, a WhatsApp number without its country code and rates from three
/// months ago. Before, `check` said OK; now one run names all three.
fn issue_site() -> (tempfile::TempDir, std::path::PathBuf) {
    let (tmp, site) = fixture("shop");
    std::fs::write(site.join("images/cacao.heic"), HEIC).unwrap();
    edit(&site, "products/cuenco.md", "src: bowl.jpg", "src: cacao.heic");
    edit(&site, "company.yaml", "whatsapp: \"+52 (434) 555-0101\"", "whatsapp: \"434 555 0101\"");
    date_rates(&site, &days_ago(90));
    (tmp, site)
}

#[test]
fn check_names_a_heic_photo_a_local_number_and_stale_rates_in_one_run() {
    let (_tmp, site) = issue_site();
    let r = vitrina(&["check", site.to_str().unwrap()]);
    let text = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(1), "errors exit with 1: {text}");
    // The photo, with the product that uses it and the phone setting that fixes it.
    assert!(text.contains("images/cacao.heic is a HEIC photo"), "{text}");
    assert!(text.contains("products/cuenco.md") && text.contains("Most Compatible"), "{text}");
    // The number, shown as it should be written.
    assert!(text.contains("\"434 555 0101\" has no country code") && text.contains("+52 434 555 0101"), "{text}");
    // The rates, with their age.
    assert!(text.contains("rates.yaml: the rates are from") && text.contains("90 days ago"), "{text}");
    assert!(text.contains("2 errors, "), "{text}");

    let (code, json) = check_json(&site, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(json["version"], 1);
    assert_eq!((json["errors"].as_u64(), json["warnings"].as_u64()), (Some(2), Some(4)), "{json:#}");
    let heic = find(&json, "image-heic");
    assert_eq!(heic.len(), 1, "{json:#}");
    assert_eq!(heic[0]["severity"], "error");
    assert_eq!(heic[0]["file"], "products/cuenco.md");
    assert_eq!(heic[0]["field"], "images");
    assert!(heic[0]["hint"].as_str().unwrap().contains("Settings → Camera → Formats → Most Compatible"));
    let phone = find(&json, "contact");
    assert_eq!(phone.len(), 1, "{json:#}");
    assert_eq!(phone[0]["file"], "company.yaml");
    assert!(phone[0]["hint"].as_str().unwrap().contains("+52 434 555 0101"), "{json:#}");
    let stale = find(&json, "rates-stale");
    assert_eq!(stale.len(), 1, "{json:#}");
    assert_eq!((&stale[0]["severity"], &stale[0]["file"]), (&Value::from("warning"), &Value::from("rates.yaml")));
    for d in json["diagnostics"].as_array().unwrap() {
        for key in ["severity", "code", "file", "line", "field", "message", "hint"] {
            assert!(d.get(key).is_some(), "every diagnostic has `{key}`: {d}");
        }
    }
}

#[test]
fn build_names_the_product_of_a_heic_photo_and_the_fix() {
    let (_tmp, site) = fixture("shop");
    std::fs::write(site.join("images/cacao.heic"), HEIC).unwrap();
    edit(&site, "products/cuenco.md", "src: bowl.jpg", "src: cacao.heic");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("images/cacao.heic is a HEIC photo"), "{}", r.stderr);
    assert!(r.stderr.contains("Most Compatible"), "{}", r.stderr);
}

#[test]
fn check_reports_every_broken_product_file_not_only_the_first() {
    let (_tmp, site) = fixture("shop");
    edit(&site, "products/cuenco.md", "price: 300", "price: -3");
    edit(&site, "products/taza.md", "category: ceramica", "category: vidrio");
    let (code, json) = check_json(&site, &[]);
    assert_eq!(code, Some(1));
    let products = find(&json, "product");
    let files: Vec<&str> = products.iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["products/cuenco.md", "products/taza.md"], "{json:#}");
    assert!(products[1]["line"].as_u64().is_some(), "the line of the field is given: {json:#}");
    assert_eq!(products[1]["field"], "category");
    // `build` still stops at the first, as before.
    let b = run(&["build", site.to_str().unwrap()]);
    assert!(!b.ok && b.stderr.contains("cuenco.md") && !b.stderr.contains("taza.md"), "{}", b.stderr);
}

#[test]
fn check_warns_about_alt_text_length_and_broken_links_and_refuses_country_names() {
    let (_tmp, site) = fixture("shop");
    date_rates(&site, &days_ago(1));
    edit(&site, "products/cuenco.md", "{ src: bowl.jpg, alt: Cuenco }", "{ src: bowl.jpg }");
    edit(
        &site,
        "products/lavabo.md",
        "title: Lavabo de cobre a la medida",
        "title: Lavabo de cobre martillado a mano a la medida de su baño, con desagüe incluido",
    );
    edit(
        &site,
        "products/cuenco.md",
        "Cuenco sencillo.",
        "Cuenco sencillo, como la [taza](../taza/) y el [plato](../plato/).",
    );
    edit(&site, "company.yaml", "author: Ana, country: US", "author: Ana, country: Alemania");
    let (code, json) = check_json(&site, &[]);
    assert_eq!(code, Some(1), "{json:#}");
    let country = find(&json, "profile");
    assert_eq!(country.len(), 1, "{json:#}");
    assert_eq!(country[0]["field"], "testimonials[0].country");
    assert!(country[0]["hint"].as_str().unwrap().contains("DE"), "the code is suggested: {json:#}");
    let alt = find(&json, "alt-missing");
    assert_eq!((alt.len(), &alt[0]["file"]), (1, &Value::from("products/cuenco.md")), "{json:#}");
    let title = find(&json, "title-too-long");
    assert_eq!((title.len(), &title[0]["file"]), (1, &Value::from("products/lavabo.md")), "{json:#}");
    let links = find(&json, "link-broken");
    assert_eq!(links.len(), 1, "only the missing page: {json:#}");
    assert!(links[0]["message"].as_str().unwrap().contains("../plato/"), "{json:#}");
    assert_eq!(links[0]["file"], "products/cuenco.md");
}

#[test]
fn exit_codes_0_when_clean_2_for_warnings_with_strict() {
    let (_tmp, site) = fixture("shop");
    date_rates(&site, &days_ago(1));
    // The fixture's one warning: an untranslated product.
    let (code, json) = check_json(&site, &[]);
    assert_eq!((code, json["errors"].as_u64()), (Some(0), Some(0)), "{json:#}");
    assert!(json["warnings"].as_u64().unwrap() > 0);
    let (strict, _) = check_json(&site, &["--strict"]);
    assert_eq!(strict, Some(2));
    let r = run(&["check", site.to_str().unwrap()]);
    assert!(r.ok && r.stdout.contains("OK: 3 products"), "{}{}", r.stdout, r.stderr);
}

#[test]
fn build_warns_about_stale_rates_and_strict_fails() {
    let (_tmp, site) = fixture("shop");
    date_rates(&site, &days_ago(45));
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok && r.stderr.contains("45 days ago (more than 30)"), "{}", r.stderr);
    assert!(!run(&["build", "--strict", site.to_str().unwrap()]).ok);
    // The limit is the owner's to set.
    edit(&site, "rates.yaml", "rates:", "max_age_days: 60\nrates:");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok && !r.stderr.contains("days ago"), "{}", r.stderr);
}

fn fixture_rates(name: &str) -> String {
    common::root().join("tests/fixtures/rates").join(name).display().to_string()
}

#[test]
fn rates_imports_the_ecb_files_rebased_to_the_site_currency() {
    for file in ["eurofxref-daily.xml", "eurofxref.csv", "eurofxref-hist.csv"] {
        let (_tmp, site) = fixture("shop");
        std::fs::remove_file(site.join("rates.yaml")).unwrap();
        let r = run(&["rates", &fixture_rates(file), site.to_str().unwrap()]);
        assert!(r.ok, "{file}: {}{}", r.stdout, r.stderr);
        // 1 EUR = 21.2280 MXN and 1 EUR = 1.16 USD: 1 MXN = 1.16 / 21.228 USD, 1 USD = 18.3 MXN.
        assert!(r.stdout.contains("1 USD = 18.3 MXN") && r.stdout.contains("1 EUR = 21.228 MXN"), "{}", r.stdout);
        let yaml = read(site.join("rates.yaml"));
        assert!(yaml.contains("base: MXN\ndate: 2026-11-27\n"), "{yaml}");
        assert!(yaml.contains("  USD: 0.054644809") && yaml.contains("  EUR: 0.047107594"), "{yaml}");
        assert!(yaml.contains("Banco Central Europeo (BCE)"), "source in the site's language: {yaml}");
        assert!(!yaml.contains("JPY"), "only the display currencies: {yaml}");
        let b = run(&["build", site.to_str().unwrap()]);
        assert!(b.ok, "{}", b.stderr);
        let page = read(site.join("public/en/products/big-mug/index.html"));
        assert!(page.contains(">≈</abbr> <data value=\"67.46\">"), "1234.50 MXN × 0.054644809 USD: {page}");
    }
}

#[test]
fn rates_imports_the_banxico_fix_and_never_overwrites_without_replace() {
    let (_tmp, site) = fixture("shop");
    let before = read(site.join("rates.yaml"));
    let file = fixture_rates("banxico-fix.csv");
    let r = run(&["rates", &file, site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("already exists") && r.stderr.contains("--replace"), "{}", r.stderr);
    assert!(r.stdout.contains("date: 2026-11-27"), "what would be written is shown: {}", r.stdout);
    assert_eq!(read(site.join("rates.yaml")), before, "the owner's file is untouched");
    let r = run(&["rates", &file, site.to_str().unwrap(), "--replace"]);
    assert!(r.ok, "{}", r.stderr);
    // The newest day with every series (27/11; the 28th has N/E).
    assert!(r.stdout.contains("1 USD = 18.3002 MXN") && r.stdout.contains("1 EUR = 21.228 MXN"), "{}", r.stdout);
    let yaml = read(site.join("rates.yaml"));
    assert!(yaml.contains("date: 2026-11-27") && yaml.contains("Banco de México (FIX)"), "{yaml}");
    assert!(yaml.contains("# 1 USD = 18.3002 MXN"), "the bank's form is kept as a comment: {yaml}");
    assert!(run(&["build", site.to_str().unwrap()]).ok);
}

#[test]
fn rates_refuses_a_file_it_does_not_know_and_a_missing_display_currency() {
    let (tmp, site) = fixture("shop");
    let junk = tmp.path().join("rates.txt");
    std::fs::write(&junk, "hello\n").unwrap();
    let r = run(&["rates", junk.to_str().unwrap(), site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("not a rate file vitrina knows"), "{}", r.stderr);
    edit(&site, "company.yaml", "display_currencies: [USD, EUR]", "display_currencies: [USD, EUR, JPY]");
    std::fs::remove_file(site.join("rates.yaml")).unwrap();
    let r = run(&["rates", &fixture_rates("banxico-fix.csv"), site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("no rate for JPY"), "{}", r.stderr);
    assert!(!site.join("rates.yaml").exists());
}

#[test]
fn a_refused_file_name_does_not_hide_the_other_problems() {
    let (_tmp, site) = fixture("shop");
    std::fs::write(site.join("products/taza.fr.md"), "---\ntitle: Tasse\n---\n").unwrap();
    edit(&site, "company.yaml", "whatsapp: \"+52 (434) 555-0101\"", "whatsapp: \"434 555 0101\"");
    date_rates(&site, &days_ago(90));
    let (code, json) = check_json(&site, &[]);
    assert_eq!(code, Some(1));
    let product = find(&json, "product");
    assert!(product.len() == 1 && product[0]["message"].as_str().unwrap().contains("taza.fr.md"), "{json:#}");
    assert_eq!(find(&json, "contact").len(), 1, "{json:#}");
    assert_eq!(find(&json, "rates-stale").len(), 1, "{json:#}");
}
