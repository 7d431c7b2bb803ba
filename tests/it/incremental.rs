//! Equivalence is the contract of incremental builds (issue 16): a property test makes random sequences of
//! edits to a tiny two-language site (add, edit, rename, delete a product or its translation, change a category,
//! a UI string, a rate, a template, the tagline, and edits that break the site and are then fixed) and after
//! every step compares
//! - the output of `vitrina build` run again into the SAME output folder with the SAME cache folder, and
//! - the files `vitrina serve` would serve after rebuilding for the paths its watcher would report,
//!
//! with a cold build of the same sources (fresh output folder, fresh cache folder), byte for byte: the same set of
//! files, every file, the `.vitrina-manifest` included (it records what each page was rendered from, so a stale
//! input hash would make the next build keep a stale page). The preview is compared without the manifest, which
//! only `build` writes.
//!
//! Edits are written right after the previous build and many keep the file's size (prices, rates, words and
//! numbers of the same width), so a file can change within the same mtime tick as the build that read it: a cache
//! keyed on size and mtime alone must notice that (a racy-mtime rule). Nothing sleeps.
//!
//! A failed build (a broken edit) must leave the previous output untouched and the preview serving the last good
//! site; the next good build must again equal a cold one.
//!
//! Budget: `VITRINA_INCREMENTAL_CASES` (or `PROPTEST_CASES`) sequences, default 8, from seed
//! `VITRINA_INCREMENTAL_SEED` (default 1; `random` for a fresh one). A long local run:
//! `VITRINA_INCREMENTAL_CASES=200 VITRINA_INCREMENTAL_SEED=random cargo test --test it incremental:: -- --nocapture`.
//! A failure names the step sequence (shrunk by proptest) and the first differing file with a short diff.
//!
//! The preview comparison once caught two real divergences of `serve`'s product rebuild (`Change::Products`):
//! stale related-product cards on other products' pages, and a stale share image on the pages that show the
//! catalog's first (featured) product's photo when that product changed.

use crate::common;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use vitrina::pipeline::{build, error_chain, BuildOptions};
use vitrina::serve::Preview;

/// The address every build and the preview publish at, so one cold build serves both comparisons.
const BASE_URL: &str = "http://127.0.0.1:8000/";
const MANIFEST: &str = ".vitrina-manifest";
/// Five-letter words: swapping one for another keeps a file's size.
const WORDS: &[&str] = &["barro", "cobre", "lanas", "maque", "piedr", "tejid", "vidri", "palma"];

// ---------------------------------------------------------------------------------------------------------------
// The site, as a model written out to files.

#[derive(Clone, Debug)]
struct Product {
    /// File name without `.md`: gives the address.
    stem: String,
    /// Unique per product: keeps titles and SKUs unique whatever the edits.
    n: u32,
    word: usize,
    price: u16,
    category: String,
    body: (usize, usize),
    /// The English translation (`stem.en.md`): title word and body word.
    en: Option<(usize, usize)>,
}

#[derive(Clone, Debug)]
struct Category {
    id: String,
    /// Name suffix, two digits so a rename keeps the file's size.
    name: u8,
}

#[derive(Clone, Debug)]
struct Model {
    products: Vec<Product>,
    categories: Vec<Category>,
    tagline: u16,
    /// USD per EUR × 10,000 (four digits: same size).
    rate: u16,
    /// The site's `i18n/en.yaml` override of one UI string.
    ui: Option<u16>,
    /// The site's `templates/card.html` override (the theme's card with a marker).
    template: Option<u16>,
    next: u32,
}

impl Model {
    fn new() -> Model {
        let mut m = Model {
            products: Vec::new(),
            categories: vec![Category { id: "c1".into(), name: 11 }, Category { id: "c2".into(), name: 22 }],
            tagline: 100,
            rate: 1355,
            ui: None,
            template: None,
            next: 1,
        };
        for (i, cat) in ["c1", "c1", "c2"].iter().enumerate() {
            let n = m.take_number();
            m.products.push(Product {
                stem: format!("p{n}"),
                n,
                word: i,
                price: 100 + 111 * i as u16,
                category: cat.to_string(),
                body: (i, i + 1),
                en: (i != 2).then_some((i + 2, i + 3)),
            });
        }
        m
    }

