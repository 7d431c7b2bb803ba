//! Links, contact channels and published values (issue 15, items 6–8): no field or Markdown body can publish a
//! script link, order links carry only the owner's address and number in standard form, values that would be
//! published wrong stop the build with a fix, and the Meta CSV never starts a cell like a formula.

use crate::common;
use common::*;
use std::path::Path;

/// The shop fixture with `change` applied must fail `check` and `build` with every `expected` piece in the
/// message (file, field, what is wrong, hint).
fn refused(change: impl FnOnce(&Path), expected: &[&str]) {
    let (_tmp, site) = fixture("shop");
    change(&site);
    for cmd in ["check", "build"] {
        let r = run(&[cmd, site.to_str().unwrap()]);
        assert!(!r.ok, "`{cmd}` should fail; stdout: {}", r.stdout);
        for e in expected {
            assert!(r.stderr.contains(e), "`{cmd}` message lacks {e:?}:\n{}", r.stderr);
        }
    }
    assert!(!site.join("public").exists(), "nothing may be published");
}

/// Every `href`/`src` value of a real tag in every page of `out` (escaped text such as `&lt;a href="…"` is
/// not a tag, so it is split off with the text before it).
fn all_links(out: &Path) -> Vec<String> {
    let mut v = Vec::new();
    for f in html_files(out) {
        for tag in read(&f).split('<').filter_map(|t| t.split_once('>').map(|(tag, _)| format!(" {tag}"))) {
            v.extend(attr_values(&tag, "href"));
            v.extend(attr_values(&tag, "src"));
        }
    }
    v
}

#[test]
fn profile_links_with_other_schemes_are_refused() {
    refused(
        |s| {
            let p = s.join("company.yaml");
            let text =
                read(&p) + "certifications:\n  - { name: Orgánico, url: \"javascript:alert(document.domain)\" }\n";
            std::fs::write(p, text).unwrap();
        },
        &["company.yaml", "`certifications[0].url`", "`javascript:`", "hint: write the full web address"],
    );
    refused(
        |s| {
            let p = s.join("company.yaml");
            let text =
                read(&p) + "memberships:\n  - { name: Cámara, url: \"data:text/html,<script>alert(1)</script>\" }\n";
            std::fs::write(p, text).unwrap();
        },
        &["company.yaml", "`memberships[0].url`", "`data:`"],
    );
    refused(
        |s| edit(s, "company.yaml", "https://www.dhl.com/track?id={tracking}", " JavaScript:alert(1)//{tracking}"),
        &["company.yaml", "`shipping.carriers[0].tracking_url`", "`javascript:`"],
    );
}

#[test]
fn markdown_links_to_scripts_are_published_as_text() {
    let (_tmp, site) = fixture("shop");
    edit(
        &site,
        "products/taza.md",
        "Segundo párrafo.",
        "Segundo [párrafo](javascript:alert(1)) <javascript:alert(2)> [datos](data:text/html,x) \
         ![foto](vbscript:msgbox) <a href=\"javascript:alert(3)\">raw</a> [bien](https://a.example/bien)",
    );
    let out = build(&site);
    let page = read(out.join("productos/taza/index.html"));
    assert!(page.contains("Segundo párrafo javascript:alert(2) datos foto"), "the text stays");
    assert!(
        page.contains("&lt;a href=\"javascript:alert(3)\"&gt;raw&lt;/a&gt;") || page.contains("&lt;a href=&quot;"),
        "raw HTML is shown as text"
    );
    assert!(page.contains("<a href=\"https://a.example/bien\">bien</a>"));
    let links = all_links(&out);
    assert!(links.iter().any(|l| l == "https://a.example/bien"));
    for l in &links {
        let l = l.to_ascii_lowercase();
        assert!(!l.contains("javascript:") && !l.starts_with("data:") && !l.starts_with("vbscript:"), "live link {l}");
    }
}

#[test]
fn e_mail_with_added_recipients_is_refused() {
    refused(
        |s| {
            edit(
                s,
                "company.yaml",
                "email: ventas@shop.example",
                "email: \"ventas@a.example?cc=spy@evil.example&bcc=x@evil.example\"",
            )
        },
        &["company.yaml", "`contact.email`", "not an e-mail address", "hint:"],
    );
    refused(
        |s| edit(s, "company.yaml", "email: ventas@shop.example", "email: \"ventas?cc=spy%40evil.example@a.example\""),
        &["`contact.email`", "'?'", "hidden recipients"],
    );
}

