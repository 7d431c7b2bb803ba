//! The build record (`CACHE/build/record`, src/cache/record.rs): a build where nothing changed keeps the
//! output and does nothing; any doubt — a source edited without its time moving, an output file touched,
//! deleted or added, a damaged record, other options — gives a full build whose output is byte for byte what a
//! cold build of the same sources writes.

use crate::common::{self, run, Run};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const KEPT: &str = "Nothing changed since the last build";
/// What `--timings` says of a full build, and of one that read only the changed products.
const FULL: &str = "full build: ";
const PRODUCTS: &str = " read again, only the pages they touch rendered";

/// A site, its output and its cache, kept between builds as an owner's are.
struct Site {
    tmp: tempfile::TempDir,
    site: PathBuf,
    out: PathBuf,
    cache: PathBuf,
}

impl Site {
    fn new() -> Site {
        let (tmp, site) = common::fixture("shop");
        let (out, cache) = (tmp.path().join("out"), tmp.path().join("cache"));
        Site { tmp, site, out, cache }
    }

    fn build_with(&self, extra: &[&str]) -> Run {
        let mut args =
            vec!["build", self.site.to_str().unwrap(), "-o", self.out.to_str().unwrap(), "--timings", "--cache-dir"];
        args.push(self.cache.to_str().unwrap());
        args.extend(extra);
        run(&args)
    }

    fn build(&self) -> Run {
        let r = self.build_with(&[]);
        assert!(r.ok, "{}", r.stderr);
        r
    }

    fn record(&self) -> PathBuf {
        self.cache.join("build/record")
    }

    /// Builds, expecting a full build (not the nothing-changed path), and compares the output with a cold
    /// build of the same sources into a new output with a new cache (its processed photos copied, so the
    /// photos are not encoded again).
    fn full_build_matches_cold(&self, what: &str) {
        self.build_matches_cold(what, FULL);
    }

    /// Builds, expecting `--timings` to say `how` (a full build, or one from the saved catalog), and compares
    /// the output with a cold build's.
    fn build_matches_cold(&self, what: &str, how: &str) -> Run {
        let warm = self.build();
        assert!(!warm.stdout.contains(KEPT), "{what}: the build must not trust the record:\n{}", warm.stderr);
        assert!(warm.stderr.contains(how), "{what}: --timings says {how:?}:\n{}", warm.stderr);
        let n = self.tmp.path().read_dir().unwrap().count();
        let (cold_out, cold_cache) =
            (self.tmp.path().join(format!("cold-{n}")), self.tmp.path().join(format!("cc-{n}")));
        common::copy_dir(&self.cache.join("images"), &cold_cache.join("images"));
        let cold = run(&[
            "build",
            self.site.to_str().unwrap(),
            "-o",
            cold_out.to_str().unwrap(),
            "--cache-dir",
            cold_cache.to_str().unwrap(),
        ]);
        assert!(cold.ok, "{what}: {}", cold.stderr);
        assert_eq!(warnings(&warm), warnings(&cold), "{what}: the same warnings");
        let (a, b) = (tree(&self.out), tree(&cold_out));
        assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>(), "{what}: the same files");
        for (path, bytes) in &a {
            assert!(bytes == &b[path], "{what}: {path} differs from a cold build's");
        }
        warm
    }
}

fn warnings(r: &Run) -> Vec<&str> {
    r.stderr.lines().filter(|l| l.starts_with("warning:")).collect()
}

/// Every output file with its bytes. In the manifest, a photo's line ends with a hash of the cache file it was
/// linked from, which names the cache folder: that column is left out (it is the only thing that differs
/// between two builds of the same sources with different caches).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = common::snapshot(dir);
    if let Some(manifest) = files.get_mut(".vitrina-manifest") {
        let text = String::from_utf8(std::mem::take(manifest)).unwrap();
        let lines = text.lines().map(|l| match l.starts_with("images/") {
            true => l.split('\t').take(2).collect::<Vec<_>>().join("\t"),
            false => l.to_string(),
        });
        *manifest = lines.collect::<Vec<_>>().join("\n").into_bytes();
    }
    files
}

fn mtimes(dir: &Path) -> BTreeMap<PathBuf, std::time::SystemTime> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .map(|e| (e.path().to_path_buf(), e.metadata().unwrap().modified().unwrap()))
        .collect()
}

