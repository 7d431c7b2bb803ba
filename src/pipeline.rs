//! The build pipeline, shared by `build`, `serve` and `check`: load the site and its templates, plan and process
//! the photos, render every page kind into a sink (a staging folder, memory or a list of names), copy the
//! static files and publish the images. `Site` (the loaded data) and `render` sit below it; nothing imports
//! this module but the commands.

use crate::cache::fragments::Table;
use crate::cache::record;
use crate::images::Images;
use crate::output::{Output, Sink, Staging};
use crate::render::{self, Rendered, Scope, Templates};
use crate::site::Site;
use anyhow::{Context as _, Result};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub struct BuildOptions {
    pub output: Option<PathBuf>,
    /// The cache folder (default `SITE/.vitrina-cache`): processed images in `images/`, the build record in
    /// `build/` (`crate::cache`).
    pub cache_dir: Option<PathBuf>,
    /// Publish address for this build instead of company.yaml's `base_url` (`build --base-url`, preview deploys).
    pub base_url: Option<String>,
}

impl BuildOptions {
    pub(crate) fn new() -> Self {
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
    /// Nothing changed since the last build (`crate::cache::record`): nothing was read, rendered or written.
    pub nothing_changed: bool,
}

pub fn build(root: &Path, opts: &BuildOptions) -> Result<BuildReport> {
    let mut clock = Stopwatch { last: Instant::now(), laps: Vec::new() };
    Site::require(root)?;
    let output = opts.output.clone().unwrap_or_else(|| root.join("public"));
    check_output_location(root, &output)?;
    // One build per output at a time, from before the sources are read (a build that waited sees the latest
    // sources); opening also finishes a commit that a killed build left half done, even if this build fails.
    let out = Output::open(&output)?;
    clock.last = Instant::now();
    let cache_dir = opts.cache_dir.clone().unwrap_or_else(|| Site::default_cache_dir(root));
    let places = record::Places::new(root, &output, &cache_dir)?;
    crate::cache::phones::load(&cache_dir);
    let key = record::key(&places, opts.base_url.as_deref(), chrono::Local::now().date_naive());
    // Nothing changed since the last build: its output is what this build would write, so it is kept as is.
    let verdict = match out.warnings.is_empty() {
        true => record::compare(&places, &key),
        false => record::Verdict::Full(crate::msg!("record-why-journal")),
    };
    let why = match verdict {
        record::Verdict::Unchanged(kept) => {
            clock.lap("record");
            clock.detail(crate::msg!("timings-record-kept", checked = kept.checked));
            return Ok(BuildReport {
                output,
                files: kept.files,
                pages: kept.pages,
                rendered: 0,
                warnings: kept.warnings,
                timings: clock.laps,
                images_processed: 0,
                nothing_changed: true,
            });
        }
        record::Verdict::Products(changed) => {
            let full = crate::msg!("record-why-products", count = changed.slugs.len());
            match products(root, opts, &out, &places, &key, &cache_dir, changed, &mut clock)? {
                Some(report) => return Ok(report),
                None => full,
            }
        }
        record::Verdict::Full(why) => why,
    };
    // From here on the output may change: a record of the old one must not outlive a failed build.
    record::forget(&places);
    // Stamped before anything is read, so an edit made while this build runs is seen by the next one.
    let inputs = record::Inputs::stamp(&places);
    clock.lap("record");
    clock.detail(crate::msg!("timings-record-full", why = why));

    let site = load(root, opts)?;
    let templates = Templates::load(root)?;
    clock.lap("load");
    // Descriptions are turned into HTML while loading (in parallel); report that as a stage of its own.
    clock.split("load", "markdown", site.content.markdown_time);

    let (images, mut warnings) = process_images(&site, &cache_dir, &out, &mut clock)?;
    let staging = Staging::begin(&out)?;
    warnings.extend(staging.warnings.iter().cloned());
    let Rendered { pages, rendered, shared, fragments, pieces, .. } =
        write_site(&site, &templates, &images, &staging, &Scope::All, &mut |stage| clock.lap(stage))?;
    clock.templates(pages, rendered, pieces);
    let files = staging.commit()?.files;
    images.finish()?;
    clock.lap("write");
    let saved = (&site, shared.as_slice(), None, fragments.as_slice());
    remember(&places, &key, &cache_dir, (inputs, None), saved, (pages, files), &warnings, &mut clock);
    Ok(BuildReport {
        output,
        files,
        pages,
        rendered,
        warnings,
        timings: clock.laps,
        images_processed: images.processed,
        nothing_changed: false,
    })
}

fn load(root: &Path, opts: &BuildOptions) -> Result<Site> {
    let mut site = Site::load(root)?;
    publish_at(&mut site, opts)?;
    Ok(site)
}

/// `--base-url` instead of company.yaml's `base_url`.
fn publish_at(site: &mut Site, opts: &BuildOptions) -> Result<()> {
    if let Some(url) = &opts.base_url {
        site.profile.base_url = crate::config::check_base_url(url, "--base-url")?;
    }
    Ok(())
}

/// The photos planned and processed, and the build's warnings so far (the output's, the site's, the photos').
fn process_images(site: &Site, cache_dir: &Path, out: &Output, clock: &mut Stopwatch) -> Result<(Images, Vec<String>)> {
    let mut images = plan_images(site, cache_dir)?;
    images.process()?;
    let mut warnings = out.warnings.clone();
    warnings.extend(site.warnings.iter().cloned());
    warnings.extend(images.warnings.iter().cloned());
    clock.lap("images");
    clock.detail(crate::msg!("timings-images", made = images.processed));
    Ok((images, warnings))
}

/// Only product files changed since the last build, whose output is intact: the catalog it loaded is read back
/// (`cache::products`), the changed files alone are parsed, and only the pages they touch are rendered; the
/// other pages are carried over from the output. The feeds and the sitemap are made from the last build's files
/// and its table of their entries (`cache::fragments`): only the entries whose input changed are made. The
/// search index, the static files and the photos are made again as in a full build, so the output is byte for
/// byte what a full build would write (`tests/it/incremental.rs`). `None` when the saved catalog cannot be used.
#[allow(clippy::too_many_arguments)]
fn products(
    root: &Path,
    opts: &BuildOptions,
    out: &Output,
    places: &record::Places,
    key: &str,
    cache_dir: &Path,
    changed: record::Changed,
    clock: &mut Stopwatch,
) -> Result<Option<BuildReport>> {
    let Some(mut saved) = crate::cache::products::load(cache_dir, &changed.products) else { return Ok(None) };
    record::forget(places);
    let inputs = changed.inputs(places);
    clock.lap("record");
    clock.detail(crate::msg!("timings-record-products", files = changed.files, products = changed.slugs.len()));

    let before = render::change::Before::new(&saved.products, &changed.slugs);
    // The products move into the site; `saved` keeps the names of its parts, to rewrite only the changed ones.
    let catalog = std::mem::take(&mut saved.products);
    let Some(mut site) = Site::load_reusing(root, catalog, (&changed.slugs, &changed.names()))? else {
        return Ok(None);
    };
    publish_at(&mut site, opts)?;
    let templates = Templates::load(root)?;
    clock.lap("load");

    let (images, mut warnings) = process_images(&site, cache_dir, out, clock)?;
    let staging = Staging::begin_recorded(out)?;
    warnings.extend(staging.warnings.iter().cloned());
    let paths = std::sync::Arc::new(render::Paths::new(&site)?);
    let pages = render::page_count(&site, &paths);
    let page_files = render::page_files(&site, &paths)?;
    // Every page the site still has is carried over; what the change touches is rendered again below, and
    // whatever is not a page (static files, photos, the files about every product) is made again.
    staging.carry(|rel| page_files.contains(rel));
    let affected = before.after(&site);
    let kept = crate::cache::fragments::load(cache_dir);
    let scope = affected.scope(&saved.shared, true, Some(&paths), Some(&kept));
    let Rendered { rendered, shared, fragments, pieces, .. } =
        match write_site(&site, &templates, &images, &staging, &scope, &mut |stage| clock.lap(stage)) {
            Ok(rendered) => rendered,
            // A description the saved catalog kept on disk did not read back as saved: like any other damage
            // to the catalog, it means a full build (the staging folder is thrown away, the output untouched).
            Err(e) if crate::content::prose::Unreadable::caused(&e) => return Ok(None),
            Err(e) => return Err(e),
        };
    render::copy_assets(&site, &staging)?;
    clock.templates(pages, rendered, pieces);
    let untouched = changed.untouched(places, &staging.staged());
    let committed = staging.commit_checked(!untouched)?;
    let files = committed.files;
    images.finish()?;
    clock.lap("write");
    let output = committed.touched.map(|touched| changed.output(places, &touched));
    let from = Some((&saved, changed.slugs.as_slice()));
    let saved = (&site, shared.as_slice(), from, fragments.as_slice());
    remember(places, key, cache_dir, (inputs, output), saved, (pages, files), &warnings, clock);
    Ok(Some(BuildReport {
        output: out.dir().to_path_buf(),
        files,
        pages,
        rendered,
        warnings,
        timings: std::mem::take(&mut clock.laps),
        images_processed: images.processed,
        nothing_changed: false,
    }))
}

/// Saves what the next build starts from: the catalog as loaded (with each language's shared-data hash), the
/// pieces of the files about every product (`cache::fragments`) and the build record naming the catalog.
/// Nothing here fails the build: unsaved, the next build is a full one.
#[allow(clippy::too_many_arguments)]
fn remember(
    places: &record::Places,
    key: &str,
    cache_dir: &Path,
    (inputs, output): (record::Inputs, Option<record::Outputs>),
    (site, shared, from, fragments): (&Site, &[[u8; 32]], crate::cache::products::Start, &[Table]),
    (pages, files): (usize, usize),
    warnings: &[String],
    clock: &mut Stopwatch,
) {
    crate::cache::fragments::save(cache_dir, fragments);
    crate::cache::phones::save(cache_dir);
    let saved = crate::cache::products::save(cache_dir, &site.content.products, shared, from);
    let not_saved = match saved {
        Ok(hash) => record::save(places, key, inputs, pages, files, warnings, Some(hash), output),
        Err(why) => Some(why),
    };
    clock.lap("cache");
    if let Some(why) = not_saved {
        clock.detail(crate::msg!("timings-record-not-saved", why = why));
    }
}

/// The photos the site's pages use (and its logo), planned against the image cache in the cache folder
/// `cache_dir`; nothing is resized yet.
pub(crate) fn plan_images(site: &Site, cache_dir: &Path) -> Result<Images> {
    // The owner's `theme.background` (validated at load) is the page colour transparent photos get in JPEG.
    let brand_css = site.profile.theme.css().ok().flatten();
    Images::plan(
        &site.root,
        &crate::cache::images(cache_dir),
        &site.profile.images,
        &site.image_uses(),
        site.profile.logo.as_deref(),
        brand_css.as_deref(),
    )
}

/// Renders the pages in `scope` into `out`; for the whole site also the static files. The images' files go
/// out in both cases. `stage` is told when the templates and then the assets are done (`--timings`).
pub(crate) fn write_site(
    site: &Site,
    templates: &Templates,
    images: &Images,
    out: &dyn Sink,
    scope: &Scope,
    stage: &mut dyn FnMut(&'static str),
) -> Result<Rendered> {
    let rendered = render::render(site, templates, images, out, scope)?;
    stage("templates");
    if matches!(scope, Scope::All) {
        render::copy_assets(site, out)?;
    }
    images.publish(out)?;
    stage("assets");
    Ok(rendered)
}

/// One build stage as `--timings` reports it.
pub struct Stage {
    pub name: &'static str,
    pub time: Duration,
    /// The process's peak resident memory when the stage ended (Linux only): where a big catalog's memory goes.
    pub peak_rss: Option<u64>,
    /// What the stage reused and what it redid (`4 pages rendered, 21268 unchanged`).
    pub detail: Option<String>,
}

/// Stage timings for `--timings`.
struct Stopwatch {
    last: Instant,
    laps: Vec<Stage>,
}

impl Stopwatch {
    fn lap(&mut self, name: &'static str) {
        self.laps.push(Stage { name, time: self.last.elapsed(), peak_rss: peak_rss(), detail: None });
        self.last = Instant::now();
    }
    /// Says what the last lap reused and redid.
    fn detail(&mut self, text: String) {
        if let Some(lap) = self.laps.last_mut() {
            lap.detail = Some(text);
        }
    }
    /// Says on the templates stage how many pages were rendered, and how many pieces of the files about every
    /// product (`made`, `total`) were made rather than copied from the previous build's files.
    fn templates(&mut self, pages: usize, rendered: usize, (made, total): (usize, usize)) {
        if let Some(stage) = self.laps.iter_mut().find(|s| s.name == "templates") {
            let text = crate::msg!("timings-pages", rendered = rendered, kept = pages - rendered);
            stage.detail = Some(crate::msg!("timings-pieces", pages = text, made = made, total = total));
        }
    }
    /// Splits part `d` of the last lap `from` off into a stage of its own named `part`.
    fn split(&mut self, from: &'static str, part: &'static str, d: Duration) {
        let mut peak = None;
        if let Some(lap) = self.laps.iter_mut().rev().find(|s| s.name == from) {
            lap.time = lap.time.saturating_sub(d);
            peak = lap.peak_rss;
        }
        self.laps.push(Stage { name: part, time: d, peak_rss: peak, detail: None });
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
    let protected = ["", "products", "pages", "images", "static", "i18n", "templates", "assets"];
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

/// An error and its causes, one per line, as the terminal and the preview's error overlay show it.
pub fn error_chain(e: &anyhow::Error) -> String {
    let mut msg = format!("{e}");
    for cause in e.chain().skip(1) {
        msg.push_str(&format!("\n  {} {cause}", crate::msg!("prefix-caused-by")));
    }
    msg
}
