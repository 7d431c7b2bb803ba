//! What `vitrina serve` keeps in the cache folder (`CACHE/serve/`) so that its next start redoes only what
//! changed: the build record of the site as its first build read it (`record`, the site's stamps only: serve has
//! no output folder), the parsed catalog that build loaded (`build/products`, `crate::cache::products`) and the
//! pages it served (`pages`), each with the hash of what it was rendered from.
//!
//! At the next start the record tells whether only product files changed since (then the catalog is read back
//! and only those files are parsed) or anything else (then every file is read, as without a cache). Pages are
//! trusted one by one, by the hash of their input, exactly as a running preview keeps the pages a rebuild does
//! not change (`MemorySink::keeping`): a page whose templates and context are the same is not rendered again.
//! The pages file is bound to the program, the site, the address and the day (`record::key`) and carries a hash
//! of every page: a file from another version, half written or damaged is not used at all. Everything here is
//! saved after the first build, on a thread of its own, while the preview already serves; nothing here fails
//! the preview (unsaved or unreadable, the next start is a cold one).

use super::memory::{Entry, Inputs};
use crate::cache::{products, record};
use crate::content::Product;
use crate::output::Input;
use crate::site::Site;
use anyhow::Result;
use bytes::Bytes;
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const PAGES: &str = "pages";
const MAGIC: &[u8] = b"vitrina preview pages 1\n";

/// The cache of one start of the preview: what it found saved, and what it saves for the next.
pub(crate) struct Start {
    places: record::Places,
    /// `CACHE/serve`: the catalog goes in its `build/products` (`products::save`).
    dir: PathBuf,
    /// The record's key: the catalog does not depend on the preview's address (descriptions hold no absolute
    /// links), so a preview on another port still reuses it.
    key: String,
    /// The pages' key: pages do hold the address.
    pages_key: String,
    /// The stamps to record once the build succeeded; `None` when the record is still right (nothing changed).
    inputs: Option<record::Inputs>,
    /// The catalog this start read back and the products changed since, to rewrite only their parts.
    catalog: Option<(products::Saved, Vec<String>)>,
    /// The pages saved by the previous start.
    pub(crate) pages: Pages,
}

/// Saved pages: what each was rendered from and its bytes.
#[derive(Default)]
pub(crate) struct Pages {
    pub(crate) inputs: Inputs,
    bytes: HashMap<String, Bytes>,
}

impl Pages {
    /// Adds to `files` the pages the build kept (in `inputs`, not rendered): their saved bytes.
    pub(crate) fn fill(&self, files: &mut HashMap<String, Entry>, inputs: &Inputs) {
        for rel in inputs.keys() {
            if !files.contains_key(rel) {
                if let Some(b) = self.bytes.get(rel) {
                    files.insert(rel.clone(), Entry::Bytes(b.clone()));
                }
            }
        }
    }
}

impl Start {
    /// The cache of a preview of `root` at `base_url`; `None` when the site cannot be recorded (its folder
    /// cannot be resolved): the preview then starts cold and saves nothing.
    pub(crate) fn open(root: &Path, cache: &Path, base_url: &str) -> Option<Start> {
        let dir = cache.join("serve");
        let places = record::Places::new(root, &root.join("public"), cache).ok()?.in_file(dir.join("record"));
        let today = chrono::Local::now().date_naive();
        let key = record::key(&places, None, today);
        let pages_key = record::key(&places, Some(base_url), today);
        let pages = load_pages(&dir.join(PAGES), &pages_key).unwrap_or_default();
        Some(Start { places, dir, key, pages_key, inputs: None, catalog: None, pages })
    }

    /// Loads the site, from the saved catalog when only product files changed since it was saved (or none).
    pub(crate) fn load_site(&mut self, root: &Path) -> Result<Site> {
        let (name, changed) = match record::compare(&self.places, &self.key) {
            record::Verdict::Unchanged(kept) => (kept.products, None),
            record::Verdict::Products(changed) => (Some(changed.products.clone()), Some(changed)),
            record::Verdict::Full(_) => (None, None),
        };
        if let Some(mut saved) = name.and_then(|n| products::load(&self.dir, &n)) {
            let (slugs, names) = changed.as_ref().map(|c| (c.slugs.clone(), c.names())).unwrap_or_default();
            if let Some(changed) = &changed {
                record::forget(&self.places);
                self.inputs = Some(changed.inputs(&self.places));
            }
            let mut catalog = std::mem::take(&mut saved.products);
            // Every page is shown and every feed entry made from here on: the descriptions are read at once, and
            // one that does not read back as saved means loading from the sources, as for a damaged catalog.
            let read = catalog.par_iter_mut().try_for_each(|p| p.texts.iter_mut().try_for_each(|t| t.prose.settle()));
            if read.is_ok() {
                if let Some(site) = Site::load_reusing(root, catalog, (&slugs, &names))? {
                    self.catalog = Some((saved, slugs));
                    return Ok(site);
                }
            }
        }
        record::forget(&self.places);
        self.inputs = Some(record::Inputs::stamp(&self.places));
        Site::load(root)
    }

