//! `vitrina import`: real-shaped Shopify, WooCommerce, Meta and spreadsheet-template CSVs (written from each
//! platform's export documentation, tests/fixtures/import) become product files that build; nothing is ever
//! overwritten without `--update`; prices are read with care; and a site's own Meta feed comes back as the
//! same products and prices.

use crate::common;

use common::{build, fixture, read, root, run};
use std::path::Path;

fn fixtures() -> std::path::PathBuf {
    root().join("tests/fixtures/import")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The rows of a Meta feed as (id, title, price, link path), sorted by id.
fn feed_rows(csv_text: &str) -> Vec<(String, String, String, String)> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let mut rows: Vec<_> = r
        .records()
        .map(|rec| {
            let rec = rec.unwrap();
            let link = rec[6].splitn(4, '/').nth(3).unwrap_or_default().to_string();
            (rec[0].to_string(), rec[1].to_string(), rec[5].to_string(), link)
        })
        .collect();
    rows.sort();
    rows
}

#[test]
fn meta_feed_round_trip_gives_the_same_products_and_prices() {
    let common::Built { site: example, out: public, .. } = common::example_built();
    let tmp = tempfile::tempdir().expect("tempdir");
    let new = tmp.path().join("imported");
    std::fs::create_dir_all(new.join("images")).unwrap();
    for f in ["company.yaml", "rates.yaml", "images/logo.png"] {
        std::fs::copy(example.join(f), new.join(f)).unwrap();
    }
    let r = run(&[
        "import",
        s(&public.join("feeds/meta-es.csv")),
        s(&public.join("feeds/meta-en.csv")),
        "--site",
        s(&new),
        "--images",
        s(&public.join("images")),
    ]);
    assert!(r.ok, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("Imported"), "{}", r.stdout);
    assert!(!r.stdout.contains("under `categories:`"), "every category exists already: {}", r.stdout);
    assert!(new.join("products/molcajete-20.md").is_file());
    assert!(new.join("products/molcajete-20.en.md").is_file());
    let rebuilt = build(&new);
    for lang in ["es", "en"] {
        let before = feed_rows(&read(public.join(format!("feeds/meta-{lang}.csv"))));
        let after = feed_rows(&read(rebuilt.join(format!("feeds/meta-{lang}.csv"))));
        assert!(before.len() >= 10, "{before:?}");
        assert_eq!(before, after, "{lang}: ids, titles, prices and addresses must survive the round trip");
    }
}

#[test]
fn shopify_csv_becomes_a_site_that_builds_with_variants_split_and_html_as_markdown() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("tienda");
    let r = run(&[
        "import",
        s(&fixtures().join("shopify.csv")),
        "--site",
        s(&site),
        "--currency",
        "MXN",
        "--images",
        s(&fixtures().join("photos")),
    ]);
    assert!(r.ok, "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("row 2") && r.stderr.contains("2 variants"), "{}", r.stderr);
    let small = read(site.join("products/molcajete-piedra-20-cm.md"));
    let big = read(site.join("products/molcajete-piedra-30-cm.md"));
    assert!(small.contains("sku: MOL-20") && small.contains("price: 850\n"), "{small}");
    assert!(big.contains("sku: MOL-30") && big.contains("price: 1250\n"), "{big}");
    assert!(big.contains("availability: made_to_order"), "{big}");
    assert!(small.contains("**basalto**") && !small.contains("<p>"), "HTML becomes Markdown: {small}");
    assert!(small.contains("weight_kg: 3.2"), "{small}");
    assert!(site.join("images/molcajete-20-main.jpg").is_file());
    let company = read(site.join("company.yaml"));
    assert!(company.contains("id: molcajetes") && company.contains("id: cobre"), "{company}");
    let public = build(&site);
    assert!(read(public.join("productos/cazo-cobre-40/index.html")).contains("Cazo de cobre martillado"));
}