#[test]
fn order_links_use_the_checked_address_and_e164_numbers() {
    let (_tmp, site) = fixture("shop");
    edit(
        &site,
        "company.yaml",
        "whatsapp: \"+52 (434) 555-0101\"",
        "whatsapp: \"00 52 434 555 0101\"\n  phone: \"+52 434 555 0102\"",
    );
    edit(&site, "company.yaml", "email: ventas@shop.example", "email: \" josé@shop.example\"");
    let out = build(&site);
    let links = all_links(&out);
    let product = read(out.join("productos/taza/index.html"));
    let hrefs = attr_values(&product, "href");
    // Order links (the share link to WhatsApp has no number).
    let wa: Vec<_> =
        hrefs.iter().filter(|h| h.starts_with("https://wa.me/") && !h.starts_with("https://wa.me/?")).collect();
    assert!(!wa.is_empty() && wa.iter().all(|h| h.starts_with("https://wa.me/524345550101?text=")), "{wa:?}");
    // Order and contact links (the "share by e-mail" link has no address).
    let mail: Vec<_> = links.iter().filter(|h| h.starts_with("mailto:") && !h.starts_with("mailto:?")).collect();
    assert!(!mail.is_empty());
    for m in &mail {
        assert!(m.starts_with("mailto:jos%C3%A9@shop.example"), "{m}");
        assert_eq!(m.matches('?').count(), m.contains('?') as usize, "{m}");
        assert!(!m.contains("cc="), "{m}");
    }
    assert!(links.iter().any(|l| l == "tel:+524345550102"), "tel link in E.164");
    let about = read(out.join("nosotros/index.html"));
    assert!(about.contains("+52 434 555 0101") && about.contains("+52 434 555 0102"), "numbers shown internationally");
}

#[test]
fn phone_numbers_are_checked() {
    refused(
        |s| edit(s, "company.yaml", "\"+52 (434) 555-0101\"", "\"434 555 0101\""),
        &["company.yaml", "`contact.whatsapp`", "no country code", "hint: write it as \"+52 434 555 0101\""],
    );
    refused(
        |s| {
            edit(
                s,
                "company.yaml",
                "email: ventas@shop.example",
                "email: ventas@shop.example\n  phone: \"javascript:alert(1)\"",
            )
        },
        &["company.yaml", "`contact.phone`", "not a phone number", "hint:"],
    );
}

#[test]
fn values_that_would_publish_wrong_are_refused() {
    refused(
        |s| edit(s, "products/taza.md", "price: 1234.5", "price: 0.0001"),
        &["products/taza.md:4:", "`price`", "published as 0.00", "hint:"],
    );
    refused(
        |s| edit(s, "products/taza.md", "price: 1234.5", "price: 1234.5\nprices: { JPY: 850.5 }"),
        &["products/taza.md:5:", "JPY", "published as 851", "whole number"],
    );
    refused(|s| edit(s, "company.yaml", "founded: 2001", "founded: -5"), &["company.yaml", "`founded`", "-5", "hint:"]);
    refused(|s| edit(s, "company.yaml", "founded: 2001", "founded: 2999"), &["`founded`", "2999"]);
    refused(
        |s| edit(s, "products/taza.md", "min_order: 2", "min_order: 2\nweight_kg: -1.5"),
        &["products/taza.md:7:", "`weight_kg`", "greater than zero", "hint:"],
    );
    refused(
        |s| edit(s, "products/taza.md", "min_order: 2", "min_order: 2\nupdated: 2999-01-01"),
        &["products/taza.md:7:", "`updated`", "2999-01-01 is in the future", "hint:"],
    );
    refused(
        |s| edit(s, "rates.yaml", "date: 2026-11-20", "date: 2099-01-01"),
        &["rates.yaml", "`date`", "in the future"],
    );
}

#[test]
fn meta_csv_cells_never_start_a_formula() {
    let (_tmp, site) = fixture("shop");
    edit(
        &site,
        "products/taza.md",
        "title: Taza </script>",
        "title: =HYPERLINK(\"https://evil.example\";\"x\") Taza </script>",
    );
    let out = build(&site);
    let csv_path = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .find(|e| e.file_name().to_string_lossy().ends_with(".csv"))
        .expect("a Meta feed")
        .into_path();
    let mut reader = csv::Reader::from_path(&csv_path).unwrap();
    let titles: Vec<String> = reader.records().map(|r| r.unwrap()[1].to_string()).collect();
    assert!(titles.iter().any(|t| t.starts_with("'=HYPERLINK(")), "{titles:?}");
    for t in &titles {
        assert!(!t.starts_with(['=', '+', '-', '@']), "{t}");
    }
}
