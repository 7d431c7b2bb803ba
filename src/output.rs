//! Writing the output folder safely.
//!
//! Nothing in the output changes until the whole site has rendered. A first build writes into a hidden sibling
//! folder and renames it into place. Later builds compare every file with the manifest of the previous build
//! (size and hash) and stage only the files that changed; when everything succeeded, a journaled commit
//! (`journal`) moves those into place and removes files no longer produced, so a build that fails, or is
//! killed at any moment, leaves the old site or the new one, and a rebuild that changes nothing writes
//! nothing. For pages the manifest also keeps a hash of what they were rendered from; a page whose inputs did
//! not change is not rendered at all (`Sink::write_rendered`). The manifest also records what vitrina wrote: a
//! folder holding anything else is refused, so a user's file is never deleted. Every path written, moved or
//! deleted passes `path::check` (and `path::resolve` on disk), one build at a time holds the output's `lock`.

mod journal;
mod lock;
pub mod path;
mod splice;

use anyhow::{bail, Context, Result};
use journal::{Journal, Steps};
use lock::Lock;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub const MANIFEST: &str = ".vitrina-manifest";
const MANIFEST_HEADER: &str =
    "# Files written by vitrina (path, size, hash, and for pages a hash of what they were rendered from). Do not add your own files to this folder: the next build replaces it.";

/// Where rendered files go: the staging folder of `vitrina build`, or memory for `vitrina serve`.
pub trait Sink: Sync {
    /// Stores `bytes` at `rel`, a `/`-separated path inside the site.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;
    /// `write` of bytes the caller is done with: a sink that keeps files in memory takes them without a copy
    /// (the feeds of a big catalog weigh megabytes).
    fn write_owned(&self, rel: &str, bytes: Vec<u8>) -> Result<()> {
        self.write(rel, &bytes)
    }
    /// Publishes a file as is (a static file).
    fn copy(&self, rel: &str, from: &Path) -> Result<()>;
    /// Publishes a cache entry (a processed image; its name already identifies its content).
    fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()>;
    fn contains(&self, rel: &str) -> bool;
    /// Stores a rendered page. `input` identifies everything the page is made from (the templates and the
    /// page's whole context); a sink that remembers the previous build may keep that build's file instead of
    /// calling `render`. Returns whether `render` ran.
    fn write_rendered(
        &self,
        rel: &str,
        _input: Input,
        render: Box<dyn FnOnce() -> Result<String> + '_>,
    ) -> Result<bool> {
        self.write_owned(rel, render()?.into_bytes())?;
        Ok(true)
    }
    /// The manifest hash and length of the previous build's `rel`, when it is still in the output at that
    /// length: the file that `Part::Kept` copies from. `None` for a sink without a previous build.
    fn previous(&self, _rel: &str) -> Option<([u8; 16], u64)> {
        None
    }
    /// Stores the file made of `parts`, in order; returns its manifest hash when the sink keeps one.
    fn write_parts(&self, rel: &str, parts: Vec<Part>) -> Result<Option<[u8; 16]>> {
        let mut bytes = Vec::with_capacity(parts.iter().map(Part::len).sum::<u64>() as usize);
        for part in parts {
            match part {
                Part::New(b) if bytes.is_empty() => bytes = b,
                Part::New(b) => bytes.extend_from_slice(&b),
                // Only a sink with a previous build says which file to copy from (`previous`).
                Part::Kept { .. } => bail!(crate::msg!("output-no-previous", file = rel)),
            }
        }
        self.write_owned(rel, bytes)?;
        Ok(None)
    }
}

/// A piece of a file made from the previous build's file of the same name (`render::splice`).
pub enum Part {
    /// Bytes made in this build.
    New(Vec<u8>),
    /// Bytes `start..end` of the previous build's file.
    Kept { start: u64, end: u64 },
}

impl Part {
    fn len(&self) -> u64 {
        match self {
            Part::New(b) => b.len() as u64,
            Part::Kept { start, end } => end - start,
        }
    }
}

