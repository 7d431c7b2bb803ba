//! Every kind of bad input stops the build with a message that names the file (and line where there is
//! one) and says how to fix it, exits non-zero, and leaves the previous output exactly as it was.

use crate::common;
use common::*;
use std::path::Path;

/// Builds the shop fixture, applies `breakage`, rebuilds, and checks the failure.
fn fails_with(breakage: impl FnOnce(&Path), expected: &[&str]) {
    let (_tmp, site) = fixture("shop");
    let out = build(&site);
    let before = read(out.join("productos/taza/index.html"));
    breakage(&site);
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok, "the build should fail; stdout: {}", r.stdout);
    for e in expected {
        assert!(r.stderr.contains(e), "message lacks {e:?}:\n{}", r.stderr);
    }
    assert_eq!(read(out.join("productos/taza/index.html")), before, "previous output changed");
    assert!(out.join("index.html").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(&site)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .filter(|n| n.to_string_lossy().contains(".vitrina-tmp") || n.to_string_lossy().contains(".vitrina-old"))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left behind: {leftovers:?}");
}

#[test]
fn invalid_yaml_names_file_and_line() {
    fails_with(|s| edit(s, "company.yaml", "currency: MXN", "currency: [MXN"), &["company.yaml:", "hint:"]);
    fails_with(
        |s| edit(s, "products/cuenco.md", "sku: CUE-01", "sku: CUE-01\n  bad: indent: here"),
        &["products/cuenco.md:4:", "hint:"],
    );
}

#[test]
fn missing_required_field() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "sku: CUE-01\n", ""),
        &["products/cuenco.md", "missing field `sku`", "hint: add a line like `sku:"],
    );
    fails_with(|s| edit(s, "company.yaml", "currency: MXN\n", ""), &["company.yaml", "missing field `currency`"]);
}

#[test]
fn unknown_field_is_a_typo_hint() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "price: 300", "prise: 300"),
        &["products/cuenco.md:4:", "unknown field `prise`", "spelling"],
    );
}

#[test]
fn unknown_language_code() {
    fails_with(
        |s| edit(s, "company.yaml", "languages: [es, en]", "languages: [es, english]"),
        &["company.yaml", "languages[1]", "\"english\"", "ISO 639-1"],
    );
    fails_with(
        |s| std::fs::write(s.join("products/cuenco.de.md"), "---\ntitle: Schale\n---\n").unwrap(),
        &["products/cuenco.de.md", "\"de\" is not one of the site's languages"],
    );
}

#[test]
fn unknown_currency_code() {
    fails_with(
        |s| edit(s, "company.yaml", "currency: MXN", "currency: PESOS"),
        &["company.yaml", "`currency`", "ISO 4217"],
    );
    fails_with(
        |s| edit(s, "company.yaml", "display_currencies: [USD, EUR]", "display_currencies: [USD, EURO]"),
        &["display_currencies", "\"EURO\""],
    );
    fails_with(
        |s| edit(s, "products/cuenco.md", "prices: { USD: 19.99 }", "prices: { DOLLARS: 19.99 }"),
        &["products/cuenco.md:5", "`prices`", "ISO 4217"],
    );
}

#[test]
fn translation_without_default_file() {
    fails_with(
        |s| std::fs::write(s.join("products/plato.en.md"), "---\ntitle: Plate\n---\n").unwrap(),
        &["products/plato.en.md", "without its default-language file products/plato.md"],
    );
}

#[test]
fn duplicate_slug_or_sku() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "sku: CUE-01", "sku: TAZ-01"),
        &["SKU \"TAZ-01\" is already used by products/"],
    );
    fails_with(
        |s| std::fs::write(s.join("products/cuenco.en.md"), "---\nslug: big-mug\n---\n").unwrap(),
        &["products/cuenco.en.md", "products/taza.en.md", "slug \"big-mug\" is also used by"],
    );
}

#[test]
fn image_that_does_not_exist() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "src: bowl.jpg", "src: Bowl.JPG"),
        &["products/cuenco.md:8", "image \"Bowl.JPG\" does not exist", "images/Bowl.JPG"],
    );
    fails_with(
        |s| edit(s, "products/cuenco.md", "src: bowl.jpg", "src: ../company.yaml"),
        &["products/cuenco.md", "inside the images/ folder"],
    );
}

