//! The build record (`CACHE/build/record`): what the last successful build read and wrote, so that a build in
//! which nothing changed does nothing at all.
//!
//! A full build stamps every file and folder under the site folder (size and modification time; the output,
//! the cache and `.git` left out) *before* it reads anything, so an edit made while it runs is seen by the
//! next build. After its commit it stamps every file and folder of the output and saves both lists with a
//! key (program, options, today's date, message language) and its warnings. The next build compares first: if
//! every stamp and the key are the same, the output is exactly what a full build would write again, and the
//! build stops there.
//!
//! Racy timestamps: a file whose modification time is within `RACY` of the moment it was stamped may be
//! changed again without its time moving (coarse clocks, file systems with 1–2 s precision). Such a file is
//! recorded with a hash of its content, compared on the next build; such a folder (and a folder holding the
//! output or the cache, whose own time moves with every build) is compared by the names it holds. Output files
//! are vitrina's own and are compared by size and time only.
//!
//! Any doubt — no record, a damaged one (it carries a checksum), another program or options, a stamp that
//! differs, a file added or removed anywhere — means a full build, which repairs the output and writes a new
//! record. The record is written to a temporary file and renamed, so it is never half written.

use anyhow::{Context as _, Result};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

const FILE: &str = "record";
const MAGIC: &str = "vitrina build record 1";
/// How close to its stamping a modification time must be for the stamp not to be trusted alone.
const RACY: Duration = Duration::from_secs(2);

/// Which tree an entry belongs to.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
enum Side {
    Site,
    Output,
}

/// How an entry is compared beyond its stamp.
#[derive(Clone, PartialEq, Eq, Debug)]
enum Check {
    /// Size and modification time are enough.
    Stamp,
    /// A racy file: its content hash too.
    Hash([u8; 32]),
    /// A folder compared by the names it holds (racy, or it holds the output or the cache).
    List,
}

#[derive(Clone, PartialEq, Eq, Debug)]
struct Entry {
    side: Side,
    dir: bool,
    len: u64,
    mtime_ns: u128,
    check: Check,
    /// `/`-separated path inside its tree; empty for the tree's own folder.
    rel: String,
}

/// The places a build reads and writes, made absolute and canonical so they can be compared.
pub(crate) struct Places {
    site: PathBuf,
    output: PathBuf,
    cache: PathBuf,
    /// Paths inside the site that are not the site's sources (the output, its lock and staging siblings, the
    /// cache, `.git`), as `/`-separated relative paths, plus the output's sibling prefix.
    skip: HashSet<String>,
    sibling: Option<(String, String)>,
    /// Where the record is kept (`CACHE/build/record`; `vitrina serve` keeps its own, `in_file`).
    record: PathBuf,
}

impl Places {
    pub(crate) fn new(site: &Path, output: &Path, cache: &Path) -> Result<Places> {
        let site =
            std::fs::canonicalize(site).with_context(|| crate::msg!("site-cannot-resolve", path = site.display()))?;
        let output = absolute(output)?;
        let cache = absolute(cache)?;
        let mut skip = HashSet::from([".git".to_string()]);
        let mut sibling = None;
        for p in [&output, &cache] {
            if let Ok(rel) = p.strip_prefix(&site) {
                skip.insert(rel_string(rel));
            }
        }
        if let (Some(parent), Some(name)) = (output.parent(), output.file_name()) {
            if let Ok(rel) = parent.strip_prefix(&site) {
                sibling = Some((rel_string(rel), format!(".{}.vitrina-", name.to_string_lossy())));
            }
        }
        let record = super::build(&cache).join(FILE);
        Ok(Places { site, output, cache, skip, sibling, record })
    }

    /// The same places with the record kept in `file` instead: `vitrina serve` records what its own start
    /// read, beside (never over) the record of `vitrina build`.
    pub(crate) fn in_file(self, file: PathBuf) -> Places {
        Places { record: file, ..self }
    }

    /// The record of a build of this site into this output with this cache.
    fn file(&self) -> PathBuf {
        self.record.clone()
    }

    /// `name` in the site folder `dir` (relative) is not a source.
    fn skipped(&self, dir: &str, name: &str) -> bool {
        let rel = join(dir, name);
        self.skip.contains(&rel)
            || self.sibling.as_ref().is_some_and(|(d, prefix)| d == dir && name.starts_with(prefix))
    }