#[test]
fn a_build_where_nothing_changed_keeps_the_output_and_repeats_the_warnings() {
    let s = Site::new();
    // A warning to repeat: a product without its English translation.
    std::fs::remove_file(s.site.join("products/taza.en.md")).unwrap();
    let first = s.build();
    assert!(first.stderr.contains("full build: no record"), "{}", first.stderr);
    assert!(!warnings(&first).is_empty(), "{}", first.stderr);
    let (before, times) = (tree(&s.out), mtimes(&s.out));
    let again = s.build();
    assert!(again.stdout.contains(KEPT), "{}\n{}", again.stdout, again.stderr);
    assert!(again.stdout.contains("0 rendered") && again.stdout.contains("0 images processed"), "{}", again.stdout);
    assert!(again.stderr.contains("nothing changed ("), "--timings says so: {}", again.stderr);
    assert_eq!(warnings(&again), warnings(&first));
    assert_eq!(tree(&s.out), before);
    assert_eq!(mtimes(&s.out), times, "nothing was written");
    // In Spanish the warnings are in Spanish: the record is not used for another message language.
    let es = Run::from(
        std::process::Command::new(common::bin())
            .env("VITRINA_LANG", "es")
            .args(["build", s.site.to_str().unwrap(), "-o", s.out.to_str().unwrap(), "--cache-dir"])
            .arg(&s.cache)
            .output()
            .unwrap(),
    );
    assert!(es.ok && !es.stdout.contains("Nada cambió"), "{}", es.stderr);
    for w in warnings(&first) {
        assert!(!es.stderr.contains(w.trim_start_matches("warning: ")), "in Spanish: {}", es.stderr);
    }
    // Deleting the cache is safe: the next build is a full one.
    std::fs::remove_dir_all(&s.cache).unwrap();
    s.full_build_matches_cold("cache deleted");
    assert!(s.build().stdout.contains(KEPT));
}

#[test]
fn any_doubt_gives_a_full_build_that_matches_a_cold_one() {
    let s = Site::new();
    s.build();
    // A source edited at the same size with its modification time put back (a coarse clock, or an edit in the
    // same tick as the build): the file was stamped within the racy window, so its content hash decides.
    let taza = s.site.join("products/taza.md");
    let mtime = std::fs::metadata(&taza).unwrap().modified().unwrap();
    let text = common::read(&taza);
    let i = text.rfind(|c: char| c.is_ascii_lowercase()).unwrap();
    let swapped = if &text[i..=i] == "x" { "y" } else { "x" };
    std::fs::write(&taza, format!("{}{swapped}{}", &text[..i], &text[i + 1..])).unwrap();
    std::fs::File::options().write(true).open(&taza).unwrap().set_modified(mtime).unwrap();
    s.build_matches_cold("same size, same time, other content", PRODUCTS);
    // The output touched, a page deleted: the full build puts them back.
    let page = s.out.join("index.html");
    std::fs::File::options().append(true).open(&page).unwrap().set_modified(std::time::SystemTime::now()).unwrap();
    s.full_build_matches_cold("an output page touched");
    std::fs::remove_file(&page).unwrap();
    s.full_build_matches_cold("an output page deleted");
    // A file added anywhere in the site, a product removed.
    std::fs::write(s.site.join("notes.txt"), "mine").unwrap();
    s.full_build_matches_cold("a file added to the site folder");
    std::fs::remove_file(s.site.join("products/cuenco.md")).unwrap();
    s.build_matches_cold("a product removed", PRODUCTS);
    // The record damaged in several ways.
    let good = std::fs::read(s.record()).unwrap();
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("truncated", good[..good.len() / 2].to_vec()),
        ("a byte flipped", {
            let mut b = good.clone();
            let i = b.len() - 10;
            b[i] ^= 1;
            b
        }),
        ("another format", String::from_utf8_lossy(&good).replacen("record 1", "record 9", 1).into_bytes()),
        ("garbage", b"\x00\xffnot a record".to_vec()),
        ("empty", Vec::new()),
    ];
    for (what, bytes) in damages {
        std::fs::write(s.record(), bytes).unwrap();
        s.full_build_matches_cold(what);
        assert!(s.build().stdout.contains(KEPT), "{what}: the full build wrote a new record");
    }
    // Another publish address is another output; the same one again is kept.
    let other = s.build_with(&["--base-url", "https://preview.example.org/"]);
    assert!(other.ok && !other.stdout.contains(KEPT), "{}", other.stderr);
    let same = s.build_with(&["--base-url", "https://preview.example.org/"]);
    assert!(same.stdout.contains(KEPT), "{}", same.stderr);
    s.full_build_matches_cold("back to company.yaml's base_url");
}