#[test]
fn corrupt_image() {
    fails_with(
        |s| std::fs::write(s.join("images/bowl.jpg"), b"not a jpeg").unwrap(),
        &["images/bowl.jpg", "JPEG, PNG or WebP"],
    );
}

#[test]
fn missing_rate_for_a_display_currency() {
    fails_with(|s| edit(s, "rates.yaml", "  EUR: 0.045\n", ""), &["rates.yaml", "no rate for EUR", "hint:"]);
    fails_with(
        |s| std::fs::remove_file(s.join("rates.yaml")).unwrap(),
        &["rates.yaml is missing", "display_currencies"],
    );
}

#[test]
fn unknown_category_lists_the_known_ones() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "category: ceramica", "category: vidrio"),
        &["products/cuenco.md:7", "\"vidrio\"", "ceramica, cobre"],
    );
}

#[test]
fn bad_price_and_bad_base_url() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "price: 300", "price: $300"),
        &["products/cuenco.md:4", "plain number"],
    );
    fails_with(
        |s| edit(s, "company.yaml", "base_url: https://shop.example/", "base_url: shop.example"),
        &["base_url", "https://"],
    );
}

#[test]
fn template_error_names_the_template() {
    fails_with(
        |s| {
            std::fs::create_dir_all(s.join("templates")).unwrap();
            std::fs::write(
                s.join("templates/page.html"),
                "{% extends \"base.html\" %}{% block main %}{{ content.nope.deeper }}{% endblock main %}",
            )
            .unwrap();
        },
        &["page.html"],
    );
}

#[test]
fn refuses_an_output_folder_with_foreign_files() {
    let (tmp, site) = fixture("shop");
    let out = tmp.path().join("mine");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "my notes").unwrap();
    let r = run(&["build", site.to_str().unwrap(), "--output", out.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("notes.txt") && r.stderr.contains("did not make"), "{}", r.stderr);
    assert_eq!(read(out.join("notes.txt")), "my notes");
    // A file added to vitrina's own output later is protected too.
    let out = build(&site);
    std::fs::write(out.join("google1234.html"), "verification").unwrap();
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("google1234.html") && r.stderr.contains("static/"), "{}", r.stderr);
    assert_eq!(read(out.join("google1234.html")), "verification");
}

#[test]
fn refuses_to_write_over_the_sources() {
    let (_tmp, site) = fixture("shop");
    for target in [site.clone(), site.join("products")] {
        let r = run(&["build", site.to_str().unwrap(), "--output", target.to_str().unwrap()]);
        assert!(!r.ok && r.stderr.contains("overwrite the site's own files"), "{}", r.stderr);
    }
    assert!(site.join("products/taza.md").is_file());
}

#[test]
fn not_a_site_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(&["build", tmp.path().to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("company.yaml") && r.stderr.contains("hint:"), "{}", r.stderr);
}

/// Nothing a user can write reaches them as a Rust or serde type name.
fn no_jargon(stderr: &str) {
    for jargon in ["untagged enum", "struct Raw", "variant of", "Decimal type", "Multiplication", "panicked"] {
        assert!(!stderr.contains(jargon), "jargon {jargon:?} in:\n{stderr}");
    }
}

/// `vitrina check` must refuse what `build` refuses, with the same message.
fn check_fails_with(site: &Path, expected: &[&str]) {
    let r = run(&["check", site.to_str().unwrap()]);
    assert!(!r.ok, "check should fail; stdout: {}", r.stdout);
    for e in expected {
        assert!(r.stderr.contains(e), "check's message lacks {e:?}:\n{}", r.stderr);
    }
    no_jargon(&r.stderr);
}