/// A hash of what a page is rendered from, recorded in the manifest beside the file's own hash.
pub type Input = [u8; 16];

/// `N` bytes from `2 * N` hex digits (the manifest's hashes; the build record's).
pub(crate) fn parse_hex<const N: usize>(hex: &str) -> Option<[u8; N]> {
    let mut out = [0u8; N];
    if hex.len() != 2 * N {
        return None;
    }
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

/// Appends `bytes` in lowercase hex: the manifest holds two hashes per file of tens of thousands, and a
/// `format!` per byte was a visible part of an edit build.
pub(crate) fn push_hex(s: &mut String, bytes: &[u8]) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
}

/// Size and content hash of an output file, as recorded in the manifest.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Stamp {
    len: u64,
    hash: [u8; 16],
}

impl Stamp {
    fn of(bytes: &[u8]) -> Stamp {
        Stamp::with_len(bytes.len() as u64, bytes)
    }
    fn with_len(len: u64, identity: &[u8]) -> Stamp {
        let h = blake3::hash(identity);
        let mut hash = [0u8; 16];
        hash.copy_from_slice(&h.as_bytes()[..16]);
        Stamp { len, hash }
    }
    fn parse(len: &str, hex: &str) -> Option<Stamp> {
        Some(Stamp { len: len.parse().ok()?, hash: parse_hex(hex)? })
    }
}

/// An output folder, locked for this build. Opening it finishes a commit a killed build left half done.
pub struct Output {
    dir: PathBuf,
    staging: PathBuf,
    _lock: Lock,
    /// What opening found and ignored (entries of a tampered journal).
    pub warnings: Vec<String>,
}

impl Output {
    /// The output folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Takes the output's lock (waiting while another build holds it), rolls an interrupted commit forward,
    /// and removes the staging folder of a build that was stopped before its commit.
    pub fn open(dir: &Path) -> Result<Output> {
        let lock = Lock::acquire(dir)?;
        let staging = sibling(dir, "vitrina-tmp")?;
        let mut warnings = Vec::new();
        match Journal::find(&staging, &mut warnings)? {
            Some(journal) => journal
                .apply(&staging, dir, &mut Steps::none())
                .with_context(|| crate::msg!("output-cannot-finish", path = dir.display()))?,
            None => remove_leftover(&staging)?,
        }
        Ok(Output { dir: dir.to_path_buf(), staging, _lock: lock, warnings })
    }
}

/// Removes what an interrupted build left at `path` (the name is ours alone).
fn remove_leftover(path: &Path) -> Result<()> {
    let removed = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Ok(meta) if meta.is_dir() => std::fs::remove_dir_all(path),
        _ => std::fs::remove_file(path),
    };
    removed.with_context(|| crate::msg!("output-cannot-remove-leftover", path = path.display()))
}

pub struct Staging<'a> {
    out: &'a Output,
    /// The previous build's files, when updating an existing output in place.
    previous: Option<Owned>,
    written: Mutex<HashMap<String, Stamp>>,
    /// What each rendered page of this build was made from.
    inputs: Mutex<HashMap<String, Input>>,
    /// Files staged (changed or new) when updating.
    staged: Mutex<Vec<String>>,
    /// Folders of the staging folder this build made (or found to be real folders): files go straight into
    /// them, without looking at every folder on their path again.
    folders: Mutex<HashSet<String>>,
    /// Set once the staging folder is committed (or gone): it must then not be removed on drop.
    committed: bool,
    /// Manifest entries that were ignored; reported with the build's warnings.
    pub warnings: Vec<String>,
}

/// What a commit did.
pub struct Committed {
    /// The number of files in the site.
    pub files: usize,
    /// The files moved into place or removed (and the manifest), when the output was updated in place; `None`
    /// when it was made anew.
    pub touched: Option<Vec<String>>,
}

/// A file of the previous build, as its manifest recorded it.
#[derive(Clone, Copy, Default)]
struct Previous {
    stamp: Option<Stamp>,
    input: Option<Input>,
}