/// The saved catalog (`CACHE/build/products/`, src/cache/products.rs): a build where only product files
/// changed reads it instead of every product; damaged in any way, it is not used and the build is a full one.
#[test]
fn product_edits_build_from_the_saved_catalog_and_a_damaged_one_is_never_trusted() {
    let s = Site::new();
    s.build();
    let products = s.site.join("products");
    let edit = |name: &str, from: &str, to: &str| {
        let path = products.join(name);
        let text = common::read(&path);
        assert!(text.contains(from), "{name} holds {from:?}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    // Each kind of product change, one at a time and then several at once.
    edit("taza.md", "featured: true", "featured: false");
    s.build_matches_cold("a product edited (no longer featured)", PRODUCTS);
    edit("taza.md", "price: 1234.5", "price: 99");
    s.build_matches_cold("a price changed", PRODUCTS);
    std::fs::copy(products.join("taza.md"), products.join("taza-grande.md")).unwrap();
    edit("taza-grande.md", "sku: ", "sku: X-");
    s.build_matches_cold("a product added", PRODUCTS);
    std::fs::rename(products.join("taza-grande.md"), products.join("taza-xl.md")).unwrap();
    s.build_matches_cold("a product renamed", PRODUCTS);
    std::fs::write(products.join("cuenco.en.md"), "---\ntitle: Bowl\n---\nA bowl.\n").unwrap();
    s.build_matches_cold("a translation added", PRODUCTS);
    let category = common::read(products.join("taza.md"));
    let category = category.lines().find(|l| l.starts_with("category:")).unwrap().to_string();
    edit("taza-xl.md", &category, "category: otra-cosa");
    let broken = s.build_with(&[]);
    assert!(!broken.ok && broken.stderr.contains("taza-xl.md"), "an unknown category is an error: {}", broken.stderr);
    edit("taza-xl.md", "category: otra-cosa", &category);
    std::fs::remove_file(products.join("taza.md")).unwrap();
    std::fs::remove_file(products.join("taza.en.md")).unwrap();
    s.full_build_matches_cold("fixed after a failed build (no record), and a product deleted");
    edit("cuenco.en.md", "A bowl.", "A bigger bowl.");
    s.build_matches_cold("a translation edited", PRODUCTS);
    // A file next to the products that is not one: a full build judges it.
    std::fs::write(products.join("notes.txt"), "mine").unwrap();
    s.full_build_matches_cold("a file that is not a product");
    std::fs::remove_file(products.join("notes.txt")).unwrap();
    s.full_build_matches_cold("that file removed");

    // The saved catalog damaged in several ways, after a product edit that would read it.
    let dir = s.cache.join("build/products");
    let parts: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap() != "index" && std::fs::metadata(p).unwrap().len() > 40)
        .collect();
    assert!(!parts.is_empty(), "the catalog is saved in parts");
    let part = parts[0].clone();
    let good = std::fs::read(&part).unwrap();
    let index = std::fs::read(dir.join("index")).unwrap();
    type Damage<'a> = (&'a str, Box<dyn Fn() + 'a>);
    let damages: Vec<Damage> = vec![
        ("a part truncated", Box::new(|| std::fs::write(&part, &good[..good.len() / 2]).unwrap())),
        (
            "a byte flipped in a part",
            Box::new(|| {
                let mut b = good.clone();
                // In the products, past the header (`vitrina products 3\n` and the section's length).
                b[40] ^= 1;
                std::fs::write(&part, b).unwrap()
            }),
        ),
        (
            // Descriptions are read only when a page needs one (src/content/prose.rs): the first one that
            // does not read back as saved sends the build back to the sources.
            "every part's last description flipped",
            Box::new(|| {
                for p in &parts {
                    let mut b = std::fs::read(p).unwrap();
                    let i = b.len() - 1;
                    b[i] ^= 1;
                    std::fs::write(p, b).unwrap();
                }
            }),
        ),
        ("a part deleted", Box::new(|| std::fs::remove_file(&part).unwrap())),
        ("the index deleted", Box::new(|| std::fs::remove_file(dir.join("index")).unwrap())),
        (
            "the index pointing elsewhere",
            Box::new(|| {
                let text = String::from_utf8(index.clone()).unwrap();
                let name = part.file_name().unwrap().to_str().unwrap();
                std::fs::write(dir.join("index"), text.replace(name, &name.replace('a', "b"))).unwrap()
            }),
        ),
        ("garbage", Box::new(|| std::fs::write(dir.join("index"), b"\x00\xffnot a catalog").unwrap())),
        ("the whole folder deleted", Box::new(|| std::fs::remove_dir_all(&dir).unwrap())),
    ];
    for (i, (what, damage)) in damages.iter().enumerate() {
        // Restore a good catalog (a clean full build writes one), then edit a product and damage it.
        std::fs::remove_dir_all(s.cache.join("build")).unwrap();
        s.full_build_matches_cold("a clean start");
        damage();
        edit("cuenco.en.md", "bowl.", &format!("bowl {i}."));
        s.full_build_matches_cold(what);
        edit("cuenco.en.md", &format!("bowl {i}."), "bowl.");
        s.build_matches_cold(&format!("{what}: the full build saved a good catalog again"), PRODUCTS);
    }
}

/// What `--timings` says of the feeds' entries: how many were made again, of how many.
fn pieces_made(r: &Run) -> (usize, usize) {
    let said = r.stderr.split("files about every product: ").nth(1).unwrap_or_else(|| panic!("{}", r.stderr));
    let mut words = said.split_whitespace();
    let made = words.next().unwrap().replace(',', "").parse().unwrap();
    assert_eq!(words.next(), Some("of"), "{}", r.stderr);
    (made, words.next().unwrap().replace(',', "").parse().unwrap())
}

#[test]
fn feeds_copy_unchanged_entries_and_a_damaged_or_stale_table_is_never_trusted() {
    let s = Site::new();
    let cold = s.build();
    let (made, total) = pieces_made(&cold);
    assert!(made == total && total > 0, "a cold build makes every entry: {}", cold.stderr);
    let product = s.site.join("products/cuenco.md");
    let table = s.cache.join("build/fragments");
    let first = std::fs::read(&table).unwrap();
    let mut n = 0;
    let mut edit = || {
        n += 1;
        let text = common::read(&product);
        std::fs::write(&product, text.replace(&format!("sencillo{}.", n - 1), &format!("sencillo{n}."))).unwrap();
    };
    std::fs::write(&product, common::read(&product).replace("sencillo.", "sencillo0.")).unwrap();
    let warm = s.build_matches_cold("one product's description edited", PRODUCTS);
    let (made, again) = pieces_made(&warm);
    assert_eq!(again, total, "{}", warm.stderr);
    // The edited product's line and item in each language's two feeds (English falls back to Spanish), and
    // no more than a few sitemap entries.
    assert!(made >= 4 && made < total, "only the edited product's entries are made again: {}", warm.stderr);
    let good = std::fs::read(&table).unwrap();
    type Damage<'a> = (&'a str, Box<dyn Fn() + 'a>);
    let damages: Vec<Damage> = vec![
        ("the table truncated", Box::new(|| std::fs::write(&table, &good[..good.len() - 9]).unwrap())),
        (
            "a byte flipped in the table",
            Box::new(|| {
                let mut b = good.clone();
                let i = b.len() - 20;
                b[i] ^= 1;
                std::fs::write(&table, b).unwrap()
            }),
        ),
        ("the table deleted", Box::new(|| std::fs::remove_file(&table).unwrap())),
        ("garbage", Box::new(|| std::fs::write(&table, b"\x00\xffnot a table").unwrap())),
    ];
    for (what, damage) in &damages {
        edit();
        s.build_matches_cold(&format!("before: {what}"), PRODUCTS);
        damage();
        edit();
        let warm = s.build_matches_cold(what, PRODUCTS);
        assert_eq!(pieces_made(&warm), (total, total), "{what}: every entry made again: {}", warm.stderr);
    }
    // Whole and well formed, but its feeds' tables describe files the output no longer holds: those are made
    // whole (the sitemap did not change since, and its table still describes it).
    edit();
    std::fs::write(&table, &first).unwrap();
    let warm = s.build_matches_cold("a stale table", PRODUCTS);
    let (made, _) = pieces_made(&warm);
    assert!(made > 4 && made < total, "a stale table: the feeds made whole: {}", warm.stderr);
}

#[test]
fn a_file_added_to_the_output_is_refused_as_by_a_full_build() {
    let s = Site::new();
    s.build();
    std::fs::write(s.out.join("productos/mine.txt"), "mine").unwrap();
    let r = s.build_with(&[]);
    assert!(!r.ok && !r.stdout.contains(KEPT), "{}\n{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("mine.txt"), "{}", r.stderr);
}

impl From<std::process::Output> for Run {
    fn from(o: std::process::Output) -> Run {
        Run {
            ok: o.status.success(),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}
