//! The owner's brand and the product gallery (issue 13): every photo in the gallery with its largest copy one
//! tap away, the logo and favicon in WebP with a fallback, `theme:` colours as CSS custom properties, the hero
//! photo, `assets/custom.css` after the theme's CSS, and a site file that would replace a theme file refused.

use crate::common;
use common::*;
use std::path::Path;

fn add_to_profile(site: &Path, yaml: &str) {
    let p = site.join("company.yaml");
    let s = read(&p);
    std::fs::write(&p, format!("{s}\n{yaml}\n")).unwrap();
}

#[test]
fn gallery_links_every_photo_to_its_largest_copy() {
    let out = example_built().out.clone();
    let page = out.join("productos/molcajete-20/index.html");
    let html = read(&page);
    // molcajete-20.md has two photos: both are in the strip, each a link to its 1600 px copy that exists.
    let strip = html.split("class=\"gallery-strip\"").nth(1).expect("a gallery strip").split("</ul>").next().unwrap();
    let zooms: Vec<String> = attr_values(strip, "href");
    assert_eq!(zooms.len(), 2, "one link per photo: {zooms:?}");
    for z in &zooms {
        assert!(z.contains("-1600.") && z.ends_with(".jpg"), "links the largest copy: {z}");
        assert!(resolve(&page, z).is_file(), "the linked copy exists: {z}");
    }
    assert!(zooms[1].contains("molcajete-20-detalle"), "second photo is the detail shot: {zooms:?}");
    // Thumbnails scroll the strip with plain anchors (no JavaScript): each target id exists.
    let thumbs = html.split("class=\"gallery-thumbs\"").nth(1).expect("thumbnails").split("</ol>").next().unwrap();
    for (i, href) in attr_values(thumbs, "href").iter().enumerate() {
        assert_eq!(href, &format!("#photo-{}", i + 1));
        assert!(html.contains(&format!("id=\"photo-{}\"", i + 1)));
    }
    // The gallery needs no JavaScript: no script or event handler in its markup (the page's only scripts are
    // JSON-LD and the theme's enquiry list, which is progressive enhancement).
    let gallery = html.split("class=\"gallery").nth(1).unwrap().split("<div class=\"summary").next().unwrap();
    assert!(
        !gallery.contains("<script") && !gallery.contains(" onclick=") && !gallery.contains(" onload="),
        "no JavaScript in the gallery: {gallery}"
    );
    // A one-photo product has no thumbnail row.
    let single = read(out.join("productos/molcajete-30/index.html"));
    assert!(single.contains("gallery-strip") && !single.contains("gallery-thumbs"));
}

#[test]
fn logo_and_favicon_are_webp_with_a_fallback() {
    let out = example_built().out.clone();
    let page = out.join("index.html");
    let html = read(&page);
    let icons = links(&html, "icon");
    assert!(icons.iter().any(|(_, h)| h.ends_with(".webp")), "a WebP favicon: {icons:?}");
    assert!(icons.iter().any(|(_, h)| h.ends_with(".png")), "a PNG fallback favicon: {icons:?}");
    for (_, h) in &icons {
        assert!(h.contains("logo-64."), "the favicon is the smallest copy: {h}");
        assert!(resolve(&page, h).is_file(), "{h} exists");
    }
    let brand = html.split("class=\"brand\"").nth(1).unwrap().split("</a>").next().unwrap();
    assert!(brand.contains("<source type=\"image/webp\""), "header logo offers WebP: {brand}");
    assert!(brand.contains("sizes=\"40px\""), "sized for its 40 px slot: {brand}");
}