/// What the previous build's manifest says the output holds.
struct Owned {
    files: HashMap<String, Previous>,
    /// The manifest as written, to tell whether this build changes it at all.
    text: String,
}

fn sibling(out: &Path, suffix: &str) -> Result<PathBuf> {
    let name = out.file_name().with_context(|| crate::msg!("output-unusable", path = out.display()))?.to_string_lossy();
    Ok(out.with_file_name(format!(".{name}.{suffix}")))
}

impl Sink for Staging<'_> {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        self.put(rel, Stamp::of(bytes), |path| std::fs::write(path, bytes))
    }
    fn copy(&self, rel: &str, from: &Path) -> Result<()> {
        let bytes = std::fs::read(from).with_context(|| crate::msg!("io-cannot-read", path = from.display()))?;
        self.put(rel, Stamp::of(&bytes), |path| std::fs::write(path, &bytes))
    }
    fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()> {
        let len = std::fs::metadata(from).with_context(|| crate::msg!("io-cannot-read", path = from.display()))?.len();
        let stamp = Stamp::with_len(len, from.to_string_lossy().as_bytes());
        self.put(rel, stamp, |path| std::fs::hard_link(from, path).or_else(|_| std::fs::copy(from, path).map(|_| ())))
    }
    fn contains(&self, rel: &str) -> bool {
        self.written.lock().expect("manifest lock").contains_key(rel)
    }
    fn write_rendered(
        &self,
        rel: &str,
        input: Input,
        render: Box<dyn FnOnce() -> Result<String> + '_>,
    ) -> Result<bool> {
        // Same templates, same context: the page would come out byte for byte as last time, so the file in
        // the output (still the right size) is kept and the template is not run. This is what makes a
        // rebuild where little changed cheap.
        let kept = self.previous.as_ref().and_then(|prev| prev.files.get(rel)).and_then(|p| match (p.stamp, p.input) {
            (Some(stamp), Some(prev_input)) if prev_input == input => Some(stamp),
            _ => None,
        });
        let kept = kept.filter(|stamp| self.intact(rel, stamp));
        let rendered = match kept {
            Some(stamp) => {
                self.written.lock().expect("manifest lock").insert(rel.to_string(), stamp);
                false
            }
            None => {
                let html = render()?;
                self.write(rel, html.as_bytes())?;
                true
            }
        };
        self.inputs.lock().expect("inputs lock").insert(rel.to_string(), input);
        Ok(rendered)
    }
    fn previous(&self, rel: &str) -> Option<([u8; 16], u64)> {
        let stamp = self.previous.as_ref()?.files.get(rel)?.stamp?;
        self.intact(rel, &stamp).then_some((stamp.hash, stamp.len))
    }
    fn write_parts(&self, rel: &str, mut parts: Vec<Part>) -> Result<Option<[u8; 16]>> {
        if parts.iter().all(|p| matches!(p, Part::New(_))) {
            let bytes = match parts.len() {
                1 => match parts.pop() {
                    Some(Part::New(b)) => b,
                    _ => Vec::new(),
                },
                _ => parts.into_iter().flat_map(|p| if let Part::New(b) = p { b } else { Vec::new() }).collect(),
            };
            let stamp = Stamp::of(&bytes);
            self.put(rel, stamp, |path| std::fs::write(path, &bytes))?;
            return Ok(Some(stamp.hash));
        }
        path::check(rel)?;
        let from = self.out.dir.join(rel);
        let mut old =
            std::fs::File::open(&from).with_context(|| crate::msg!("io-cannot-read", path = from.display()))?;
        let prev = self.previous(rel).with_context(|| crate::msg!("output-no-previous", file = rel))?;
        // Made of the same bytes as before (only other languages' or files' pieces changed): kept as it is.
        if splice::same(&mut old, &parts, prev.1)
            .with_context(|| crate::msg!("io-cannot-read", path = from.display()))?
        {
            let stamp = Stamp { len: prev.1, hash: prev.0 };
            self.written.lock().expect("manifest lock").insert(rel.to_string(), stamp);
            return Ok(Some(stamp.hash));
        }
        let to = self.staged_path(rel)?;
        let stamp = splice::write(&mut old, &parts, &to)
            .with_context(|| crate::msg!("io-cannot-write", path = to.display()))?;
        self.staged.lock().expect("staged lock").push(rel.to_string());
        self.written.lock().expect("manifest lock").insert(rel.to_string(), stamp);
        Ok(Some(stamp.hash))
    }
}

