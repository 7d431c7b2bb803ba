//! Writing the output folder safely. A build writes into a hidden sibling folder and swaps it in only when
//! everything succeeded, so a failed build leaves the previous site intact. A manifest records what vitrina
//! wrote; a folder holding anything else is refused, so a user's file is never deleted.

use anyhow::{bail, Context, Result};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub const MANIFEST: &str = ".vitrina-manifest";

/// Where rendered files go: the staging folder of `vitrina build`, or memory for `vitrina serve`.
pub trait Sink: Sync {
    /// Stores `bytes` at `rel`, a `/`-separated path inside the site.
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()>;
    /// Publishes a file as is (a static file).
    fn copy(&self, rel: &str, from: &Path) -> Result<()>;
    /// Publishes a cache entry (a processed image).
    fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()>;
    fn contains(&self, rel: &str) -> bool;
}

pub struct Staging {
    final_dir: PathBuf,
    tmp: PathBuf,
    written: Mutex<Vec<String>>,
    committed: bool,
}

fn sibling(out: &Path, suffix: &str) -> Result<PathBuf> {
    let name =
        out.file_name().with_context(|| format!("{} is not a usable output folder", out.display()))?.to_string_lossy();
    Ok(out.with_file_name(format!(".{name}.{suffix}")))
}

impl Sink for Staging {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        Staging::write(self, rel, bytes)
    }
    fn copy(&self, rel: &str, from: &Path) -> Result<()> {
        Staging::copy(self, rel, from)
    }
    fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()> {
        Staging::link_or_copy(self, rel, from)
    }
    fn contains(&self, rel: &str) -> bool {
        Staging::contains(self, rel)
    }
}

impl Staging {
    pub fn begin(out: &Path) -> Result<Staging> {
        check_ownership(out)?;
        let tmp = sibling(out, "vitrina-tmp")?;
        if tmp.exists() {
            // Left over by an interrupted build; the name is ours alone.
            std::fs::remove_dir_all(&tmp).with_context(|| format!("cannot remove the leftover {}", tmp.display()))?;
        }
        std::fs::create_dir_all(&tmp).with_context(|| format!("cannot create {}", tmp.display()))?;
        Ok(Staging { final_dir: out.to_path_buf(), tmp, written: Mutex::new(Vec::new()), committed: false })
    }

    /// Writes `bytes` at `rel` (a `/`-separated path inside the output). Safe to call from many threads.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let path = self.path_for(rel)?;
        std::fs::write(&path, bytes).with_context(|| format!("cannot write {}", path.display()))?;
        self.written.lock().expect("manifest lock").push(rel.to_string());
        Ok(())
    }

    pub fn copy(&self, rel: &str, from: &Path) -> Result<()> {
        let path = self.path_for(rel)?;
        std::fs::copy(from, &path).with_context(|| format!("cannot copy {} to {}", from.display(), path.display()))?;
        self.written.lock().expect("manifest lock").push(rel.to_string());
        Ok(())
    }

    /// Hard-links `from` (a cache entry) into the output, or copies it where links are not possible.
    pub fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()> {
        let path = self.path_for(rel)?;
        if std::fs::hard_link(from, &path).is_err() {
            std::fs::copy(from, &path)
                .with_context(|| format!("cannot copy {} to {}", from.display(), path.display()))?;
        }
        self.written.lock().expect("manifest lock").push(rel.to_string());
        Ok(())
    }

    pub fn contains(&self, rel: &str) -> bool {
        self.written.lock().expect("manifest lock").iter().any(|w| w == rel)
    }

    fn path_for(&self, rel: &str) -> Result<PathBuf> {
        debug_assert!(!rel.starts_with('/') && !rel.contains(".."), "output path {rel}");
        let path = self.tmp.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        Ok(path)
    }

    /// Swaps the new site in. Until the final rename the previous output is untouched.
    pub fn commit(mut self) -> Result<usize> {
        let mut files = std::mem::take(&mut *self.written.lock().expect("manifest lock"));
        files.sort();
        files.dedup();
        let mut manifest = String::from(
            "# Files written by vitrina. Do not add your own files to this folder: the next build replaces it.\n",
        );
        for f in &files {
            manifest.push_str(f);
            manifest.push('\n');
        }
        std::fs::write(self.tmp.join(MANIFEST), manifest).context("cannot write the output manifest")?;
        // Re-check: a file may have been added to the output while we were building.
        check_ownership(&self.final_dir)?;
        let old = sibling(&self.final_dir, "vitrina-old")?;
        if old.exists() {
            std::fs::remove_dir_all(&old).with_context(|| format!("cannot remove {}", old.display()))?;
        }
        if self.final_dir.exists() {
            std::fs::rename(&self.final_dir, &old)
                .with_context(|| format!("cannot move the previous output {} aside", self.final_dir.display()))?;
        }
        std::fs::rename(&self.tmp, &self.final_dir)
            .with_context(|| format!("cannot move the new output into {}", self.final_dir.display()))?;
        self.committed = true;
        if old.exists() {
            std::fs::remove_dir_all(&old)
                .with_context(|| format!("cannot remove the previous output {}", old.display()))?;
        }
        Ok(files.len())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.tmp);
        }
    }
}

/// Refuses an output folder that holds anything vitrina did not write.
pub fn check_ownership(out: &Path) -> Result<()> {
    if !out.exists() {
        return Ok(());
    }
    if !out.is_dir() {
        bail!("the output {} is a file, not a folder: choose another --output", out.display());
    }
    let manifest_path = out.join(MANIFEST);
    let known: Option<HashSet<String>> = if manifest_path.is_file() {
        let text = std::fs::read_to_string(&manifest_path)
            .with_context(|| format!("cannot read {}", manifest_path.display()))?;
        Some(text.lines().filter(|l| !l.starts_with('#')).map(str::to_string).collect())
    } else {
        None
    };
    let mut foreign = Vec::new();
    for entry in walkdir::WalkDir::new(out).min_depth(1) {
        let entry = entry.with_context(|| format!("cannot list {}", out.display()))?;
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(out).expect("inside out").to_string_lossy().replace('\\', "/");
        if rel == MANIFEST {
            continue;
        }
        if !known.as_ref().is_some_and(|k| k.contains(&rel)) {
            foreign.push(rel);
        }
    }
    if foreign.is_empty() {
        return Ok(());
    }
    let shown: Vec<_> = foreign.iter().take(5).cloned().collect();
    let more = if foreign.len() > 5 { format!(" and {} more", foreign.len() - 5) } else { String::new() };
    bail!(
        "the output folder {} holds files vitrina did not make ({}{more}); vitrina replaces this folder on every build, so it refuses to touch it.\n  hint: move those files elsewhere (files to publish as they are go in the site's static/ folder), or build into another folder with --output",
        out.display(),
        shown.join(", ")
    )
}