    /// Saves, on a thread of its own, what the next start reuses: the catalog and its record (unless nothing
    /// changed), and the pages (unless they are the saved ones). Returns the thread, for tests to wait on.
    pub(crate) fn remember(
        self,
        products: &[Product],
        shared: Vec<[u8; 32]>,
        files: &HashMap<String, Entry>,
        inputs: &Inputs,
    ) -> std::thread::JoinHandle<()> {
        // The same pages from the same inputs: all were kept (the 404 page, rendered every time, is not saved).
        let same_pages = *inputs == self.pages.inputs;
        let pages: Vec<(String, Input, Bytes)> = match same_pages {
            true => Vec::new(),
            false => inputs
                .iter()
                .filter_map(|(rel, input)| match files.get(rel) {
                    Some(Entry::Bytes(b)) => Some((rel.clone(), *input, b.clone())),
                    _ => None,
                })
                .collect(),
        };
        // The catalog is copied only when it is saved: the live preview keeps its own.
        let products = self.inputs.as_ref().map(|_| products.to_vec()).unwrap_or_default();
        std::thread::spawn(move || {
            if let Some(inputs) = self.inputs {
                let from = self.catalog.as_ref().map(|(saved, slugs)| (saved, slugs.as_slice()));
                if let Ok(hash) = products::save(&self.dir, &products, &shared, from) {
                    let none = Some(record::Outputs::none());
                    record::save(&self.places, &self.key, inputs, 0, 0, &[], Some(hash), none);
                }
            }
            if !same_pages {
                let _ = save_pages(&self.dir.join(PAGES), &self.pages_key, &pages);
            }
        })
    }
}

/// Writes the pages through a temporary file, so that the file is never half written: the key, then each
/// page's path, input, content hash and bytes.
fn save_pages(path: &Path, key: &str, pages: &[(String, Input, Bytes)]) -> std::io::Result<()> {
    let dir = path.parent().expect("pages in a folder");
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(".{PAGES}.{}.tmp", std::process::id()));
    drop_abandoned(dir);
    let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
    let result = (|| {
        w.write_all(MAGIC)?;
        w.write_all(key.as_bytes())?;
        w.write_all(b"\n")?;
        w.write_all(&(pages.len() as u64).to_le_bytes())?;
        for (rel, input, bytes) in pages {
            w.write_all(&(rel.len() as u64).to_le_bytes())?;
            w.write_all(rel.as_bytes())?;
            w.write_all(input)?;
            w.write_all(blake3::hash(bytes).as_bytes())?;
            w.write_all(&(bytes.len() as u64).to_le_bytes())?;
            w.write_all(bytes)?;
        }
        w.flush()?;
        drop(w);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Removes the temporary pages files of previews stopped while saving (Ctrl+C): each weighs as much as the pages.
/// One written to within the last minute may be another preview's, still saving.
fn drop_abandoned(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{PAGES}.");
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let idle = e.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        if name.starts_with(&prefix) && name.ends_with(".tmp") && idle.is_some_and(|d| d.as_secs() > 60) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Reads the pages saved under `key`; `None` when the file is missing, another key's, or any page in it does
/// not match its hash.
fn load_pages(path: &Path, key: &str) -> Option<Pages> {
    use rayon::prelude::*;
    let all = Bytes::from(std::fs::read(path).ok()?);
    let mut r = Cursor { all: &all, at: 0 };
    if all.get(r.take(MAGIC.len())?)? != MAGIC || all.get(r.take(key.len() + 1)?)? != [key.as_bytes(), b"\n"].concat() {
        return None;
    }
    let count = r.number()?;
    let mut entries = Vec::with_capacity(count.min(all.len() / 64));
    for _ in 0..count {
        let n = r.number()?;
        let rel = std::str::from_utf8(&all[r.take(n)?]).ok()?.to_string();
        let input: Input = all[r.take(16)?].try_into().ok()?;
        let hash: [u8; 32] = all[r.take(32)?].try_into().ok()?;
        let n = r.number()?;
        entries.push((rel, input, hash, r.take(n)?));
    }
    // Every page is checked before any is used: a damaged file is not used at all.
    if r.at != all.len()
        || !entries.par_iter().all(|(_, _, hash, at)| blake3::hash(&all[at.clone()]).as_bytes() == hash)
    {
        return None;
    }
    let mut pages = Pages::default();
    for (rel, input, _, at) in entries {
        // Each page shares the file's one buffer: reading the pages back copies nothing.
        pages.bytes.insert(rel.clone(), all.slice(at));
        pages.inputs.insert(rel, input);
    }
    Some(pages)
}

/// Reads through the pages file; every read checks the bytes left, so a short file reads as `None`.
struct Cursor<'a> {
    all: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> Option<std::ops::Range<usize>> {
        let end = self.at.checked_add(n).filter(|&end| end <= self.all.len())?;
        let range = self.at..end;
        self.at = end;
        Some(range)
    }
    fn number(&mut self) -> Option<usize> {
        let at = self.take(8)?;
        usize::try_from(u64::from_le_bytes(self.all[at].try_into().ok()?)).ok()
    }
}