#[test]
fn woocommerce_variations_become_products_and_missing_categories_are_listed() {
    let (_tmp, site) = fixture("shop");
    let r = run(&[
        "import",
        s(&fixtures().join("woocommerce.csv")),
        "--site",
        s(&site),
        "--images",
        s(&fixtures().join("photos")),
    ]);
    assert!(r.ok, "{}\n{}", r.stdout, r.stderr);
    let one = read(site.join("products/jarra-de-cobre-1-litro.md"));
    assert!(one.contains("sku: JAR-1L") && one.contains("price: 950\n") && one.contains("category: cobre"), "{one}");
    let two = read(site.join("products/jarra-de-cobre-2-litros.md"));
    assert!(two.contains("price: 1450\n") && two.contains("availability: made_to_order"), "{two}");
    assert!(two.contains("Cobre puro martillado"), "a variation inherits its parent's description: {two}");
    assert!(!site.join("products/jarra-de-cobre.md").exists(), "the variable parent is not a product");
    let rebozo = read(site.join("products/rebozo-de-ahuiran.md"));
    assert!(rebozo.contains("price: 1850\n") && rebozo.contains("category: rebozos"), "{rebozo}");
    // company.yaml is the owner's: never rewritten, the missing category is printed as the line to add.
    assert!(r.stdout.contains("- { id: rebozos, name: \"Rebozos\" }"), "{}", r.stdout);
    assert!(!read(site.join("company.yaml")).contains("rebozos"));
}

#[test]
fn spreadsheet_template_with_phone_photo_names_and_two_languages() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("cafe");
    let r = run(&["import", s(&fixtures().join("sheet/catalogo.csv")), "--site", s(&site), "--currency", "MXN"]);
    assert!(r.ok, "{}\n{}", r.stdout, r.stderr);
    let es = read(site.join("products/cafe-de-altura-1-kg.md"));
    assert!(es.contains("price: 1299\n") && es.contains("src: whatsapp-image-2026-11-03-at-10-15-22.jpeg"), "{es}");
    let en = read(site.join("products/cafe-de-altura-1-kg.en.md"));
    assert!(en.contains("title: High-grown coffee 1 kg") && en.contains("alt: Bag of high-grown coffee"), "{en}");
    let nu = read(site.join("products/jarron-de-barro-nu.md"));
    assert!(nu.contains("price: 1299\n") && nu.contains("src: foto-1.jpeg"), "{nu}");
    assert!(site.join("images/whatsapp-image-2026-11-03-at-10-15-22.jpeg").is_file());
    assert!(read(site.join("company.yaml")).contains("languages: [es, en]"));
    build(&site);
}

#[test]
fn an_existing_file_is_never_overwritten_without_update() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("cafe");
    let csv = fixtures().join("sheet/catalogo.csv");
    let args = ["import", s(&csv), "--site", s(&site), "--currency", "MXN"];
    assert!(run(&args).ok);
    let again = run(&args);
    assert!(again.ok && again.stdout.contains("0 files written"), "{}", again.stdout);

    let product = site.join("products/cafe-de-altura-1-kg.md");
    let edited = read(&product).replace("title: Café de altura 1 kg", "title: Café de altura, mi versión");
    std::fs::write(&product, &edited).unwrap();
    let refused = run(&args);
    assert!(!refused.ok, "{}", refused.stdout);
    assert!(
        refused.stderr.contains("products/cafe-de-altura-1-kg.md") && refused.stderr.contains("--update"),
        "{}",
        refused.stderr
    );
    assert_eq!(read(&product), edited, "the owner's edit is kept");

    let dry = run(&[&args[..], &["--dry-run", "--update"]].concat());
    assert!(dry.ok && dry.stdout.contains("- title: Café de altura, mi versión"), "{}", dry.stdout);
    assert_eq!(read(&product), edited, "a dry run writes nothing");

    let update = run(&[&args[..], &["--update"]].concat());
    assert!(update.ok, "{}", update.stderr);
    assert!(read(&product).contains("title: Café de altura 1 kg"));
}