#[test]
fn absurd_rates_are_an_error_naming_the_rate() {
    for (from, to) in [
        ("  USD: 0.05", "  USD: 1.0e27"),
        ("  EUR: 0.045", "  EUR: 5e26"),
        ("  USD: 0.05", "  USD: 0.0000000000000000000000001"),
    ] {
        let field = if to.contains("EUR") { "`rates.EUR`" } else { "`rates.USD`" };
        let line = if to.contains("EUR") { "rates.yaml:6:" } else { "rates.yaml:5:" };
        fails_with(|s| edit(s, "rates.yaml", from, to), &[line, field, "no real exchange rate", "hint:"]);
        let (_tmp, site) = fixture("shop");
        edit(&site, "rates.yaml", from, to);
        check_fails_with(&site, &[line, field]);
    }
    // A tiny rate for the site's own currency makes every cross rate absurd: the message points at it.
    fails_with(
        |s| {
            let rates = "base: EUR\ndate: 2026-11-20\nsource: ECB\nrates:\n  MXN: 0.0000000000000000001\n  USD: 1.1\n";
            std::fs::write(s.join("rates.yaml"), rates).unwrap()
        },
        &["rates.yaml:5:", "`rates.MXN`", "hint:"],
    );
}

#[test]
fn nan_infinite_and_huge_prices_are_words_at_the_right_line() {
    for (bad, words) in [(".nan", "not a number"), (".inf", "not a number"), ("1e30", "too large")] {
        fails_with(
            |s| edit(s, "products/cuenco.md", "price: 300", &format!("price: {bad}")),
            &["products/cuenco.md:4:", "field `price`", words, "hint:"],
        );
    }
    let (_tmp, site) = fixture("shop");
    edit(&site, "products/cuenco.md", "price: 300", "price: .nan");
    check_fails_with(&site, &["products/cuenco.md:4:"]);
}

#[test]
fn front_matter_that_is_a_list() {
    fails_with(
        |s| std::fs::write(s.join("products/cuenco.md"), "---\n- title: Cuenco\n- sku: CUE-01\n---\nx\n").unwrap(),
        &["products/cuenco.md:2:", "front matter must be a set of `field: value` lines", "hint:"],
    );
    let (_tmp, site) = fixture("shop");
    std::fs::write(site.join("products/cuenco.md"), "---\n- title: Cuenco\n---\nx\n").unwrap();
    check_fails_with(&site, &["front matter must be"]);
}

#[test]
fn tab_indentation_gets_a_hint_about_tabs() {
    fails_with(
        |s| edit(s, "company.yaml", "  whatsapp:", "\twhatsapp:"),
        &["company.yaml:", "line 12 is indented with a tab", "spaces"],
    );
    // In a product file the line counts from the top of the file, not of the front matter.
    fails_with(
        |s| edit(s, "products/cuenco.md", "category: ceramica", "category:\n\tceramica"),
        &["products/cuenco.md:", "line 8 is indented with a tab"],
    );
}

#[test]
fn unquoted_comma_in_a_language_map_shows_the_fixed_line() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "title: Cuenco", "title: {es: Café, en: Coffee, beans}"),
        &[
            "products/cuenco.md:2:",
            "field `title`",
            "`beans` has no text after it",
            "title: {es: Café, en: \"Coffee, beans\"}",
        ],
    );
    // The same in company.yaml: no type name, the right line.
    fails_with(
        |s| {
            edit(
                s,
                "company.yaml",
                "tagline: { es: Cerámica y cobre, en: Ceramics and copper }",
                "tagline: { es: Cerámica, cobre, en: Ceramics }",
            )
        },
        &["company.yaml:6:", "field `tagline`", "es: \"Cerámica, cobre\""],
    );
}

#[test]
fn wrong_types_are_described_in_words() {
    fails_with(
        |s| edit(s, "products/cuenco.md", "price: 300", "price: 300\nmin_order: [1, 2]"),
        &["products/cuenco.md:5:", "field `min_order`", "a list", "whole number"],
    );
    fails_with(
        |s| edit(s, "products/cuenco.md", "title: Cuenco", "title: [Cuenco]"),
        &["products/cuenco.md:2:", "field `title`", "a text"],
    );
}

#[test]
fn a_byte_order_mark_before_the_first_field_is_ignored() {
    let (_tmp, site) = fixture("shop");
    let rates = read(site.join("rates.yaml"));
    std::fs::write(site.join("rates.yaml"), format!("\u{feff}{rates}")).unwrap();
    let company = read(site.join("company.yaml"));
    std::fs::write(site.join("company.yaml"), format!("\u{feff}{company}")).unwrap();
    let out = build(&site);
    assert!(read(out.join("productos/taza/index.html")).contains("US$"), "rates still used");
}

