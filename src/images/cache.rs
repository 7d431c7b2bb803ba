//! The image cache: processed files named by a hash of the source bytes and the operation, kept outside the
//! user's source folders (`SITE/.vitrina-cache/images/` by default). An index remembers each source's size,
//! modification time, hash and dimensions, so a rebuild with unchanged photos reads no image at all.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

const INDEX: &str = "index.json";

/// What we know about a source file without decoding its pixels.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SourceInfo {
    pub len: u64,
    pub mtime_ns: u128,
    /// blake3 of the file's bytes, hex.
    pub hash: String,
    /// Dimensions after EXIF orientation is applied.
    pub width: u32,
    pub height: u32,
    pub alpha: bool,
}

pub struct Cache {
    dir: PathBuf,
    index: Mutex<BTreeMap<String, SourceInfo>>,
    used: Mutex<HashSet<String>>,
}

impl Cache {
    pub fn open(dir: &Path) -> Result<Cache> {
        move_flat_cache(dir);
        std::fs::create_dir_all(dir).with_context(|| crate::msg!("image-cache-cannot-create", path = dir.display()))?;
        // A damaged index only costs a re-hash; never fail the build over it.
        let index =
            std::fs::read(dir.join(INDEX)).ok().and_then(|b| serde_json::from_slice(&b).ok()).unwrap_or_default();
        Ok(Cache { dir: dir.to_path_buf(), index: Mutex::new(index), used: Mutex::new(HashSet::new()) })
    }

    /// The remembered info for `src` when its size and modification time still match.
    pub fn known(&self, src: &str, len: u64, mtime_ns: u128) -> Option<SourceInfo> {
        let index = self.index.lock().expect("cache index");
        index.get(src).filter(|i| i.len == len && i.mtime_ns == mtime_ns).cloned()
    }

    pub fn remember(&self, src: &str, info: SourceInfo) {
        self.index.lock().expect("cache index").insert(src.to_string(), info);
    }

    /// Path of a cache entry; marks it as used by this build so pruning keeps it.
    pub fn entry(&self, name: &str) -> PathBuf {
        self.used.lock().expect("cache use").insert(name.to_string());
        self.dir.join(name)
    }

    /// Writes an entry atomically: a crash never leaves a half-written file under a valid name.
    pub fn store(&self, name: &str, bytes: &[u8]) -> Result<()> {
        let path = self.entry(name);
        // Unique per process and thread: two builds sharing a cache may make the same entry at once.
        let tmp = self.dir.join(
            format!(".{name}.{}.{:?}.tmp", std::process::id(), std::thread::current().id()).replace(['(', ')'], ""),
        );
        std::fs::write(&tmp, bytes).with_context(|| crate::msg!("io-cannot-write", path = tmp.display()))?;
        std::fs::rename(&tmp, &path).with_context(|| crate::msg!("io-cannot-write", path = path.display()))
    }

    /// Saves the index and deletes entries this build did not use. Returns how many were pruned.
    pub fn finish(&self, sources_in_use: &HashSet<String>) -> Result<usize> {
        let mut index = self.index.lock().expect("cache index");
        index.retain(|src, _| sources_in_use.contains(src));
        let json = serde_json::to_vec_pretty(&*index).expect("index serialises");
        std::fs::write(self.dir.join(INDEX), json).with_context(|| crate::msg!("image-cache-cannot-save-index"))?;
        let used = self.used.lock().expect("cache use");
        let mut pruned = 0;
        for entry in
            std::fs::read_dir(&self.dir).with_context(|| crate::msg!("io-cannot-list", path = self.dir.display()))?
        {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            // Only files vitrina itself makes here are pruned: the folder may be a symlink, or the user may
            // have put a file in it, and vitrina never deletes a file it did not make.
            if is_cache_file(&name) && !used.contains(&name) && entry.file_type()?.is_file() {
                std::fs::remove_file(entry.path())
                    .with_context(|| crate::msg!("image-cache-cannot-prune", path = entry.path().display()))?;
                pruned += 1;
            }
        }
        Ok(pruned)
    }
}

/// Before the build record, `--cache-dir DIR` held the images themselves; now they are in `DIR/images/`. An
/// old cache is moved there the first time (only files vitrina made), so its photos are not processed again.
/// Anything that fails here only means they are.
fn move_flat_cache(dir: &Path) {
    let Some(parent) = dir.parent() else { return };
    if dir.exists() || !parent.join(INDEX).is_file() || std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == INDEX || is_cache_file(&name) && !name.starts_with('.') {
            let _ = std::fs::rename(entry.path(), dir.join(&name));
        }
    }
}

/// A processed image (`<32 hex>.<ext>`, see `Images::name`) or one left half-written by a killed build
/// (`.<32 hex>.<ext>.<process>.<thread>.tmp`, see `Cache::store`).
fn is_cache_file(name: &str) -> bool {
    let (hash_ext, tmp) = match name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) {
        Some(tmp) => (tmp, true),
        None => (name, false),
    };
    let mut parts = hash_ext.split('.');
    let (Some(hash), Some(ext)) = (parts.next(), parts.next()) else { return false };
    let rest = parts.count();
    hash.len() == 32
        && hash.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && matches!(ext, "webp" | "jpg" | "png")
        && if tmp { rest == 2 } else { rest == 0 }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_files_vitrina_makes_are_cache_files() {
        let hash = "0123456789abcdef0123456789abcdef";
        assert!(super::is_cache_file(&format!("{hash}.webp")));
        assert!(super::is_cache_file(&format!(".{hash}.jpg.123.ThreadId4.tmp")));
        for not in ["precious.txt", "index.json", "photo.webp", &format!("{hash}.txt"), &format!("{hash}.webp.bak")] {
            assert!(!super::is_cache_file(not), "{not}");
        }
    }
}