#[test]
fn ambiguous_and_unreadable_prices_are_reported_with_row_and_column_and_nothing_is_written() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("x");
    let r = run(&["import", s(&fixtures().join("bad-prices.csv")), "--site", s(&site), "--currency", "MXN"]);
    assert!(!r.ok);
    assert!(r.stderr.contains("row 3, column \"price\": \"1,299\" could be 1299 or 1.299"), "{}", r.stderr);
    assert!(r.stderr.contains("row 4, column \"price\": \"850 pesos\" is not a price"), "{}", r.stderr);
    assert!(r.stderr.contains("2 problems"), "both problems in one run: {}", r.stderr);
    assert!(!site.exists(), "nothing written");
}

#[test]
fn meta_export_with_addresses_lists_the_photos_to_download() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("m");
    let r = run(&["import", s(&fixtures().join("meta.csv")), "--site", s(&site)]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stdout.contains("https://tienda.example/fotos/cazo-cobre.jpg"), "{}", r.stdout);
    assert!(r.stdout.contains(s(&site.join("images/cazo-cobre.jpg"))), "{}", r.stdout);
    let cazo = read(site.join("products/cazo-de-cobre-40-cm.md"));
    assert!(cazo.contains("price: 3400\n") && cazo.contains("availability: made_to_order"), "{cazo}");
    assert!(read(site.join("company.yaml")).contains("currency: MXN"));
}

/// A CSV is often someone else's file: its photo cells may only name files in its own folder or `--images`.
#[test]
fn photos_outside_the_csv_folder_and_images_are_refused_with_row_and_column() {
    let tmp = tempfile::tempdir().unwrap();
    let secret = tmp.path().join("secret.jpg");
    std::fs::write(&secret, b"not for the catalog").unwrap();
    let dir = tmp.path().join("csvs/shop");
    std::fs::create_dir_all(dir.join("images")).unwrap();
    std::fs::write(dir.join("images/ok.jpg"), b"a photo").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&secret, dir.join("link.jpg")).unwrap();
    let cases = [
        "/etc/passwd".to_string(),
        "../../secret.jpg".to_string(),
        s(&secret).to_string(),
        "images/../../../secret.jpg".to_string(),
        #[cfg(unix)]
        "link.jpg".to_string(),
    ];
    for (n, bad) in cases.iter().enumerate() {
        let csv = dir.join(format!("c{n}.csv"));
        std::fs::write(&csv, format!("sku,price,category,images,title_es\nA-1,850,Barro,\"ok.jpg,{bad}\",Uno\n"))
            .unwrap();
        let site = tmp.path().join(format!("site{n}"));
        for lang in ["en", "es"] {
            let r = run(&["--lang", lang, "import", s(&csv), "--site", s(&site), "--currency", "MXN"]);
            assert!(!r.ok, "{bad}: accepted\n{}", r.stdout);
            let want = match lang {
                "en" => format!("row 2, column \"images\": the photo \"{bad}\" is outside the CSV's folder"),
                _ => format!("fila 2, columna \"images\": la foto \"{bad}\" está fuera de la carpeta del CSV"),
            };
            assert!(r.stderr.contains(&want), "{bad} ({lang}): {}", r.stderr);
            assert!(r.stderr.contains("--images"), "the message says how to fix it: {}", r.stderr);
            assert!(!site.exists(), "{bad}: nothing written");
        }
    }
    // The same photo from the CSV's own images folder, or from a folder passed with --images, is copied.
    let csv = dir.join("ok.csv");
    std::fs::write(&csv, "sku,price,category,images,title_es\nA-1,850,Barro,\"ok.jpg,secret.jpg\",Uno\n").unwrap();
    let site = tmp.path().join("site-ok");
    let r = run(&["import", s(&csv), "--site", s(&site), "--currency", "MXN", "--images", s(tmp.path())]);
    assert!(r.ok, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(std::fs::read(site.join("images/ok.jpg")).unwrap(), b"a photo");
    assert_eq!(std::fs::read(site.join("images/secret.jpg")).unwrap(), b"not for the catalog");
}