    fn base(&self, side: Side) -> &Path {
        match side {
            Side::Site => &self.site,
            Side::Output => &self.output,
        }
    }

    /// A folder that holds something skipped changes its time with every build: compare it by its names.
    fn holds_skipped(&self, dir: &str) -> bool {
        self.skip.iter().any(|s| parent_of(s) == dir) || self.sibling.as_ref().is_some_and(|(d, _)| d == dir)
    }
}

/// `p` made absolute, with its folder canonical (the folder itself may not exist yet).
fn absolute(p: &Path) -> Result<PathBuf> {
    let p = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir()?.join(p) };
    if let Ok(c) = std::fs::canonicalize(&p) {
        return Ok(c);
    }
    match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) => Ok(absolute(parent)?.join(name)),
        _ => Ok(p),
    }
}

fn rel_string(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

fn join(dir: &str, name: &str) -> String {
    if dir.is_empty() {
        name.to_string()
    } else {
        format!("{dir}/{name}")
    }
}

fn parent_of(rel: &str) -> &str {
    rel.rsplit_once('/').map(|(p, _)| p).unwrap_or("")
}

fn nanos(t: SystemTime) -> u128 {
    t.duration_since(UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
}

/// The site's sources as a full build found them before reading them. `None` inside when the site cannot be
/// recorded (the reason, for `--timings`).
pub(crate) struct Inputs(std::result::Result<Vec<Entry>, String>);

impl Inputs {
    /// Stamps the site folder now, before the build reads it.
    pub(crate) fn stamp(places: &Places) -> Inputs {
        Inputs(stamp_tree(places, Side::Site))
    }
}

/// Every file and folder of one tree, stamped; racy files hashed, racy folders marked for listing.
fn stamp_tree(places: &Places, side: Side) -> std::result::Result<Vec<Entry>, String> {
    let base = places.base(side);
    let now = nanos(SystemTime::now());
    let mut entries = Vec::new();
    let walk = walkdir::WalkDir::new(base).follow_links(false).into_iter().filter_entry(|e| {
        side == Side::Output || e.depth() == 0 || {
            let rel = rel_string(e.path().strip_prefix(base).unwrap_or(e.path()));
            !places.skipped(parent_of(&rel), e.file_name().to_string_lossy().as_ref())
        }
    });
    for e in walk {
        let e = e.map_err(|e| e.to_string())?;
        let rel = rel_string(e.path().strip_prefix(base).unwrap_or(e.path()));
        // A link's target can change without the link changing: such a site is always built in full.
        if e.path_is_symlink() {
            return Err(crate::msg!("record-skip-symlink", path = e.path().display()));
        }
        let meta = e.metadata().map_err(|e| e.to_string())?;
        entries.push(entry_of(places, side, rel, e.path(), &meta, now)?);
    }
    Ok(entries)
}

/// The stamp of one file or folder (`meta`, not a link) at `rel` in the tree `side`; `now` says what is racy.
fn entry_of(
    places: &Places,
    side: Side,
    rel: String,
    path: &Path,
    meta: &std::fs::Metadata,
    now: u128,
) -> std::result::Result<Entry, String> {
    let racy = |mtime: u128| mtime + RACY.as_nanos() >= now;
    if rel.contains(['\n', '\r']) || path.file_name().is_some_and(|n| n.to_str().is_none()) {
        return Err(crate::msg!("record-skip-name", path = path.display()));
    }
    let mtime_ns = nanos(meta.modified().map_err(|e| e.to_string())?);
    let dir = meta.is_dir();
    let check = if dir {
        if racy(mtime_ns) || (side == Side::Site && places.holds_skipped(&rel)) {
            Check::List
        } else {
            Check::Stamp
        }
    } else if side == Side::Site {
        let in_templates = rel.starts_with("templates/");
        if racy(mtime_ns) || in_templates {
            let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
            // `get_env()` makes a page depend on the environment, which no stamp covers.
            if in_templates && bytes.windows(8).any(|w| w == b"get_env(") {
                return Err(crate::msg!("record-skip-get-env", path = rel));
            }
            if racy(mtime_ns) {
                Check::Hash(*blake3::hash(&bytes).as_bytes())
            } else {
                Check::Stamp
            }
        } else {
            Check::Stamp
        }
    } else {
        Check::Stamp
    };
    Ok(Entry { side, dir, len: if dir { 0 } else { meta.len() }, mtime_ns, check, rel })
}

/// What a build that changed nothing reports, from the record.
pub(crate) struct Kept {
    pub(crate) pages: usize,
    pub(crate) files: usize,
    pub(crate) warnings: Vec<String>,
    /// Files and folders compared.
    pub(crate) checked: usize,
    /// The hash of the catalog the record names (`super::products`), when one was saved.
    pub(crate) products: Option<String>,
}

/// What the comparison with the record found.
pub(crate) enum Verdict {
    /// Nothing changed: the output is what a full build would write again.
    Unchanged(Kept),
    /// Only product files changed (edited, added, renamed or removed), and the output is as the last build
    /// left it: the build can start from the saved catalog (`super::products`) and render what they touch.
    Products(Changed),
    /// Anything else: a full build, and why (for `--timings`).
    Full(String),
}

/// Product files changed since the last build.
pub(crate) struct Changed {
    /// The changed products' ids (file stems without the language), in file order.
    pub(crate) slugs: Vec<String>,
    /// The saved catalog the record names (`super::products::load`).
    pub(crate) products: String,
    /// The changed paths, for `--timings`.
    pub(crate) files: usize,
    record: Record,
    /// Site paths to stamp again: the changed and added files and the `products` folder.
    restamp: Vec<String>,
}

impl Changed {
    /// The changed product files' names (in `products/`), added, changed or removed.
    pub(crate) fn names(&self) -> Vec<String> {
        self.restamp.iter().filter_map(|r| r.strip_prefix("products/")).map(str::to_string).collect()
    }

    /// The site's sources now: the record's stamps, with the changed files stamped again. Called before the
    /// changed files are read, like `Inputs::stamp`.
    pub(crate) fn inputs(&self, places: &Places) -> Inputs {
        Inputs(self.restamped(places, Side::Site, self.restamp.iter().map(String::as_str).collect()))
    }

    /// The output after a commit that changed only `touched` (`output::Committed`): the record's stamps, with
    /// those files and the folders above them stamped again, so the build need not stamp every output file.
    pub(crate) fn output(&self, places: &Places, touched: &[String]) -> Outputs {
        let mut again: HashSet<&str> = HashSet::new();
        for rel in touched {
            let mut at = rel.as_str();
            again.insert(at);
            while !at.is_empty() {
                at = parent_of(at);
                again.insert(at);
            }
        }
        Outputs(self.restamped(places, Side::Output, again))
    }

    /// The record's entries of one tree, with the paths `again` stamped anew (those now gone left out).
    fn restamped(&self, places: &Places, side: Side, again: HashSet<&str>) -> std::result::Result<Vec<Entry>, String> {
        let now = nanos(SystemTime::now());
        let kept = self.record.entries.iter().filter(|e| e.side == side && !again.contains(e.rel.as_str()));
        let mut entries: Vec<Entry> = kept.cloned().collect();
        for rel in again {
            let path = if rel.is_empty() { places.base(side).to_path_buf() } else { places.base(side).join(rel) };
            match std::fs::symlink_metadata(&path) {
                // A link's target can change without the link changing (`stamp_tree`).
                Ok(meta) if side == Side::Site && meta.file_type().is_symlink() => {
                    return Err(crate::msg!("record-skip-symlink", path = path.display()))
                }
                Ok(meta) => entries.push(entry_of(places, side, rel.to_string(), &path, &meta, now)?),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e.to_string()),
            }
        }
        Ok(entries)
    }
}

impl Changed {
    /// No file can have been added where the output files `staged` are about to go: each one's nearest folder
    /// that the record stamped is as it was then (`same`: its time, since adding a file to a folder changes
    /// it, or for a folder stamped within the racy window the names it holds), and the folders between, which
    /// the record did not know, do not exist yet. Lets the commit skip walking the whole output for foreign
    /// files. The folders an edit build writes into (`feeds/`, the output's own) were written just before the
    /// last build stamped them, so they are listed, not given up on: giving up meant walking every folder.
    pub(crate) fn untouched(&self, places: &Places, staged: &[String]) -> bool {
        let dirs: HashMap<&str, &Entry> = self
            .record
            .entries
            .iter()
            .filter(|e| e.side == Side::Output && e.dir)
            .map(|e| (e.rel.as_str(), e))
            .collect();
        let listed = self.record.listings();
        let mut seen: HashSet<&str> = HashSet::new();
        for rel in staged {
            let mut at = rel.as_str();
            while !at.is_empty() {
                at = parent_of(at);
                if !seen.insert(at) {
                    break;
                }
                if let Some(e) = dirs.get(at) {
                    if !same(places, e, &listed) {
                        return false;
                    }
                    break;
                }
                let path = if at.is_empty() { places.output.clone() } else { places.output.join(at) };
                match std::fs::symlink_metadata(&path) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    _ => return false,
                }
            }
        }
        true
    }
}