    fn take_number(&mut self) -> u32 {
        self.next += 1;
        self.next - 1
    }

    fn files(&self, card: &str) -> BTreeMap<String, String> {
        let mut f = BTreeMap::new();
        let cats: String = self
            .categories
            .iter()
            .map(|c| format!("  - {{ id: {}, name: {{ es: Grupo {:02}, en: Group {:02} }} }}\n", c.id, c.name, c.name))
            .collect();
        f.insert(
            "company.yaml".into(),
            format!(
                "base_url: https://example.com/shop/\nlanguages:\n  - {{ code: es, locale: es-MX }}\n  - {{ code: en, \
                 locale: en-US }}\ncurrency: EUR\ndisplay_currencies: [USD]\nname: Taller Prueba\ntagline: {{ es: \
                 Lema {t:03}, en: Motto {t:03} }}\ncontact: {{ email: hola@example.com }}\ncategories:\n{cats}",
                t = self.tagline
            ),
        );
        f.insert(
            "rates.yaml".into(),
            format!(
                "base: EUR\ndate: 2026-09-30\nsource: ECB\nmax_age_days: 36500\nrates: {{ USD: 1.{:04} }}\n",
                self.rate
            ),
        );
        for p in &self.products {
            f.insert(
                format!("products/{}.md", p.stem),
                format!(
                    "---\ntitle: Pieza {} {}\nsku: SKU-{}\nprice: {}\ncategory: {}\nimages: [{{ src: p.jpg, alt: Foto \
                     {} }}]\n---\nTexto de {} y {}.\n",
                    WORDS[p.word % WORDS.len()],
                    p.n,
                    p.n,
                    p.price,
                    p.category,
                    p.n,
                    WORDS[p.body.0 % WORDS.len()],
                    WORDS[p.body.1 % WORDS.len()]
                ),
            );
            if let Some((title, body)) = p.en {
                f.insert(
                    format!("products/{}.en.md", p.stem),
                    format!(
                        "---\ntitle: Piece {} {}\n---\nText of {}.\n",
                        WORDS[title % WORDS.len()],
                        p.n,
                        WORDS[body % WORDS.len()]
                    ),
                );
            }
        }
        if let Some(ui) = self.ui {
            f.insert("i18n/en.yaml".into(), format!("nav: {{ home: Start {ui:03} }}\n"));
        }
        if let Some(t) = self.template {
            let marked = card.replacen(
                "<span class=\"card-title\">",
                &format!("<span class=\"card-title\" data-v=\"{t:03}\">"),
                1,
            );
            assert_ne!(marked, card, "the theme's card.html changed: update the marker this test puts in it");
            f.insert("templates/card.html".into(), marked);
        }
        f
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Edits.

#[derive(Clone, Debug)]
enum Edit {
    AddProduct {
        word: usize,
        category: Index,
        price: u16,
    },
    /// Body words of the default-language file (same size).
    Text {
        product: Index,
        words: (usize, usize),
    },
    /// Three digits to three digits: same size.
    Price {
        product: Index,
        price: u16,
    },
    MoveToCategory {
        product: Index,
        category: Index,
    },
    /// Renames the file (and its translation) with `rename(2)`: size and mtime stay as they were.
    Rename {
        product: Index,
    },
    Delete {
        product: Index,
    },
    /// Adds or edits (`Some`) or deletes (`None`) the English translation.
    Translation {
        product: Index,
        words: Option<(usize, usize)>,
    },
    RenameCategory {
        category: Index,
        name: u8,
    },
    /// A new category, and a product moved into it.
    AddCategory {
        product: Index,
    },
    /// Removes a category; its products move to another one.
    RemoveCategory {
        category: Index,
    },
    UiString {
        value: Option<u16>,
    },
    Rate {
        rate: u16,
    },
    Template {
        value: Option<u16>,
    },
    Tagline {
        value: u16,
    },
    /// Rewrites a file with the same bytes: only its mtime changes.
    /// A same-size edit of a product's body within the same mtime tick as the build before it (see `same_tick`).
    SameTick {
        product: Index,
        words: (usize, usize),
    },
    Touch {
        product: Index,
    },
    /// Breaks the site (see `break_site`), checks the failed build changed nothing, then restores the sources.
    Break {
        kind: u8,
        product: Index,
    },
}

fn edit() -> impl Strategy<Value = Edit> {
    let idx = any::<Index>;
    let words = || (0..WORDS.len(), 0..WORDS.len());
    prop_oneof![
        2 => (0..WORDS.len(), idx(), 100u16..1000).prop_map(|(word, category, price)| Edit::AddProduct { word, category, price }),
        2 => (idx(), words()).prop_map(|(product, words)| Edit::Text { product, words }),
        2 => (idx(), 100u16..1000).prop_map(|(product, price)| Edit::Price { product, price }),
        1 => (idx(), idx()).prop_map(|(product, category)| Edit::MoveToCategory { product, category }),
        1 => idx().prop_map(|product| Edit::Rename { product }),
        1 => idx().prop_map(|product| Edit::Delete { product }),
        2 => (idx(), proptest::option::of(words())).prop_map(|(product, words)| Edit::Translation { product, words }),
        1 => (idx(), 10u8..100).prop_map(|(category, name)| Edit::RenameCategory { category, name }),
        1 => idx().prop_map(|product| Edit::AddCategory { product }),
        1 => idx().prop_map(|category| Edit::RemoveCategory { category }),
        1 => proptest::option::of(100u16..1000).prop_map(|value| Edit::UiString { value }),
        1 => (1000u16..10000).prop_map(|rate| Edit::Rate { rate }),
        1 => proptest::option::of(100u16..1000).prop_map(|value| Edit::Template { value }),
        1 => (100u16..1000).prop_map(|value| Edit::Tagline { value }),
        1 => idx().prop_map(|product| Edit::Touch { product }),
        2 => (idx(), words()).prop_map(|(product, words)| Edit::SameTick { product, words }),
        1 => (0u8..5, idx()).prop_map(|(kind, product)| Edit::Break { kind, product }),
    ]
}

impl Model {
    /// Applies `e` to the model. A rename is returned as (old stem, new stem): it is done on disk with
    /// `rename(2)` before the other files are written.
    fn apply(&mut self, e: &Edit) -> Option<(String, String)> {
        let np = self.products.len();
        match e {
            Edit::AddProduct { word, category, price } => {
                let n = self.take_number();
                let category = self.categories[category.index(self.categories.len())].id.clone();
                self.products.push(Product {
                    stem: format!("p{n}"),
                    n,
                    word: *word,
                    price: *price,
                    category,
                    body: (*word, word + 1),
                    en: None,
                });
            }
            Edit::Text { product, words } if np > 0 => self.products[product.index(np)].body = *words,
            Edit::Price { product, price } if np > 0 => self.products[product.index(np)].price = *price,
            Edit::MoveToCategory { product, category } if np > 0 => {
                self.products[product.index(np)].category =
                    self.categories[category.index(self.categories.len())].id.clone()
            }
            Edit::Rename { product } if np > 0 => {
                let n = self.take_number();
                let p = &mut self.products[product.index(np)];
                let old = std::mem::replace(&mut p.stem, format!("r{n}"));
                return Some((old, p.stem.clone()));
            }
            // One product stays: an empty catalog is a different site, not an edit of this one.
            Edit::Delete { product } if np > 1 => {
                self.products.remove(product.index(np));
            }
            Edit::Translation { product, words } if np > 0 => self.products[product.index(np)].en = *words,
            Edit::RenameCategory { category, name } => {
                let nc = self.categories.len();
                self.categories[category.index(nc)].name = *name;
            }
            Edit::AddCategory { product } => {
                let n = self.take_number();
                let id = format!("c{n}");
                self.categories.push(Category { id: id.clone(), name: (n % 90 + 10) as u8 });
                if np > 0 {
                    self.products[product.index(np)].category = id;
                }
            }
            Edit::RemoveCategory { category } if self.categories.len() > 1 => {
                let gone = self.categories.remove(category.index(self.categories.len())).id;
                let to = self.categories[0].id.clone();
                for p in self.products.iter_mut().filter(|p| p.category == gone) {
                    p.category = to.clone();
                }
            }
            Edit::UiString { value } => self.ui = *value,
            Edit::Rate { rate } => self.rate = *rate,
            Edit::Template { value } => self.template = *value,
            Edit::Tagline { value } => self.tagline = *value,
            _ => {}
        }
        None
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading outputs and telling how they differ.

type Tree = BTreeMap<String, Vec<u8>>;

fn read_tree(dir: &Path) -> Tree {
    let mut t = Tree::new();
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
            let mut bytes = std::fs::read(entry.path()).unwrap();
            if rel == MANIFEST {
                bytes = comparable_manifest(&String::from_utf8(bytes).unwrap()).into_bytes();
            }
            t.insert(rel, bytes);
        }
    }
    t
}

/// The manifest with the one column that differs by design between two cache folders masked: a photo is
/// published as a link to its processed file in the cache, and its manifest hash is that file's path (whose name
/// holds the hash of the source and the operation), not its bytes. The bytes themselves are compared as files.
fn comparable_manifest(text: &str) -> String {
    text.lines()
        .map(|line| {
            let cols: Vec<&str> = line.split('\t').collect();
            match cols.as_slice() {
                [rel, len, _path_hash] if rel.starts_with("images/") => format!("{rel}\t{len}\t<cache path>\n"),
                _ => format!("{line}\n"),
            }
        })
        .collect()
}

/// `None` when equal; otherwise the missing and extra files and a short diff of the first differing one.
fn difference(got: &Tree, want: &Tree, got_name: &str, want_name: &str) -> Option<String> {
    let missing: Vec<&String> = want.keys().filter(|k| !got.contains_key(*k)).collect();
    let extra: Vec<&String> = got.keys().filter(|k| !want.contains_key(*k)).collect();
    // A page first: a manifest line that differs is usually the symptom of a page that differs.
    let differs = |(k, v): &(&String, &Vec<u8>)| got.get(*k).is_some_and(|g| g != *v);
    let differ = want.iter().filter(|(k, _)| *k != MANIFEST).find(differs).or_else(|| want.iter().find(differs));
    if missing.is_empty() && extra.is_empty() && differ.is_none() {
        return None;
    }
    let mut msg = String::new();
    if !missing.is_empty() {
        msg += &format!("files only in the {want_name}: {missing:?}\n");
    }
    if !extra.is_empty() {
        msg += &format!("files only in the {got_name}: {extra:?}\n");
    }
    if let Some((name, want_bytes)) = differ {
        msg += &format!("first differing file: {name}\n{}", short_diff(&got[name], want_bytes, got_name, want_name));
    }
    Some(msg)
}

/// The first differing line with two lines of context, each side cut around the first differing character.
fn short_diff(got: &[u8], want: &[u8], got_name: &str, want_name: &str) -> String {
    let (g, w) = (String::from_utf8_lossy(got), String::from_utf8_lossy(want));
    let (gl, wl): (Vec<&str>, Vec<&str>) = (g.lines().collect(), w.lines().collect());
    let Some(i) = (0..gl.len().max(wl.len())).find(|&i| gl.get(i) != wl.get(i)) else {
        return format!("  (same lines; {} bytes in the {got_name}, {} in the {want_name})\n", got.len(), want.len());
    };
    let cut = |line: Option<&&str>, other: Option<&&str>| -> String {
        let line = line.copied().unwrap_or("<no line>");
        let other = other.copied().unwrap_or("");
        let at = line.chars().zip(other.chars()).take_while(|(a, b)| a == b).count();
        let chars: Vec<char> = line.chars().collect();
        let from = at.saturating_sub(60);
        let to = (at + 100).min(chars.len());
        format!(
            "{}{}{}",
            if from > 0 { "…" } else { "" },
            chars[from..to].iter().collect::<String>(),
            if to < chars.len() { "…" } else { "" }
        )
    };
    let mut s = String::new();
    for j in i.saturating_sub(2)..i {
        s += &format!("    {}\n", cut(wl.get(j), None).chars().take(160).collect::<String>());
    }
    s += &format!(
        "  line {}:\n  - {want_name}: {}\n  + {got_name}: {}\n",
        i + 1,
        cut(wl.get(i), gl.get(i)),
        cut(gl.get(i), wl.get(i))
    );
    s
}

// ---------------------------------------------------------------------------------------------------------------
// One sequence of edits.

struct Harness {
    _tmp: tempfile::TempDir,
    tmp: PathBuf,
    site: PathBuf,
    out: PathBuf,
    cache: PathBuf,
    /// `vitrina serve`'s rebuild loop, when this run compares it too.
    preview: Option<Preview>,
    card: String,
    model: Model,
    /// What is on disk now, by path relative to the site.
    disk: BTreeMap<String, String>,
    steps: Vec<String>,
    colds: usize,
}

fn fail(h: &Harness, what: &str) -> TestCaseError {
    TestCaseError::fail(format!("{what}\nsteps run, the failing one last:\n  {}", h.steps.join("\n  ")))
}

impl Harness {
    fn new(with_preview: bool) -> Harness {
        let tmp_dir = tempfile::tempdir().expect("tempdir");
        let tmp = tmp_dir.path().to_path_buf();
        let site = tmp.join("site");
        std::fs::create_dir_all(site.join("images")).unwrap();
        std::fs::copy(common::root().join("tests/fixtures/multi/images/tray.jpg"), site.join("images/p.jpg")).unwrap();
        let card = common::read(common::root().join("themes/default/templates/card.html"));
        let model = Model::new();
        let disk = model.files(&card);
        for (rel, text) in &disk {
            let path = site.join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        Harness {
            _tmp: tmp_dir,
            out: tmp.join("inc/out"),
            cache: tmp.join("inc/cache"),
            preview: with_preview.then(|| Preview::start(&site, BASE_URL, &tmp.join("preview/cache"))),
            tmp,
            site,
            card,
            model,
            disk,
            steps: Vec::new(),
            colds: 0,
        }
    }

    /// Writes the model's files that differ from what is on disk and deletes the ones it no longer has.
    /// Returns the paths touched, as the watcher would report them.
    fn sync(&mut self) -> Vec<PathBuf> {
        let want = self.model.files(&self.card);
        let mut changed = Vec::new();
        for (rel, text) in &want {
            if self.disk.get(rel) != Some(text) {
                let path = self.site.join(rel);
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, text).unwrap();
                changed.push(path);
            }
        }
        for rel in self.disk.keys().filter(|r| !want.contains_key(*r)) {
            let path = self.site.join(rel);
            std::fs::remove_file(&path).unwrap();
            changed.push(path);
        }
        self.disk = want;
        changed
    }

    fn rename(&mut self, old: &str, new: &str) -> Vec<PathBuf> {
        let mut changed = Vec::new();
        for suffix in [".md", ".en.md"] {
            let (from, to) = (format!("products/{old}{suffix}"), format!("products/{new}{suffix}"));
            if let Some(text) = self.disk.remove(&from) {
                std::fs::rename(self.site.join(&from), self.site.join(&to)).unwrap();
                changed.extend([self.site.join(&from), self.site.join(&to)]);
                self.disk.insert(to, text);
            }
        }
        changed
    }

    /// Writes a broken version of one source (the model is unchanged). Returns the paths touched.
    fn break_site(&mut self, kind: u8, product: &Index) -> Vec<PathBuf> {
        let p = &self.model.products[product.index(self.model.products.len())];
        let (rel, text) = match kind {
            // A product in a category that does not exist.
            0 => (
                "products/zz-broken.md".to_string(),
                self.disk[&format!("products/{}.md", p.stem)]
                    .replace(&format!("category: {}", p.category), "category: nope")
                    .replace(&format!("SKU-{}", p.n), "SKU-BROKEN")
                    .replace(&format!(" {}\n", p.n), " 999999\n"),
            ),
            // company.yaml that is not YAML.
            1 => ("company.yaml".to_string(), format!("{}  - {{ id: [\n", self.disk["company.yaml"])),
            // A template that does not compile.
            2 => ("templates/card.html".to_string(), "<li>{% if %}</li>\n".to_string()),
            // A price that is not a number, same size as the good one (same mtime tick, same size).
            3 => {
                let rel = format!("products/{}.md", p.stem);
                let good = format!("price: {}", p.price);
                let bad = format!("price: x{}", &p.price.to_string()[1..]);
                (rel.clone(), self.disk[&rel].replace(&good, &bad))
            }
            // A rate that is not a number.
            _ => ("rates.yaml".to_string(), self.disk["rates.yaml"].replace("USD: 1.", "USD: x.")),
        };
        let path = self.site.join(&rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &text).unwrap();
        // `sync` must restore (or delete) it afterwards.
        self.disk.insert(rel, text);
        vec![path]
    }

    fn incremental(&self) -> Result<(), String> {
        build(&self.site, &opts(&self.out, &self.cache)).map(|_| ()).map_err(|e| error_chain(&e))
    }

    fn cold(&mut self) -> Result<Tree, TestCaseError> {
        self.colds += 1;
        let dir = self.tmp.join(format!("cold{}", self.colds));
        let cache = dir.join("cache");
        // The photo never changes: the one the first incremental build processed is copied into every fresh cache.
        seed_image_cache(&self.cache, &cache);
        let out = dir.join("out");
        if let Err(e) = build(&self.site, &opts(&out, &cache)) {
            return Err(fail(self, &format!("the cold build failed:\n{}", error_chain(&e))));
        }
        let tree = read_tree(&out);
        std::fs::remove_dir_all(&dir).unwrap();
        Ok(tree)
    }

    /// Builds incrementally and previews after `changed`, and compares both with a cold build.
    fn check(&mut self, changed: &[PathBuf]) -> Result<(), TestCaseError> {
        if let Err(e) = self.incremental() {
            return Err(fail(self, &format!("the incremental build failed where a cold one would not:\n{e}")));
        }
        let cold = self.cold()?;
        if let Some(d) = difference(&read_tree(&self.out), &cold, "incremental build", "cold build") {
            return Err(fail(self, &format!("the incremental build differs from a cold build:\n{d}")));
        }
        let Some(preview) = self.preview.as_mut() else { return Ok(()) };
        preview.change(changed);
        if let Some(e) = preview.error() {
            return Err(fail(self, &format!("the preview failed to rebuild where a cold build did not:\n{e}")));
        }
        let mut cold = cold;
        cold.remove(MANIFEST);
        let served = self.served()?;
        if let Some(d) = difference(&served, &cold, "preview", "cold build") {
            return Err(fail(self, &format!("the preview's rebuild differs from a cold build:\n{d}")));
        }
        Ok(())
    }

    /// Models a coarse mtime clock (1-2 s on FAT, HFS+, some network file systems): the product file is stamped
    /// with a time in the current tick and built, then edited to the same size and stamped with that same time,
    /// as two writes within one tick would be. Size and mtime are then those the cache recorded: only a racy-mtime
    /// rule (a file stamped no earlier than the build that recorded it is not trusted) or a content hash sees the
    /// edit. The tick is put a few seconds ahead so the stamp is surely not older than the first build.
    fn same_tick(&mut self, product: &Index, words: (usize, usize)) -> Result<Vec<PathBuf>, TestCaseError> {
        let i = product.index(self.model.products.len());
        let path = self.site.join(format!("products/{}.md", self.model.products[i].stem));
        let tick = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        let stamp = |path: &Path| {
            std::fs::File::options().write(true).open(path).and_then(|f| f.set_modified(tick)).unwrap();
        };
        stamp(&path);
        if let Err(e) = self.incremental() {
            return Err(fail(self, &format!("the build after stamping a product failed:\n{e}")));
        }
        self.model.products[i].body = words;
        let changed = self.sync();
        stamp(&path);
        Ok(changed)
    }

    /// What the preview serves (empty without a preview).
    fn served(&self) -> Result<Tree, TestCaseError> {
        match &self.preview {
            Some(p) => p.files().map_err(|e| fail(self, &error_chain(&e))),
            None => Ok(Tree::new()),
        }
    }

    fn step(&mut self, e: &Edit) -> Result<(), TestCaseError> {
        let n = self.steps.iter().filter(|s| !s.starts_with(' ')).count();
        self.steps.push(format!("{n}: {e:?}"));
        let changed = match e {
            Edit::Break { kind, product } => {
                let before = read_tree(&self.out);
                let served_before = self.served()?;
                let broken = self.break_site(*kind, product);
                if self.incremental().is_ok() {
                    return Err(fail(self, "the build of a broken site succeeded"));
                }
                if let Some(d) =
                    difference(&read_tree(&self.out), &before, "output after the failed build", "output before it")
                {
                    return Err(fail(self, &format!("a failed build changed the output:\n{d}")));
                }
                if let Some(preview) = self.preview.as_mut() {
                    preview.change(&broken);
                    if preview.error().is_none() {
                        return Err(fail(self, "the preview of a broken site shows no error"));
                    }
                    let served = self.served()?;
                    if let Some(d) =
                        difference(&served, &served_before, "preview after the failed rebuild", "preview before it")
                    {
                        return Err(fail(self, &format!("a failed rebuild changed what the preview serves:\n{d}")));
                    }
                }
                self.steps.push("   then fixed: the sources restored".into());
                self.sync()
            }
            Edit::SameTick { product, words } => self.same_tick(product, *words)?,
            Edit::Touch { product } => {
                let p = &self.model.products[product.index(self.model.products.len())];
                let path = self.site.join(format!("products/{}.md", p.stem));
                std::fs::write(&path, std::fs::read(&path).unwrap()).unwrap();
                vec![path]
            }
            _ => {
                let mut changed = match self.model.apply(e) {
                    Some((old, new)) => self.rename(&old, &new),
                    None => Vec::new(),
                };
                changed.extend(self.sync());
                changed
            }
        };
        self.check(&changed)
    }
}

/// Copies the processed photos (and the image cache's index) of `from` into a fresh cache folder `to`, and
/// nothing else: whatever else a cache folder holds (a build cache beside `images/`) stays out of a cold build.
fn seed_image_cache(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().filter_map(Result::ok) {
        let rel = entry.path().strip_prefix(from).unwrap();
        let name = rel.to_string_lossy();
        let image =
            name.ends_with("index.json") || [".jpg", ".webp", ".png", ".avif"].iter().any(|e| name.ends_with(e));
        if entry.file_type().is_file() && image && !rel.starts_with("build") {
            let dest = to.join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}

/// Options built field by field from the defaults, so a field added to `BuildOptions` later keeps this compiling.
#[allow(clippy::field_reassign_with_default)]
fn opts(out: &Path, cache: &Path) -> BuildOptions {
    let mut o = BuildOptions::default();
    o.output = Some(out.to_path_buf());
    o.cache_dir = Some(cache.to_path_buf());
    o.base_url = Some(BASE_URL.to_string());
    o
}

fn run_sequence(edits: &[Edit], with_preview: bool) -> Result<(), TestCaseError> {
    let mut h = Harness::new(with_preview);
    h.steps.push("0: first build".into());
    h.check(&[])?;
    for e in edits {
        h.step(e)?;
    }
    Ok(())
}

fn config() -> Config {
    let var = |name: &str| std::env::var(name).ok();
    let cases =
        var("VITRINA_INCREMENTAL_CASES").or_else(|| var("PROPTEST_CASES")).and_then(|c| c.parse().ok()).unwrap_or(8);
    let rng_seed = match var("VITRINA_INCREMENTAL_SEED").as_deref() {
        Some("random") => RngSeed::Random,
        Some(s) => RngSeed::Fixed(s.parse().expect("VITRINA_INCREMENTAL_SEED is a number or `random`")),
        None => RngSeed::Fixed(1),
    };
    // Shrinking rebuilds the site for every try: bounded (64 tries, 2 minutes), so a failure is reported soon.
    Config {
        cases,
        rng_seed,
        failure_persistence: None,
        max_shrink_iters: 64,
        max_shrink_time: 120_000,
        ..Config::default()
    }
}

fn run(with_preview: bool) {
    let start = std::time::Instant::now();
    let mut runner = TestRunner::new(config());
    let result = runner.run(&proptest::collection::vec(edit(), 3..=5), |edits| run_sequence(&edits, with_preview));
    eprintln!("incremental equivalence: {} sequences in {:.1} s", config().cases, start.elapsed().as_secs_f64());
    if let Err(e) = result {
        panic!("{e}");
    }
}

#[test]
fn incremental_builds_equal_cold_builds() {
    run(false);
}

/// The same sequences, also through `vitrina serve`'s rebuild loop (the build comparison included).
#[test]
fn previews_equal_cold_builds() {
    run(true);
}