impl<'a> Staging<'a> {
    pub fn begin(out: &'a Output) -> Result<Staging<'a>> {
        Staging::start(out, true)
    }

    /// Like `begin`, for a build whose record compared every file and folder of the output with the last
    /// build's just before: nothing foreign can be in it unnoticed, so it is not walked again here (`commit`
    /// still checks, for what appears while the build runs).
    pub(crate) fn begin_recorded(out: &'a Output) -> Result<Staging<'a>> {
        Staging::start(out, false)
    }

    fn start(out: &'a Output, walk: bool) -> Result<Staging<'a>> {
        let mut warnings = Vec::new();
        let previous = check_ownership(&out.dir, &mut warnings, walk)?;
        std::fs::create_dir_all(&out.staging)
            .with_context(|| crate::msg!("io-cannot-create", path = out.staging.display()))?;
        Ok(Staging {
            out,
            previous,
            written: Mutex::new(HashMap::new()),
            inputs: Mutex::new(HashMap::new()),
            staged: Mutex::new(Vec::new()),
            folders: Mutex::new(HashSet::new()),
            committed: false,
            warnings,
        })
    }

    /// Keeps the previous build's files that `keep` accepts as they are, unless this build writes them again:
    /// a build that renders only part of the site (`render::Scope::Products`) carries the rest over. The caller
    /// knows the output is as the previous build left it (the build record compared it).
    pub fn carry(&self, keep: impl Fn(&str) -> bool) {
        let Some(prev) = &self.previous else { return };
        let mut written = self.written.lock().expect("manifest lock");
        let mut inputs = self.inputs.lock().expect("inputs lock");
        for (rel, p) in prev.files.iter().filter(|(rel, _)| keep(rel)) {
            if let Some(stamp) = p.stamp {
                written.insert(rel.clone(), stamp);
                if let Some(input) = p.input {
                    inputs.insert(rel.clone(), input);
                }
            }
        }
    }

    /// The previous build's `rel` is still in the output at the size the manifest recorded.
    fn intact(&self, rel: &str, stamp: &Stamp) -> bool {
        std::fs::metadata(self.out.dir.join(rel)).is_ok_and(|m| m.is_file() && m.len() == stamp.len)
    }

    /// Records `rel`; writes it into the staging folder unless the output already holds exactly this file.
    fn put(&self, rel: &str, stamp: Stamp, write: impl FnOnce(&Path) -> std::io::Result<()>) -> Result<()> {
        path::check(rel)?;
        let unchanged =
            self.previous.as_ref().is_some_and(|prev| prev.files.get(rel).and_then(|p| p.stamp) == Some(stamp))
                && self.intact(rel, &stamp);
        if !unchanged {
            let path = self.staged_path(rel)?;
            write(&path).with_context(|| crate::msg!("io-cannot-write", path = path.display()))?;
            self.staged.lock().expect("staged lock").push(rel.to_string());
        }
        self.written.lock().expect("manifest lock").insert(rel.to_string(), stamp);
        Ok(())
    }

    /// Where `rel` goes in the staging folder, its folders made. The staging folder and every folder this build
    /// made in it are real folders (no links), so a file in one of them is written at once and a new folder in
    /// one of them is made at once; only a deeper new path is checked folder by folder (`path::resolve`). A
    /// site has tens of thousands of files, a folder each for most, and every check was a system call per folder.
    fn staged_path(&self, rel: &str) -> Result<PathBuf> {
        let folder = rel.rsplit_once('/').map_or("", |(folder, _)| folder);
        let above = folder.rsplit_once('/').map_or("", |(above, _)| above);
        let (known, known_above) = {
            let folders = self.folders.lock().expect("folders lock");
            (folder.is_empty() || folders.contains(folder), above.is_empty() || folders.contains(above))
        };
        if known {
            return Ok(self.out.staging.join(rel));
        }
        let path = if known_above { self.out.staging.join(rel) } else { path::resolve(&self.out.staging, rel)? };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| crate::msg!("io-cannot-create", path = parent.display()))?;
        }
        let mut folders = self.folders.lock().expect("folders lock");
        let mut made = folder;
        // The folder and the ones above it, up to the first one already known.
        while folders.insert(made.to_string()) {
            match made.rsplit_once('/') {
                Some((above, _)) => made = above,
                None => break,
            }
        }
        Ok(path)
    }

    fn manifest(&self) -> String {
        let written = self.written.lock().expect("manifest lock");
        let inputs = self.inputs.lock().expect("inputs lock");
        let mut files: Vec<(&String, &Stamp)> = written.iter().collect();
        files.sort_by(|a, b| a.0.cmp(b.0));
        let mut m = String::with_capacity(files.len() * 120);
        m.push_str(MANIFEST_HEADER);
        m.push('\n');
        for (rel, s) in files {
            let _ = write!(m, "{rel}\t{}\t", s.len);
            push_hex(&mut m, &s.hash);
            if let Some(input) = inputs.get(rel) {
                m.push('\t');
                push_hex(&mut m, input);
            }
            m.push('\n');
        }
        m
    }

    /// Puts the new site in place.
    pub fn commit(self) -> Result<Committed> {
        self.commit_checked(true)
    }

    /// The files this build changes or adds in the output, written so far (`commit_checked`).
    pub(crate) fn staged(&self) -> Vec<String> {
        self.staged.lock().expect("staged lock").clone()
    }

    /// `commit`, walking the output for files vitrina did not make only when `walk`: a caller that knows no
    /// folder the commit writes into changed since the build record stamped it (`record::Changed::untouched`)
    /// knows nothing was added where a file is about to be moved.
    pub(crate) fn commit_checked(mut self, walk: bool) -> Result<Committed> {
        // Re-check: a file may have been added to the output while we were building.
        if walk {
            check_ownership(&self.out.dir, &mut Vec::new(), true)?;
        }
        let manifest = self.manifest();
        let files = self.written.lock().expect("manifest lock").len();
        let mut steps = Steps::from_env();
        let touched = match self.previous.take() {
            None => {
                self.swap_in(&manifest, &mut steps)?;
                None
            }
            Some(previous) => Some(self.update_in_place(&previous, &manifest, &mut steps)?),
        };
        Ok(Committed { files, touched })
    }

    /// First build: the staging folder becomes the output, in one rename.
    fn swap_in(&mut self, manifest: &str, steps: &mut Steps) -> Result<()> {
        let (dir, staging) = (&self.out.dir, &self.out.staging);
        steps.next();
        std::fs::write(staging.join(MANIFEST), manifest)
            .with_context(|| crate::msg!("output-cannot-write-manifest"))?;
        if dir.exists() {
            // Only an empty folder gets here (check_ownership refuses anything else).
            steps.next();
            std::fs::remove_dir(dir)
                .with_context(|| crate::msg!("output-cannot-replace-empty", path = dir.display()))?;
        }
        steps.next();
        std::fs::rename(staging, dir).with_context(|| crate::msg!("output-cannot-move", path = dir.display()))?;
        self.committed = true;
        Ok(())
    }

    /// Later builds: a journaled update (see `journal`) of the changed files, the files no longer produced
    /// and the manifest. A build that changes nothing writes nothing.
    fn update_in_place(&mut self, previous: &Owned, manifest: &str, steps: &mut Steps) -> Result<Vec<String>> {
        let moves = std::mem::take(&mut *self.staged.lock().expect("staged lock"));
        let deletes: Vec<String> = {
            let written = self.written.lock().expect("manifest lock");
            previous.files.keys().filter(|rel| !written.contains_key(*rel)).cloned().collect()
        };
        let mut touched: Vec<String> = moves.iter().chain(&deletes).cloned().collect();
        touched.push(MANIFEST.to_string());
        let staging = &self.out.staging;
        if moves.is_empty() && deletes.is_empty() {
            // A single file changes at most: no journal needed, a rename is atomic.
            if manifest != previous.text {
                steps.next();
                std::fs::write(staging.join(MANIFEST), manifest)
                    .with_context(|| crate::msg!("output-cannot-write-manifest"))?;
                steps.next();
                std::fs::rename(staging.join(MANIFEST), self.out.dir.join(MANIFEST))
                    .with_context(|| crate::msg!("output-cannot-write-manifest"))?;
            }
            self.committed = true;
            steps.next();
            std::fs::remove_dir_all(staging)
                .with_context(|| crate::msg!("io-cannot-remove", path = staging.display()))?;
            return Ok(touched);
        }
        steps.next();
        std::fs::write(staging.join(MANIFEST), manifest)
            .with_context(|| crate::msg!("output-cannot-write-manifest"))?;
        let journal = Journal { moves, deletes };
        journal.commit(staging, steps)?;
        // From here on the staging folder is the new site's: if applying fails, the next build finishes it.
        self.committed = true;
        journal.apply(staging, &self.out.dir, steps)?;
        Ok(touched)
    }
}

impl Drop for Staging<'_> {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.out.staging);
        }
    }
}

