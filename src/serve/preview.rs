//! `vitrina serve`'s rebuild loop driven without HTTP or a file watcher, for tests that compare a preview's
//! incremental rebuilds with cold builds: it builds into memory the way `serve` starts, takes the paths the
//! watcher would have reported after a debounced batch of events, rebuilds the way `serve` does, and hands back
//! the files it would serve. Hidden from the docs: not a stable API.

use super::memory::Entry;
use super::{watch, Builder, Shared};
use anyhow::{Context as _, Result};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, RwLock};

#[doc(hidden)]
pub struct Preview {
    builder: Builder,
    shared: Shared,
}

impl Preview {
    /// Builds `root` into memory at `base_url` (as `serve` does when it starts), keeping processed images and
    /// what the next start reuses in `cache_dir`. A failed first build is not an error here: it shows in
    /// [`Preview::error`], as in `serve`.
    pub fn start(root: &Path, base_url: &str, cache_dir: &Path) -> Preview {
        let shared =
            Shared { files: RwLock::new(HashMap::new()), error: RwLock::new(None), clients: Mutex::new(Vec::new()) };
        let mut builder = Builder::new(root, base_url, cache_dir);
        builder.rebuild(&shared, &watch::Change::Full);
        // What the next start reuses is saved in the background; a test starts the next preview after it.
        if let Some(saving) = builder.saving.take() {
            let _ = saving.join();
        }
        Preview { builder, shared }
    }

    /// Rebuilds after `paths` (absolute, inside the site) changed, classified the way the watcher classifies a
    /// batch of events. Returns how the change was classified, or `None` when the watcher would ignore it.
    pub fn change(&mut self, paths: &[PathBuf]) -> Option<String> {
        let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
        let change = watch::classify(&self.builder.root, &refs)?;
        self.builder.rebuild(&self.shared, &change);
        Some(format!("{change:?}"))
    }

    /// The error the preview shows over every page, if the last rebuild failed.
    pub fn error(&self) -> Option<String> {
        self.shared.error.read().expect("error lock").clone()
    }

    /// Every file the preview serves, by path, with its bytes (files served from disk are read now).
    pub fn files(&self) -> Result<BTreeMap<String, Vec<u8>>> {
        let files = self.shared.files.read().expect("files lock");
        let mut out = BTreeMap::new();
        for (rel, entry) in files.iter() {
            let bytes = match entry {
                Entry::Bytes(b) => b.to_vec(),
                Entry::File(path) => {
                    std::fs::read(path).with_context(|| crate::msg!("io-cannot-read", path = path.display()))?
                }
            };
            out.insert(rel.clone(), bytes);
        }
        Ok(out)
    }
}
