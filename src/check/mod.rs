//! `vitrina check`: everything `vitrina build` does short of resizing photos and writing files, and more, with
//! every problem reported in one run. The site is loaded by the same code as `build`, collecting each error
//! instead of stopping at the first (`crate::diagnostics`); every photo is decoded; the templates are parsed
//! and every page rendered into a sink that keeps only the file names, so a template error or a static file
//! clashing with a generated one is reported exactly as `build` would report it. On top, `scan` looks for what
//! `build` accepts but buyers or search engines would miss: alt texts, long titles, broken links.

mod report;
mod scan;

pub use report::{Diagnostic, Report, Severity};

use crate::diagnostics::Diagnostics;
use crate::output::Sink;
use crate::pipeline;
use crate::render::{Scope, Templates};
use crate::site::Site;
use anyhow::Result;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Checks the site at `root` and returns everything found. `Err` only when `root` is no site at all.
pub fn check(root: &Path) -> Result<Report> {
    if !root.join(crate::config::PROFILE_FILE).exists() {
        anyhow::bail!(crate::msg!("site-not-a-site", dir = root.display(), file = crate::config::PROFILE_FILE));
    }
    let mut report = Report::default();
    let mut diag = Diagnostics::collecting();
    let loaded = Site::load_with(root, &mut diag);
    for (code, e) in &diag.errors {
        report.push(Diagnostic::from_error(code, e));
    }
    let mut site = match loaded {
        Ok(site) => site,
        Err(e) => {
            // Nothing more can be checked without the profile, the languages or the UI strings.
            report.push(Diagnostic::from_error("site", &e));
            report.sort();
            return Ok(report);
        }
    };
    report.products = site.content.products.len();
    report.languages = site.languages.len();
    let stale = site.rates.as_ref().and_then(|r| r.stale_warning(site.today));
    for w in &site.warnings {
        let code = if stale.as_ref() == Some(w) { "rates-stale" } else { "warning" };
        report.push(Diagnostic::from_text(Severity::Warning, code, w));
    }
    let unreadable = scan::photos(&site, &mut report);
    scan::alt_texts(&site, &mut report);
    scan::lengths(&site, &mut report);
    // What is left is rendered as `build` would, without the products whose photos cannot be read (they are
    // reported above), so a template error or a file clash still shows up.
    site.content.products.retain(|p| !p.images.iter().any(|im| unreadable.contains(&im.src)));
    if site.profile.logo.as_ref().is_some_and(|l| unreadable.contains(l) || !root.join("images").join(l).is_file()) {
        site.profile.logo = None;
    }
    match render_names(&site) {
        Ok((names, pages, warnings)) => {
            report.pages = pages;
            for w in warnings {
                report.push(Diagnostic::from_text(Severity::Warning, "image-share", &w));
            }
            scan::links(&site, &names, &mut report);
        }
        Err(e) => report.push(Diagnostic::from_error("render", &e)),
    }
    report.sort();
    Ok(report)
}

/// Renders every page into a sink that keeps only file names: the names, the number of pages and the photos'
/// warnings (too small to share well). Photos are only measured (their headers read), never resized. The
/// site's image cache is reused when it exists, for the sizes it already knows; otherwise a scratch folder
/// stands in, so nothing is written into the site.
fn render_names(site: &Site) -> Result<(Names, usize, Vec<String>)> {
    let root = &site.root;
    let templates = Templates::load(root)?;
    let cache = Site::default_cache_dir(root);
    let scratch = (!crate::cache::images(&cache).is_dir()).then(Scratch::new);
    let cache_dir = scratch.as_ref().map(|s| s.0.clone()).unwrap_or(cache);
    let images = pipeline::plan_images(site, &cache_dir)?;
    let sink = Names::default();
    let rendered = pipeline::write_site(site, &templates, &images, &sink, &Scope::All, &mut |_| ())?;
    Ok((sink, rendered.pages, images.warnings.clone()))
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
    /// True when a file of this name would be written.
    pub fn has(&self, rel: &str) -> bool {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).contains(rel)
    }

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