/// The output's stamps after a commit, when known without stamping the whole output (`Changed::output`).
pub(crate) struct Outputs(std::result::Result<Vec<Entry>, String>);

impl Outputs {
    /// No output at all: `vitrina serve` renders into memory, so its record holds the site's stamps only.
    pub(crate) fn none() -> Outputs {
        Outputs(Ok(Vec::new()))
    }
}

/// Compares the site and the output with the record.
pub(crate) fn compare(places: &Places, key: &str) -> Verdict {
    let text = match std::fs::read_to_string(places.file()) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Verdict::Full(crate::msg!("record-why-none")),
        Err(_) => return Verdict::Full(crate::msg!("record-why-damaged")),
    };
    let Some(record) = Record::parse(&text) else { return Verdict::Full(crate::msg!("record-why-damaged")) };
    if record.key != key {
        return Verdict::Full(crate::msg!("record-why-key"));
    }
    let listed = record.listings();
    let changed: Vec<&Entry> = record.entries.par_iter().filter(|e| !same(places, e, &listed)).collect();
    let why = |e: &Entry| {
        let path = places.base(e.side).join(&e.rel);
        match e.side {
            Side::Site => crate::msg!("record-why-changed", path = path.display()),
            Side::Output => crate::msg!("record-why-output", path = path.display()),
        }
    };
    let Some(first) = changed.first() else {
        return Verdict::Unchanged(Kept {
            pages: record.pages,
            files: record.files,
            warnings: record.warnings,
            checked: record.entries.len(),
            products: record.products,
        });
    };
    match products_only(places, &record, &changed) {
        Some((slugs, restamp)) => match record.products.clone() {
            Some(products) => {
                let files = restamp.len();
                Verdict::Products(Changed { slugs, products, files, record, restamp })
            }
            None => Verdict::Full(why(first)),
        },
        None => Verdict::Full(why(first)),
    }
}

