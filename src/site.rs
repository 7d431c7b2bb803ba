//! The orchestrator: load the site, render it into a staging folder, swap it in. Reads like the build.

use crate::config::Profile;
use crate::content::{self, Content};
use crate::diagnostics::Diagnostics;
use crate::i18n::{self, Language, Strings};
use crate::images::Images;
use crate::money::Rates;
use crate::output::{Output, Staging};
use crate::render::{self, Templates};
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub struct Site {
    pub root: PathBuf,
    pub profile: Profile,
    pub languages: Vec<Language>,
    /// UI strings, one per language, in the order of `languages`.
    pub strings: Vec<Strings>,
    pub rates: Option<Rates>,
    pub content: Content,
    pub today: chrono::NaiveDate,
    pub warnings: Vec<String>,
}

impl Site {
    pub fn load(root: &Path) -> Result<Site> {
        Site::load_with(root, &mut Diagnostics::fail_fast())
    }

    /// Loads the site, handing each error that does not stop the load (a bad number, a broken product file,
    /// the rates) to `diag`: `check` collects them all, `build` stops at the first. Errors after which nothing
    /// sensible can be loaded (company.yaml unreadable, the languages, the UI strings) are returned.
    pub fn load_with(root: &Path, diag: &mut Diagnostics) -> Result<Site> {
        let mut warnings = Vec::new();
        let today = chrono::Local::now().date_naive();
        let profile = Profile::load_with(root, today, diag)?;
        let languages = i18n::resolve_languages(&profile.languages)?;
        let strings =
            languages.iter().map(|l| Strings::load(root, &l.code, &mut warnings)).collect::<Result<Vec<_>>>()?;
        let loaded = Rates::load(root, &profile.currency, &profile.display_currencies, today);
        let rates = diag.keep("rates", loaded)?.flatten();
        warnings.extend(rates.as_ref().and_then(|r| r.stale_warning(today)));
        if let Some(logo) = &profile.logo {
            let checked = content::product::check_image_path(logo, root).map_err(|e| {
                anyhow::anyhow!(crate::msg!("field-error", at = "company.yaml", field = "logo", error = e.to_string()))
            });
            diag.keep("logo", checked)?;
        }
        report_untranslated_profile(&profile, &languages, &mut warnings);
        let content = content::load_with(root, &profile, &languages, today, &mut warnings, diag)?;
        Ok(Site { root: root.to_path_buf(), profile, languages, strings, rates, content, today, warnings })
    }
}

impl Site {
    /// Every product photo pages use; a product's first photo also gets a share image around its focal point.
    /// (The logo is planned apart, at its own small sizes.)
    pub fn image_uses(&self) -> Vec<(String, Option<(f32, f32)>)> {
        let mut uses: Vec<(String, Option<(f32, f32)>)> = Vec::new();
        for p in &self.content.products {
            for (i, im) in p.images.iter().enumerate() {
                uses.push((im.src.clone(), (i == 0).then_some(im.focus)));
            }
        }
        uses
    }
}

pub struct BuildOptions {
    pub output: Option<PathBuf>,
    /// Where processed images are kept between builds (default `SITE/.vitrina-cache/images`).
    pub cache_dir: Option<PathBuf>,
    /// Publish address for this build instead of company.yaml's `base_url` (`build --base-url`, preview deploys).
    pub base_url: Option<String>,
}

impl BuildOptions {
    pub fn new() -> Self {
        BuildOptions { output: None, cache_dir: None, base_url: None }
    }
}

impl Default for BuildOptions {
    fn default() -> Self {
        Self::new()
    }
}

pub struct BuildReport {
    pub output: PathBuf,
    pub files: usize,
    pub pages: usize,
    /// Pages rendered in this build; the others were made from exactly the same templates and data as in the
    /// previous build and kept as they were.
    pub rendered: usize,
    pub warnings: Vec<String>,
    pub timings: Vec<Stage>,
    /// Image files made in this build (0 when every photo was already in the cache).
    pub images_processed: usize,
}

pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport> {
    let mut clock = Stopwatch { last: Instant::now(), laps: Vec::new() };
    if !root.join(crate::config::PROFILE_FILE).exists() {
        anyhow::bail!(crate::msg!("site-not-a-site", dir = root.display(), file = crate::config::PROFILE_FILE));
    }
    let output = opts.output.clone().unwrap_or_else(|| root.join("public"));
    check_output_location(root, &output)?;
    // One build per output at a time, from before the sources are read (a build that waited sees the latest
    // sources); opening also finishes a commit that a killed build left half done, even if this build fails.
    let out = Output::open(&output)?;
    clock.last = Instant::now();
    let mut site = Site::load(root)?;
    if let Some(url) = &opts.base_url {
        site.profile.base_url = crate::config::check_base_url(url, "--base-url")?;
    }
    let templates = Templates::load(root)?;
    clock.lap("load");
    // Descriptions are turned into HTML while loading (in parallel); report that as a stage of its own.
    clock.split("load", "markdown", site.content.markdown_time);

    let cache_dir = opts.cache_dir.clone().unwrap_or_else(|| root.join(".vitrina-cache").join("images"));
    let mut images =
        Images::plan(root, &cache_dir, &site.profile.images, &site.image_uses(), site.profile.logo.as_deref())?;
    images.process()?;
    let mut warnings = out.warnings.clone();
    warnings.extend(site.warnings.iter().cloned());
    warnings.extend(images.warnings.iter().cloned());
    clock.lap("images");

    let staging = Staging::begin(&out)?;
    warnings.extend(staging.warnings.iter().cloned());
    let render::Rendered { pages, rendered } = render::render_site(&site, &templates, &images, &staging)?;
    clock.lap("templates");
    render::copy_assets(&site, &staging)?;
    images.publish(&staging)?;
    clock.lap("assets");
    let files = staging.commit()?;
    images.finish()?;
    clock.lap("write");
    Ok(BuildReport {
        output,
        files,
        pages,
        rendered,
        warnings,
        timings: clock.laps,
        images_processed: images.processed,
    })
}

/// One build stage as `--timings` reports it.
pub struct Stage {
    pub name: &'static str,
    pub time: Duration,
    /// The process's peak resident memory when the stage ended (Linux only): where a big catalog's memory goes.
    pub peak_rss: Option<u64>,
}

/// Stage timings for `--timings`.
struct Stopwatch {
    last: Instant,
    laps: Vec<Stage>,
}

impl Stopwatch {
    fn lap(&mut self, name: &'static str) {
        self.laps.push(Stage { name, time: self.last.elapsed(), peak_rss: peak_rss() });
        self.last = Instant::now();
    }
    /// Splits part `d` of the last lap `from` off into a stage of its own named `part`.
    fn split(&mut self, from: &'static str, part: &'static str, d: Duration) {
        let mut peak = None;
        if let Some(lap) = self.laps.iter_mut().rev().find(|s| s.name == from) {
            lap.time = lap.time.saturating_sub(d);
            peak = lap.peak_rss;
        }
        self.laps.push(Stage { name: part, time: d, peak_rss: peak });
    }
}

/// Peak resident set size of this process so far, from `/proc/self/status` (`VmHWM`, in kB).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// The output must not be the site folder itself or one of its source folders.
fn check_output_location(root: &Path, output: &Path) -> Result<()> {
    let abs = |p: &Path| -> Result<PathBuf> {
        let p = if p.is_absolute() { p.to_path_buf() } else { std::env::current_dir()?.join(p) };
        Ok(normalise(&p))
    };
    let root_abs = abs(root).with_context(|| crate::msg!("site-cannot-resolve", path = root.display()))?;
    let out_abs = abs(output).with_context(|| crate::msg!("site-cannot-resolve", path = output.display()))?;
    let protected = ["", "products", "pages", "images", "static", "i18n", "templates"];
    for sub in protected {
        let p = if sub.is_empty() { root_abs.clone() } else { root_abs.join(sub) };
        if out_abs == p || p.starts_with(&out_abs) || (!sub.is_empty() && out_abs.starts_with(&p)) {
            anyhow::bail!(crate::msg!(
                "site-output-over-sources",
                output = output.display(),
                example = root.join("public").display()
            ));
        }
    }
    Ok(())
}

fn normalise(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn report_untranslated_profile(profile: &Profile, languages: &[Language], warnings: &mut Vec<String>) {
    let texts = profile.texts();
    for lang in languages.iter().skip(1) {
        let missing: Vec<&str> =
            texts.iter().filter(|(_, t)| t.is_missing(&lang.code)).map(|(k, _)| k.as_str()).collect();
        if !missing.is_empty() {
            warnings.push(crate::msg!(
                "site-profile-untranslated",
                count = missing.len(),
                lang = lang.name,
                default = languages[0].name,
                fields = missing.join(", ")
            ));
        }
    }
}
