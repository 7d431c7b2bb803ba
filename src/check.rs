//! `vitrina check`: everything `vitrina build` does short of processing photos and writing files. The site is
//! loaded, the templates parsed and checked for recursion, and every page rendered into a sink that keeps only
//! the file names, so a template error, a bad value that fails while rendering or a static file clashing with a
//! generated one is reported by `check` exactly as `build` would report it.

use crate::output::Sink;
use crate::pipeline;
use crate::render::{Scope, Templates};
use crate::site::Site;
use anyhow::Result;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct CheckReport {
    pub site: Site,
    pub pages: usize,
    /// The site's warnings followed by the photos' (too small to share well).
    pub warnings: Vec<String>,
}

pub fn check(root: &Path) -> Result<CheckReport> {
    let site = Site::load(root)?;
    let templates = Templates::load(root)?;
    // Photos are only measured (their headers read), never resized. The site's image cache is reused when it
    // exists, for the sizes it already knows; otherwise a scratch folder stands in, so nothing is written
    // into the site.
    let cache = Site::default_cache_dir(root);
    let scratch = (!cache.is_dir()).then(Scratch::new);
    let cache_dir = scratch.as_ref().map(|s| s.0.clone()).unwrap_or(cache);
    let images = pipeline::plan_images(&site, &cache_dir)?;
    let sink = Names::default();
    let rendered = pipeline::write_site(&site, &templates, &images, &sink, &Scope::All, &mut |_| ())?;
    let mut warnings = site.warnings.clone();
    warnings.extend(images.warnings.iter().cloned());
    Ok(CheckReport { site, pages: rendered.pages, warnings })
}

/// A temporary image-cache folder, removed when the check ends.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Scratch {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        Scratch(std::env::temp_dir().join(format!("vitrina-check-{}-{n}", std::process::id())))
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A sink that renders everything and keeps only the names of the files it would write.
#[derive(Default)]
struct Names(Mutex<HashSet<String>>);

impl Names {
    fn add(&self, rel: &str) {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).insert(rel.to_string());
    }
}

impl Sink for Names {
    fn write(&self, rel: &str, _bytes: &[u8]) -> Result<()> {
        self.add(rel);
        Ok(())
    }
    fn copy(&self, rel: &str, _from: &Path) -> Result<()> {
        self.add(rel);
        Ok(())
    }
    fn link_or_copy(&self, rel: &str, _from: &Path) -> Result<()> {
        self.add(rel);
        Ok(())
    }
    fn contains(&self, rel: &str) -> bool {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).contains(rel)
    }
}