/// When every change is a product file (`products/NAME.md` or `products/NAME.LANG.md`, changed, removed or
/// added), the changed products' ids and the paths to stamp again; `None` for any other change.
fn products_only(places: &Places, record: &Record, changed: &[&Entry]) -> Option<(Vec<String>, Vec<String>)> {
    let product_file = |rel: &str| -> Option<String> {
        let name = rel.strip_prefix("products/")?;
        // Hidden files are not products (`documents::discover`); a full build judges them.
        let stem = name.strip_suffix(".md").filter(|s| !s.is_empty() && !s.contains('/') && !s.starts_with('.'))?;
        Some(stem.split('.').next().unwrap_or_default().to_string())
    };
    let mut restamp: Vec<String> = Vec::new();
    let mut folder = false;
    for e in changed {
        match (e.side, e.dir, e.rel.as_str()) {
            (Side::Site, true, "products") => folder = true,
            (Side::Site, false, rel) if product_file(rel).is_some() => restamp.push(rel.to_string()),
            _ => return None,
        }
    }
    // The folder changed: files were added, removed or renamed. Those it holds that the record does not are new.
    if folder {
        let known: HashSet<&str> = record
            .entries
            .iter()
            .filter(|e| e.side == Side::Site)
            .filter_map(|e| e.rel.strip_prefix("products/"))
            .collect();
        for entry in std::fs::read_dir(places.site.join("products")).ok()? {
            let entry = entry.ok()?;
            let name = entry.file_name().into_string().ok()?;
            if known.contains(name.as_str()) || places.skipped("products", &name) {
                continue;
            }
            let rel = format!("products/{name}");
            // A new folder or other file next to the products: let a full build judge it.
            if !entry.file_type().ok()?.is_file() || product_file(&rel).is_none() {
                return None;
            }
            restamp.push(rel);
        }
        restamp.push("products".to_string());
    }
    let mut slugs: Vec<String> = restamp.iter().filter_map(|r| product_file(r)).collect();
    slugs.sort();
    slugs.dedup();
    Some((slugs, restamp))
}