#[test]
fn unknown_ui_string_key_is_reported_with_the_nearest_key() {
    let (_tmp, site) = fixture("shop");
    std::fs::create_dir_all(site.join("i18n")).unwrap();
    std::fs::write(site.join("i18n/es.yaml"), "nav:\n  hom: Portada\n").unwrap();
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("i18n/es.yaml: unknown key `nav.hom`"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `nav.home`"), "{}", r.stderr);
}

/// A counting string with plural forms must have `other`, the form every language falls back to (one the theme
/// has keeps the theme's `other` when a site changes only `one`, so the test uses the site's own string).
#[test]
fn plural_forms_without_other_name_the_file_and_the_key() {
    fails_with(
        |s| {
            std::fs::create_dir_all(s.join("i18n")).unwrap();
            std::fs::write(s.join("i18n/es.yaml"), "mine:\n  pieces: {one: \"{n} pieza\"}\n").unwrap();
        },
        &["i18n/es.yaml", "`mine.pieces`", "`other`", "hint:"],
    );
}

#[cfg(unix)]
#[test]
fn a_product_file_that_is_a_symlink_is_reported() {
    fails_with(
        |s| {
            std::fs::rename(s.join("products/cuenco.md"), s.join("cuenco-real.md")).unwrap();
            std::os::unix::fs::symlink(s.join("cuenco-real.md"), s.join("products/cuenco.md")).unwrap();
        },
        &["products/cuenco.md", "symbolic link", "hint: replace the link with a copy"],
    );
}

fn template(site: &Path, name: &str, body: &str) {
    std::fs::create_dir_all(site.join("templates")).unwrap();
    std::fs::write(site.join("templates").join(name), body).unwrap();
}

#[test]
fn template_recursion_is_an_error_before_rendering() {
    let card = "{# my card #}\n<div>{% include \"card.html\" %}</div>\n";
    fails_with(|s| template(s, "card.html", card), &["templates/card.html:2:", "card.html → card.html", "hint:"]);
    // A longer cycle: card → a → b → card.
    fails_with(
        |s| {
            template(s, "card.html", "{% include \"a.html\" %}");
            template(s, "a.html", "x\n{% include \"b.html\" %}");
            template(s, "b.html", "{% if true %}{% include \"card.html\" %}{% endif %}");
        },
        &["templates/a.html:2:", "a.html → b.html → card.html → a.html", "calls itself through others"],
    );
    // A macro that calls itself.
    fails_with(
        |s| {
            template(
                s,
                "macros.html",
                &format!(
                    "{}\n{{% macro loop(n) %}}{{{{ self::loop(n=n) }}}}{{% endmacro loop %}}\n",
                    include_str!("../../themes/default/templates/macros.html")
                ),
            )
        },
        &["templates/macros.html:", "macro loop in macros.html → macro loop in macros.html"],
    );
    // Extends cycles were already refused by Tera; they still are, naming the template.
    fails_with(
        |s| {
            template(s, "a.html", "{% extends \"b.html\" %}");
            template(s, "b.html", "{% extends \"a.html\" %}");
        },
        &["a.html"],
    );
    let (_tmp, site) = fixture("shop");
    template(&site, "card.html", card);
    check_fails_with(&site, &["templates/card.html:2:"]);
}

#[test]
fn check_renders_the_templates() {
    let (_tmp, site) = fixture("shop");
    template(
        &site,
        "page.html",
        "{% extends \"base.html\" %}{% block main %}{{ content.nope.deeper }}{% endblock main %}",
    );
    check_fails_with(&site, &["page.html"]);
    let (_tmp, site) = fixture("shop");
    let r = run(&["check", site.to_str().unwrap()]);
    assert!(r.ok && r.stdout.starts_with("OK:"), "{}\n{}", r.stdout, r.stderr);
    assert!(!site.join("public").exists() && !site.join(".vitrina-cache").exists(), "check wrote nothing");
}