#[test]
fn theme_colours_hero_and_custom_css() {
    let (_tmp, site) = fixture_with_image_cache("example");
    add_to_profile(&site, "theme:\n  accent: \"#0B6E4F\"\n  background: white\n  hero: cazo-cobre-taller.jpg");
    std::fs::create_dir_all(site.join("assets")).unwrap();
    std::fs::write(site.join("assets/custom.css"), ".price-main { font-size: 2rem; }\n").unwrap();
    let out = build(&site);
    for page in ["index.html", "en/index.html", "productos/molcajete-20/index.html", "404.html"] {
        let html = read(out.join(page));
        assert!(
            html.contains("<style>:root{--accent:#0b6e4f;--accent-ink:#ffffff;--paper:#ffffff}</style>"),
            "{page} recoloured"
        );
        let theme = html.find("style.css\">").expect("theme stylesheet");
        let colours = html.find("<style>").unwrap();
        let custom = html.find("assets/custom.css\">").expect("custom.css linked");
        assert!(theme < colours && colours < custom, "{page}: theme CSS, then colours, then custom.css");
    }
    assert_eq!(read(out.join("assets/custom.css")), ".price-main { font-size: 2rem; }\n");
    let home = read(out.join("index.html"));
    let hero = home.split("class=\"hero has-hero-image\"").nth(1).expect("hero section").split("</section>").next();
    assert!(hero.unwrap().contains("cazo-cobre-taller"), "hero photo on the home page");
}

#[test]
fn bad_theme_colour_is_refused_with_its_field() {
    let (_tmp, site) = fixture("example");
    add_to_profile(&site, "theme:\n  accent: \"red;} body {display:none\"");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("theme.accent") && r.stderr.contains("not a CSS colour"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
}

#[test]
fn site_stylesheet_never_silently_replaces_the_theme() {
    let (_tmp, site) = fixture_with_image_cache("example");
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(site.join("static/style.css"), ":root { --accent: teal; }\n").unwrap();
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok, "refused");
    assert!(r.stderr.contains("static/style.css") && r.stderr.contains("assets/custom.css"), "{}", r.stderr);
    // Replacing it on purpose is explicit in company.yaml.
    add_to_profile(&site, "theme:\n  replace: [style.css]");
    let out = build(&site);
    assert_eq!(read(out.join("style.css")), ":root { --accent: teal; }\n");
    // A name that is not a theme file is a mistake, not silently ignored.
    edit(&site, "company.yaml", "replace: [style.css]", "replace: [styles.css]");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("styles.css"), "{}", r.stderr);
}

#[test]
fn low_contrast_accent_warns() {
    let (_tmp, site) = fixture_with_image_cache("example");
    add_to_profile(&site, "theme:\n  accent: \"#ffd966\"");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stderr.contains("theme.accent") && r.stderr.contains("contrast"), "{}", r.stderr);
}

#[test]
fn untranslated_pages_are_not_advertised_as_translations() {
    let out = example_built().out.clone();
    // servilletas-bordadas has no .en.md: its English page shows the Spanish text and says so.
    let en = read(out.join("en/products/servilletas-bordadas/index.html"));
    assert!(en.contains("not yet translated into English"), "visible note");
    assert!(en.contains("<meta name=\"robots\" content=\"noindex\">"), "not indexed as an English page");
    assert!(links(&en, "alternate").is_empty(), "offers no hreflang alternates");
    // The Spanish page does not offer it as its English version, and the sitemap leaves it out.
    let es = read(out.join("productos/servilletas-bordadas/index.html"));
    assert!(!es.contains("not yet translated") && !es.contains("aún no está traducida"));
    let hreflangs: Vec<String> = links(&es, "alternate").into_iter().filter_map(|(h, _)| h).collect();
    assert!(!hreflangs.contains(&"en".to_string()), "no English alternate: {hreflangs:?}");
    let sitemap = read(out.join("sitemap.xml"));
    assert!(!sitemap.contains("/en/products/servilletas-bordadas/"), "not in the sitemap");
    assert!(sitemap.contains("/productos/servilletas-bordadas/"));
    // A translated product still has both alternates.
    let ok = read(out.join("productos/molcajete-20/index.html"));
    assert!(links(&ok, "alternate").iter().any(|(h, _)| h.as_deref() == Some("en")), "a translated product keeps it");
}

#[test]
fn the_404_page_exists_per_language() {
    let out = example_built().out.clone();
    let es = read(out.join("404.html"));
    let en = read(out.join("en/404.html"));
    assert!(es.contains("<html lang=\"es\">") && es.contains("Cómo comprar"), "Spanish menu at the root");
    assert!(en.contains("<html lang=\"en\">") && en.contains("How to order"), "English menu under /en/");
    assert!(!en.contains(">Cómo comprar<"), "no Spanish menu on the English 404 page");
}
