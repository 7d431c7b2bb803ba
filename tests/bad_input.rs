//! Every kind of bad input stops the build with a message that names the file (and line where there is
//! one) and says how to fix it, exits non-zero, and leaves the previous output exactly as it was.

mod common;
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