/// The entry is as recorded.
fn same(places: &Places, e: &Entry, listed: &HashMap<(Side, &str), HashSet<&str>>) -> bool {
    let path = places.base(e.side).join(&e.rel);
    let Ok(meta) = std::fs::symlink_metadata(&path) else { return false };
    if meta.is_dir() != e.dir || meta.file_type().is_symlink() {
        return false;
    }
    let mtime = meta.modified().map(nanos).unwrap_or(0);
    match &e.check {
        Check::List => {
            let Some(expected) = listed.get(&(e.side, e.rel.as_str())) else { return false };
            let Ok(entries) = std::fs::read_dir(&path) else { return false };
            let mut count = 0;
            for entry in entries {
                let Ok(entry) = entry else { return false };
                let name = entry.file_name();
                let Some(name) = name.to_str() else { return false };
                if e.side == Side::Site && places.skipped(&e.rel, name) {
                    continue;
                }
                if !expected.contains(name) {
                    return false;
                }
                count += 1;
            }
            count == expected.len()
        }
        _ if meta.len() != e.len && !e.dir || mtime != e.mtime_ns => false,
        Check::Stamp => true,
        Check::Hash(h) => std::fs::read(&path).is_ok_and(|b| blake3::hash(&b).as_bytes() == h),
    }
}

/// A parsed record.
struct Record {
    key: String,
    pages: usize,
    files: usize,
    warnings: Vec<String>,
    /// The hash of the catalog saved with this build (`super::products`), when it was saved.
    products: Option<String>,
    entries: Vec<Entry>,
}

impl Record {
    /// The names each listed folder held, from the entries below it.
    fn listings(&self) -> HashMap<(Side, &str), HashSet<&str>> {
        let mut listed: HashMap<(Side, &str), HashSet<&str>> = self
            .entries
            .iter()
            .filter(|e| e.check == Check::List)
            .map(|e| ((e.side, e.rel.as_str()), HashSet::new()))
            .collect();
        for e in self.entries.iter().filter(|e| !e.rel.is_empty()) {
            let (parent, name) = e.rel.rsplit_once('/').unwrap_or(("", e.rel.as_str()));
            if let Some(names) = listed.get_mut(&(e.side, parent)) {
                names.insert(name);
            }
        }
        listed
    }

    fn parse(text: &str) -> Option<Record> {
        let mut lines = text.splitn(3, '\n');
        if lines.next()? != MAGIC {
            return None;
        }
        let sum = lines.next()?.strip_prefix("sum ")?;
        let body = lines.next()?;
        if blake3::hash(body.as_bytes()).to_hex().as_str() != sum {
            return None;
        }
        let mut r = Record {
            key: String::new(),
            pages: 0,
            files: 0,
            warnings: Vec::new(),
            products: None,
            entries: Vec::new(),
        };
        for line in body.lines() {
            let (tag, rest) = line.split_once(' ')?;
            match tag {
                "key" => r.key = rest.to_string(),
                "pages" => r.pages = rest.parse().ok()?,
                "files" => r.files = rest.parse().ok()?,
                "warning" => r.warnings.push(unescape(rest)),
                "products" => r.products = Some(rest.to_string()),
                "i" | "o" => {
                    let mut parts = rest.splitn(5, ' ');
                    let kind = parts.next()?;
                    let len = parts.next()?.parse().ok()?;
                    let mtime_ns = parts.next()?.parse().ok()?;
                    let check = match parts.next()? {
                        "-" => Check::Stamp,
                        "L" => Check::List,
                        hex => Check::Hash(crate::output::parse_hex(hex)?),
                    };
                    let rel = parts.next()?.to_string();
                    let side = if tag == "i" { Side::Site } else { Side::Output };
                    let dir = match kind {
                        "d" => true,
                        "f" => false,
                        _ => return None,
                    };
                    r.entries.push(Entry { side, dir, len, mtime_ns, check, rel });
                }
                _ => return None,
            }
        }
        Some(r)
    }