/// Refuses an output folder that holds anything vitrina did not write. Returns the previous build's files
/// when the folder is a vitrina output, `None` when it is missing or empty. Manifest entries that are not
/// plain paths inside the folder are never trusted: they are left out and reported in `warnings`.
fn check_ownership(out: &Path, warnings: &mut Vec<String>, walk: bool) -> Result<Option<Owned>> {
    if !out.exists() {
        return Ok(None);
    }
    if !out.is_dir() {
        bail!(crate::msg!("output-is-a-file", path = out.display()));
    }
    let manifest_path = out.join(MANIFEST);
    let known: Option<Owned> = if manifest_path.is_file() {
        let text = std::fs::read_to_string(&manifest_path)
            .with_context(|| crate::msg!("io-cannot-read", path = manifest_path.display()))?;
        let mut files = HashMap::new();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.is_empty()) {
            let mut parts = line.split('\t');
            let rel = parts.next().unwrap_or_default();
            if let Some(why) = path::problem(rel) {
                warnings.push(crate::msg!(
                    "output-manifest-bad-entry",
                    at = format!("{}:{}", manifest_path.display(), i + 1),
                    path = format!("{rel:?}"),
                    why = why
                ));
                continue;
            }
            let stamp = match (parts.next(), parts.next()) {
                (Some(len), Some(hex)) => Stamp::parse(len, hex),
                _ => None,
            };
            let input = parts.next().and_then(parse_hex);
            files.insert(rel.to_string(), Previous { stamp, input });
        }
        Some(Owned { files, text })
    } else {
        None
    };
    let mut foreign = Vec::new();
    if !walk {
        return Ok(known);
    }
    for entry in walkdir::WalkDir::new(out).min_depth(1) {
        let entry = entry.with_context(|| crate::msg!("io-cannot-list", path = out.display()))?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(out).unwrap_or(entry.path()).to_string_lossy().replace('\\', "/");
        if rel == MANIFEST {
            continue;
        }
        // vitrina never makes symlinks, so one is never its own (and a linked folder could lead anywhere).
        if entry.path_is_symlink() || !known.as_ref().is_some_and(|k| k.files.contains_key(&rel)) {
            foreign.push(rel);
        }
    }
    if foreign.is_empty() {
        return Ok(known);
    }
    let shown: Vec<_> = foreign.iter().take(5).cloned().collect();
    bail!(crate::msg!(
        "output-foreign-files",
        path = out.display(),
        files = shown.join(", "),
        more = foreign.len().saturating_sub(5)
    ))
}
