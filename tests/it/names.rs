//! Names as owners write them (issue 11): product, page and photo file names with spaces, capitals, accents and
//! ñ (`jarrón-de-barro-ñu.md`, `WhatsApp Image 2026-11-03 at 10.15.22.jpeg`) come out as ASCII addresses in
//! every output; names that transliterate alike are refused naming both files; translation files may hold only
//! what can be translated; certification names can be translated. Fixture: tests/fixtures/names.

use crate::common;

use common::*;
use std::path::Path;

/// A URL as it appears in an output: ASCII and without spaces; its path needs no percent-encoding (a query,
/// such as a WhatsApp message, may carry encoded text).
fn assert_plain_url(url: &str, place: &str) {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    assert!(url.is_ascii() && !url.contains(' ') && !path.contains('%'), "{place}: {url:?} is not a plain ASCII URL");
}

fn srcset_urls(html: &str) -> Vec<String> {
    attr_values(html, "srcset")
        .iter()
        .flat_map(|s| s.split(", ").map(|c| c.rsplit_once(' ').map_or(c, |(url, _)| url).to_string()))
        .collect()
}

#[test]
fn owner_file_names_become_ascii_addresses_in_every_output() {
    let (_tmp, site) = fixture("names");
    let out = build(&site);
    for page in [
        "productos/jarron-de-barro-nu/index.html",
        "en/products/jarron-de-barro-nu/index.html",
        // An explicit `slug:` in the default file wins over the file name `Taza Grande.md`.
        "productos/taza-de-cafe/index.html",
        "en/products/taza-de-cafe/index.html",
        "envios-y-pagos/index.html",
        "en/envios-y-pagos/index.html",
    ] {
        assert!(out.join(page).is_file(), "{page} missing");
    }

    // href, src, srcset and og:image on every page: plain URLs, and every relative one resolves.
    for f in html_files(&out) {
        let html = read(&f);
        let place = f.strip_prefix(&out).unwrap().display().to_string();
        for url in attr_values(&html, "href").iter().chain(&attr_values(&html, "src")).chain(&srcset_urls(&html)) {
            assert_plain_url(url, &place);
        }
        for url in meta_values(&html, "og:image").iter().chain(&meta_values(&html, "og:url")) {
            assert_plain_url(url, &place);
        }
        for ld in jsonld(&html) {
            let text = ld.to_string();
            for url in text.split('"').filter(|s| s.starts_with("https://") || s.starts_with("../")) {
                assert_plain_url(url, &format!("{place} JSON-LD"));
            }
        }
    }
    assert_eq!(broken_links(&out), Vec::<String>::new());

    let product = read(out.join("productos/jarron-de-barro-nu/index.html"));
    let srcset = srcset_urls(&product);
    assert!(srcset.iter().any(|u| u.contains("images/foto-1-") && u.ends_with(".webp")), "{srcset:?}");
    assert!(
        srcset.iter().any(|u| u.contains("images/whatsapp-image-2026-11-03-at-10-15-22-") && u.ends_with(".webp")),
        "{srcset:?}"
    );
    let og = meta_values(&product, "og:image");
    assert!(og.iter().any(|u| u.starts_with("https://names.example/images/foto-1-share.")), "{og:?}");
    let ld = jsonld(&product).into_iter().find(|v| v["@type"] == "Product").expect("Product JSON-LD");
    assert_eq!(ld["offers"]["url"], "https://names.example/productos/jarron-de-barro-nu/", "{ld}");
    assert!(ld["image"].to_string().contains("https://names.example/images/foto-1-"), "{ld}");
    // A photo in a folder with a space and an ñ, listed by its file name alone.
    let taza = read(out.join("productos/taza-de-cafe/index.html"));
    assert!(srcset_urls(&taza).iter().any(|u| u.contains("images/fotos-nuevas/taza-anil-")), "{taza}");
    assert!(!read(out.join("index.html")).contains("Logo Taller"), "the logo keeps its original name");

    let sitemap = read(out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://names.example/productos/jarron-de-barro-nu/</loc>"), "{sitemap}");
    assert!(sitemap.contains("https://names.example/en/products/jarron-de-barro-nu/"), "{sitemap}");
    assert!(sitemap.contains("https://names.example/envios-y-pagos/"), "{sitemap}");
    assert!(sitemap.is_ascii(), "{sitemap}");

    for feed in ["feeds/google-es.xml", "feeds/google-en.xml", "feeds/meta-es.csv", "feeds/meta-en.csv"] {
        let text = read(out.join(feed));
        assert!(text.contains("/products/jarron-de-barro-nu/") || text.contains("/productos/jarron-de-barro-nu/"));
        assert!(text.contains("https://names.example/images/foto-1-"), "{feed}: {text}");
        assert!(text.contains("https://names.example/images/whatsapp-image-2026-11-03-at-10-15-22-"), "{feed}");
        for url in text.split(['"', '<', '>', ',', '\n']).filter(|s| s.starts_with("https://")) {
            assert_plain_url(url, feed);
        }
    }
}

#[test]
fn certification_and_membership_names_are_translated() {
    let (_tmp, site) = fixture("names");
    let out = build(&site);
    let es = read(out.join("productos/jarron-de-barro-nu/index.html"));
    let en = read(out.join("en/products/jarron-de-barro-nu/index.html"));
    assert!(es.contains("Comercio Justo, Hecho a mano"), "{es}");
    assert!(en.contains("Fair Trade, Hecho a mano"), "{en}");
    assert!(!en.contains("Comercio Justo"), "{en}");
    let about_es = read(out.join("nosotros/index.html"));
    let about_en = read(out.join("en/about/index.html"));
    assert!(about_es.contains("Comercio Justo México") && about_es.contains("Cámara de Artesanos"), "{about_es}");
    assert!(about_en.contains("Fair Trade Mexico") && about_en.contains("Chamber of Artisans"), "{about_en}");
    // A plain string keeps working, the same in both languages.
    assert!(about_es.contains("Registro de Artesanos") && about_en.contains("Registro de Artesanos"));
}

fn build_fails(site: &Path) -> String {
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok, "build should fail:\n{}", r.stdout);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r.stderr
}