    fn text(&self) -> String {
        let mut body = String::with_capacity(self.entries.len() * 80);
        body.push_str(&format!("key {}\npages {}\nfiles {}\n", self.key, self.pages, self.files));
        for w in &self.warnings {
            body.push_str(&format!("warning {}\n", escape(w)));
        }
        if let Some(hash) = &self.products {
            body.push_str(&format!("products {hash}\n"));
        }
        for e in &self.entries {
            let tag = if e.side == Side::Site { "i" } else { "o" };
            let kind = if e.dir { "d" } else { "f" };
            let _ = write!(body, "{tag} {kind} {} {} ", e.len, e.mtime_ns);
            match &e.check {
                Check::Stamp => body.push('-'),
                Check::List => body.push('L'),
                Check::Hash(h) => crate::output::push_hex(&mut body, h),
            }
            body.push(' ');
            body.push_str(&e.rel);
            body.push('\n');
        }
        format!("{MAGIC}\nsum {}\n{body}", blake3::hash(body.as_bytes()).to_hex())
    }
}

/// Warnings may span lines; the record holds one per line.
fn escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

/// Removes the record: from here on the output may change, and a failed build must not leave a record that
/// describes the output before it.
pub(crate) fn forget(places: &Places) {
    let _ = std::fs::remove_file(places.file());
}

/// Saves the record of a successful build: the sources as `inputs` stamped them, the output as it is now.
/// Returns why nothing was saved, for `--timings` (never an error: the next build is then a full one).
#[allow(clippy::too_many_arguments)]
pub(crate) fn save(
    places: &Places,
    key: &str,
    inputs: Inputs,
    pages: usize,
    files: usize,
    warnings: &[String],
    products: Option<String>,
    output: Option<Outputs>,
) -> Option<String> {
    let result = (|| -> std::result::Result<(), String> {
        let mut entries = inputs.0?;
        entries.extend(match output {
            Some(Outputs(output)) => output?,
            None => stamp_tree(places, Side::Output)?,
        });
        let record = Record { key: key.to_string(), pages, files, warnings: warnings.to_vec(), products, entries };
        let path = places.file();
        let dir = path.parent().expect("record in a folder");
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let tmp = dir.join(format!(".{FILE}.{}.tmp", std::process::id()));
        std::fs::write(&tmp, record.text()).map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            e.to_string()
        })
    })();
    result.err()
}

/// What, besides the files, decides the output: the program (its version, and the executable's size and time,
/// since a rebuilt binary keeps its version), the options, today's date (rates' staleness, dates on pages) and
/// the language of messages (the warnings are kept as text).
pub(crate) fn key(places: &Places, base_url: Option<&str>, today: chrono::NaiveDate) -> String {
    let exe = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok());
    let stamp = exe.map(|m| format!("{} {:?}", m.len(), m.modified().ok())).unwrap_or_default();
    let parts = [
        env!("CARGO_PKG_VERSION").to_string(),
        stamp,
        places.site.to_string_lossy().into_owned(),
        places.output.to_string_lossy().into_owned(),
        places.cache.to_string_lossy().into_owned(),
        format!("{base_url:?}"),
        today.to_string(),
        crate::messages::lang().code().to_string(),
    ];
    blake3::hash(parts.join("\0").as_bytes()).to_hex().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written_and_a_damaged_one_does_not() {
        let record = Record {
            key: "k".into(),
            pages: 3,
            files: 5,
            warnings: vec!["two\nlines \\ and a backslash".into()],
            products: Some("abc".into()),
            entries: vec![
                Entry { side: Side::Site, dir: true, len: 0, mtime_ns: 1, check: Check::List, rel: String::new() },
                Entry {
                    side: Side::Site,
                    dir: false,
                    len: 9,
                    mtime_ns: 2,
                    check: Check::Hash([7; 32]),
                    rel: "products/a b.md".into(),
                },
                Entry { side: Side::Output, dir: false, len: 4, mtime_ns: 3, check: Check::Stamp, rel: "x".into() },
            ],
        };
        let text = record.text();
        let back = Record::parse(&text).expect("parses");
        assert_eq!((back.key.as_str(), back.pages, back.files), ("k", 3, 5));
        assert_eq!(back.warnings, record.warnings);
        assert_eq!(back.products, record.products);
        assert_eq!(back.entries, record.entries);
        // Any change to the body breaks the checksum; a truncated record is refused.
        assert!(Record::parse(&text.replace("a b.md", "a c.md")).is_none());
        assert!(Record::parse(&text[..text.len() - 3]).is_none());
        assert!(Record::parse("garbage").is_none());
    }
}
