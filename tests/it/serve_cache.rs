//! `vitrina serve` starts from what its previous start saved in the cache folder (the record, the parsed catalog,
//! the pages by input): a start after an edit, or with a damaged cache, must serve exactly what a cold start
//! serves, and the cache must really be reused when nothing changed.

use crate::common;
use common::*;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::SystemTime;
use vitrina::serve::Preview;

const URL: &str = "http://127.0.0.1:1/";

/// What a preview of `site` serves when it starts with the cache `cache`.
fn served(site: &Path, cache: &Path) -> BTreeMap<String, Vec<u8>> {
    let preview = Preview::start(site, URL, cache);
    assert_eq!(preview.error(), None);
    preview.files().unwrap()
}

/// A start with the cache of earlier starts serves what a start with an empty cache serves.
fn assert_warm_is_cold(site: &Path, cache: &Path, case: &str) {
    let warm = served(site, cache);
    let fresh = tempfile::tempdir().unwrap();
    let cold = served(site, fresh.path());
    assert_eq!(warm.keys().collect::<Vec<_>>(), cold.keys().collect::<Vec<_>>(), "{case}: other files");
    for (rel, bytes) in &cold {
        assert!(warm[rel] == *bytes, "{case}: {rel} differs from a cold start's");
    }
}

fn modified(p: &Path) -> SystemTime {
    std::fs::metadata(p).unwrap().modified().unwrap()
}

#[test]
fn a_start_from_the_saved_preview_serves_what_a_cold_start_serves() {
    let (tmp, site) = fixture("shop");
    let cache = tmp.path().join("cache");
    let sources = snapshot(&site);
    let first = served(&site, &cache);
    let saved = cache.join("serve");
    for part in ["record", "pages", "build/products/index"] {
        assert!(saved.join(part).is_file(), "the first start saved {part}");
    }
    let stamps = (modified(&saved.join("record")), modified(&saved.join("pages")));

    // Nothing changed: the pages and the catalog are reused as they are, so nothing is saved again.
    assert!(served(&site, &cache) == first, "an unchanged start serves what the first one served");
    assert_eq!((modified(&saved.join("record")), modified(&saved.join("pages"))), stamps, "nothing saved again");
    // The preview writes into its cache folder only, never into the site folder.
    assert!(snapshot(&site) == sources, "the preview wrote into the site folder");

    // A product edited, added and removed between two starts: only those files are read again.
    edit(&site, "products/taza.md", "Segundo párrafo.", "Segundo párrafo, editado.");
    edit(&site, "products/taza.md", "price: 1234.5", "price: 999");
    assert_warm_is_cold(&site, &cache, "product edited");
    std::fs::write(site.join("products/jarra.md"), read(site.join("products/taza.md")).replace("TAZ-01", "JAR-01"))
        .unwrap();
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    assert_warm_is_cold(&site, &cache, "product added and removed");
    // Anything else changed: every file is read again, and the pages whose input is the same are kept.
    edit(&site, "company.yaml", "name: Taller", "name: El taller");
    assert_warm_is_cold(&site, &cache, "profile edited");
}

#[test]
fn a_damaged_or_foreign_saved_preview_is_not_trusted() {
    let (tmp, site) = fixture("shop");
    let cache = tmp.path().join("cache");
    served(&site, &cache);
    let saved = cache.join("serve");
    // A page's bytes changed inside the pages file, keeping its length: the file's hashes catch it.
    let pages = saved.join("pages");
    let mut bytes = std::fs::read(&pages).unwrap();
    let at = bytes.windows(5).rposition(|w| w == b"<body").expect("a page in the pages file");
    bytes[at + 1] = b'B';
    std::fs::write(&pages, &bytes).unwrap();
    // Every part of the catalog damaged the same way, and a product edited so that the catalog is read.
    for part in std::fs::read_dir(saved.join("build/products")).unwrap() {
        let path = part.unwrap().path();
        let mut bytes = std::fs::read(&path).unwrap();
        if let Some(at) = bytes.windows(3).position(|w| w == b"TAZ") {
            bytes[at] = b'X';
            std::fs::write(&path, &bytes).unwrap();
        }
    }
    edit(&site, "products/cuenco.md", "CUE-01", "CUE-02");
    assert_warm_is_cold(&site, &cache, "damaged pages and catalog");

    // A truncated pages file, a record that is not one.
    let len = std::fs::metadata(&pages).unwrap().len();
    std::fs::File::options().write(true).open(&pages).unwrap().set_len(len / 2).unwrap();
    std::fs::write(saved.join("record"), "vitrina build record 1\nsum 0\n").unwrap();
    assert_warm_is_cold(&site, &cache, "truncated pages, damaged record");

    // The preview at another address: no saved page is reused (each holds the address), and the result is right.
    let other = Preview::start(&site, "http://127.0.0.1:2/", &cache).files().unwrap();
    let fresh = tempfile::tempdir().unwrap();
    assert!(other == Preview::start(&site, "http://127.0.0.1:2/", fresh.path()).files().unwrap(), "another address");

    // Deleting the cache is always safe.
    std::fs::remove_dir_all(&cache).unwrap();
    assert_warm_is_cold(&site, &cache, "cache deleted");
}