#[test]
fn product_files_that_give_the_same_address_are_refused_naming_both() {
    let (_tmp, site) = fixture("names");
    let text = read(site.join("products/jarrón-de-barro-ñu.md")).replace("JAR-NU", "JAR-NU-2");
    std::fs::write(site.join("products/Jarron de Barro Nu.md"), text).unwrap();
    let err = build_fails(&site);
    assert!(err.contains("products/Jarron de Barro Nu.md") && err.contains("products/jarrón-de-barro-ñu.md"), "{err}");
    assert!(err.contains("\"jarron-de-barro-nu\"") && err.contains("hint:"), "{err}");
    // An explicit slug settles it.
    edit(&site, "products/Jarron de Barro Nu.md", "sku:", "slug: jarron-grande\nsku:");
    build(&site);
}

#[test]
fn photos_whose_names_give_the_same_output_name_are_refused_naming_both() {
    let (_tmp, site) = fixture("names");
    std::fs::copy(site.join("images/WhatsApp Image 2026-11-03 at 10.15.22.jpeg"), site.join("images/foto-1.jpg"))
        .unwrap();
    edit(&site, "products/Taza Grande.md", "images: [", "images: [\"foto-1.jpg\", ");
    let err = build_fails(&site);
    assert!(err.contains("images/Foto 1.jpeg") && err.contains("images/foto-1.jpg"), "{err}");
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn a_file_name_with_nothing_readable_is_refused() {
    let (_tmp, site) = fixture("names");
    std::fs::copy(site.join("products/Taza Grande.md"), site.join("products/★.md")).unwrap();
    let err = build_fails(&site);
    assert!(err.contains("products/★.md") && err.contains("hint:"), "{err}");
}

#[test]
fn untranslatable_fields_in_a_translation_are_errors_with_file_line_and_field() {
    for (field, line) in [
        ("certifications: [Fair Trade]", "certifications"),
        ("sku: JAR-EN", "sku"),
        ("price: 20", "price"),
        ("hs_code: \"6912.00\"", "hs_code"),
        ("featured: true", "featured"),
    ] {
        let (_tmp, site) = fixture("names");
        edit(
            &site,
            "products/jarrón-de-barro-ñu.en.md",
            "title: Clay vase ñu\n",
            &format!("title: Clay vase ñu\n{field}\n"),
        );
        let err = build_fails(&site);
        assert!(err.contains("products/jarrón-de-barro-ñu.en.md:3"), "{field}: {err}");
        assert!(err.contains(&format!("`{line}`")), "{field}: {err}");
        assert!(err.contains("products/jarrón-de-barro-ñu.md"), "names the default-language file: {err}");
        assert!(err.contains("hint:") && err.contains("title, description"), "says what may be translated: {err}");
    }
}

#[test]
fn a_translation_may_still_set_its_own_text_slug_and_alt() {
    let (_tmp, site) = fixture("names");
    edit(
        &site,
        "products/jarrón-de-barro-ñu.en.md",
        "title: Clay vase ñu\n",
        "title: Clay vase ñu\nslug: clay-vase\nunit: piece\nimages:\n  - alt: A vase\n",
    );
    let out = build(&site);
    assert!(out.join("en/products/clay-vase/index.html").is_file());
    assert!(read(out.join("en/products/clay-vase/index.html")).contains("alt=\"A vase\""));
}

#[test]
#[ignore = "needs Java 17+, Node 20+ and xmllint: run bash tests/run.sh"]
fn names_fixture_passes_the_validators() {
    let (_tmp, site) = fixture("names");
    let out = build(&site);
    let script = root().join("tests/validate/run.sh");
    let o = std::process::Command::new("bash").arg(&script).arg(&out).output().expect("run run.sh");
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "validators failed:\n{stdout}\n{}", String::from_utf8_lossy(&o.stderr));
    assert!(stdout.contains("all validators passed") && stdout.contains("sitemap.xml: ok"), "{stdout}");
}
