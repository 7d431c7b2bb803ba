//! The image pipeline: every photo a page uses becomes a few resized variants (WebP plus JPEG, or PNG where
//! there is transparency), never upscaled, oriented and stripped of metadata; each product also gets a
//! 1200×630 share image cropped around its focal point. Colours are converted to sRGB (`colour`). Work is
//! cached by content hash, so a rebuild with unchanged photos decodes nothing.

mod cache;
pub mod colour;
pub mod encode;

use anyhow::{Context, Result};
use cache::{Cache, SourceInfo};
use rayon::prelude::*;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// `images:` in company.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    #[serde(default = "default_widths")]
    pub widths: Vec<u32>,
    #[serde(default = "default_quality")]
    pub quality: u8,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { widths: default_widths(), quality: default_quality() }
    }
}

/// 1200 is what a phone at 2.6 device pixels per CSS pixel needs for a full-width photo; without it such a
/// phone downloads the 1600 copy.
fn default_widths() -> Vec<u32> {
    vec![480, 960, 1200, 1600]
}
fn default_quality() -> u8 {
    80
}

/// The logo is shown at 40 CSS pixels in the header; 256 serves high-density screens and the Organization
/// markup (Google wants at least 112 × 112).
pub const LOGO_WIDTHS: &[u32] = &[64, 128, 256];

pub const SHARE_W: u32 = 1200;
pub const SHARE_H: u32 = 630;
/// WhatsApp drops previews of heavy images; 300 KB is the ceiling reported to be safe.
pub const SHARE_MAX_BYTES: usize = 300 * 1024;

/// Part of every output's name and cache key: bump it when the same photo would come out differently.
const PIPELINE_VERSION: &str = "v2";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Webp,
    Jpeg,
    Png,
}

impl Format {
    fn ext(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Variant {
    pub width: u32,
    pub height: u32,
    /// Output paths relative to the site root.
    pub webp: String,
    pub fallback: String,
}

/// Everything a page needs to show one source photo.
#[derive(Debug, Clone)]
pub struct Rendition {
    /// Size of the largest variant (the `width`/`height` attributes: aspect ratio, no layout shift).
    pub width: u32,
    pub height: u32,
    /// Smallest first.
    pub variants: Vec<Variant>,
}

impl Rendition {
    pub fn largest(&self) -> &Variant {
        self.variants.last().expect("at least one variant")
    }
    /// The variant closest to `w` pixels wide (a sensible `src` for browsers without `srcset`).
    pub fn near(&self, w: u32) -> &Variant {
        self.variants.iter().find(|v| v.width >= w).unwrap_or_else(|| self.largest())
    }
}

#[derive(Debug, Clone)]
pub struct ShareImage {
    pub path: String,
    pub width: u32,
    pub height: u32,
}

/// One output to make from a source.
#[derive(Debug, Clone)]
enum Op {
    Resize { width: u32, height: u32, format: Format },
    Share { focus: (f32, f32), width: u32, height: u32 },
}

struct Job {
    src: String,
    ops: Vec<(Op, String)>,
}

pub struct Images {
    pub renditions: HashMap<String, Rendition>,
    /// The logo at small sizes (header, favicon, Organization markup).
    pub logo: Option<Rendition>,
    logo_src: Option<String>,
    /// Share image per (source, focal point).
    shares: HashMap<(String, u32, u32), ShareImage>,
    /// (output path, cache entry name) for everything pages use.
    files: BTreeMap<String, String>,
    jobs: Vec<Job>,
    cache: Cache,
    root: PathBuf,
    settings: Settings,
    /// What transparent pixels become in JPEG outputs (the page background of the theme).
    background: [u8; 3],
    pub processed: usize,
    /// Advice for the owner (photos too small to share well, colour profiles that cannot be used).
    pub warnings: Vec<String>,
}

fn focus_key(f: (f32, f32)) -> (u32, u32) {
    ((f.0 * 1000.0).round() as u32, (f.1 * 1000.0).round() as u32)
}

/// The part of the source's name before its extension.
fn stem(src: &str) -> &str {
    src.rsplit_once('.').map(|(s, _)| s).filter(|s| !s.ends_with('/')).unwrap_or(src)
}

/// Photos named differently (`Foto 1.jpeg`, `foto-1.jpg`) whose output names would be the same once
/// transliterated (`foto-1-480.….webp`), one error per pair, naming both. The hash in the output name would
/// keep the files apart, but the owner could no longer tell which copy is which photo. The same name with
/// another extension (`foto.jpg`, `foto.png`) was always allowed and stays so. A plain list for `check`.
pub fn name_clashes<'a>(sources: impl IntoIterator<Item = &'a str>) -> Vec<anyhow::Error> {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    let mut errors = Vec::new();
    for src in sources {
        let name = crate::slug::image_stem(src);
        match seen.get(&name) {
            Some(first) if stem(first) != stem(src) => errors.push(anyhow::anyhow!(crate::msg!(
                "image-name-clash",
                first = format!("images/{first}"),
                second = format!("images/{src}"),
                name = format!("images/{name}")
            ))),
            Some(_) => {}
            None => {
                seen.insert(name, src);
            }
        }
    }
    errors
}

impl Images {
    /// Reads what is known about each source (from the cache index when the file is unchanged) and works out
    /// every output's name; nothing is decoded here.
    pub fn plan(
        root: &Path,
        cache_dir: &Path,
        settings: &Settings,
        uses: &[(String, Option<(f32, f32)>)],
        logo: Option<&str>,
        brand_css: Option<&str>,
    ) -> Result<Images> {
        let cache = Cache::open(cache_dir)?;
        let mut sources: Vec<&str> = uses.iter().map(|(s, _)| s.as_str()).chain(logo).collect();
        sources.sort_unstable();
        sources.dedup();
        if let Some(e) = name_clashes(sources.iter().copied()).into_iter().next() {
            return Err(e);
        }
        let infos: Vec<(String, SourceInfo)> = sources
            .par_iter()
            .map(|src| {
                let path = root.join("images").join(src);
                let label = format!("images/{src}");
                let meta = std::fs::metadata(&path).with_context(|| crate::msg!("io-cannot-read", path = label))?;
                let mtime_ns = meta
                    .modified()
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map(|d| d.as_nanos())
                    .unwrap_or(0);
                if let Some(info) = cache.known(src, meta.len(), mtime_ns) {
                    return Ok((src.to_string(), info));
                }
                let bytes = std::fs::read(&path).with_context(|| crate::msg!("io-cannot-read", path = label))?;
                let h = encode::header(&bytes, &label)?;
                let info = SourceInfo {
                    len: meta.len(),
                    mtime_ns,
                    hash: blake3::hash(&bytes).to_hex().to_string(),
                    width: h.width,
                    height: h.height,
                    alpha: h.alpha,
                };
                cache.remember(src, info.clone());
                Ok((src.to_string(), info))
            })
            .collect::<Result<_>>()?;

        let mut widths = settings.widths.clone();
        widths.sort_unstable();
        widths.dedup();
        let mut images = Images {
            renditions: HashMap::new(),
            logo: None,
            logo_src: logo.map(str::to_string),
            shares: HashMap::new(),
            files: BTreeMap::new(),
            jobs: Vec::new(),
            cache,
            root: root.to_path_buf(),
            settings: settings.clone(),
            background: colour::page_background(root, brand_css),
            processed: 0,
            warnings: Vec::new(),
        };
        let info_of: HashMap<&str, &SourceInfo> = infos.iter().map(|(s, i)| (s.as_str(), i)).collect();
        let mut ops_by_src: BTreeMap<String, Vec<(Op, String)>> = BTreeMap::new();
        for (src, info) in &infos {
            if uses.iter().any(|(s, _)| s == src) {
                let r = images.rendition(src, info, &widths, &mut ops_by_src);
                images.renditions.insert(src.clone(), r);
            }
        }
        if let Some(logo) = logo {
            let info = info_of[logo];
            images.logo = Some(images.rendition(logo, info, LOGO_WIDTHS, &mut ops_by_src));
        }
        for (src, focus) in uses {
            let Some(focus) = focus else { continue };
            let key = (src.clone(), focus_key(*focus).0, focus_key(*focus).1);
            if images.shares.contains_key(&key) {
                continue;
            }
            let info = info_of[src.as_str()];
            // Always 1200×630, the size Facebook, WhatsApp and X show large; a small photo is enlarged for this
            // one image only, and the owner is told.
            let (cw, _) = share_crop_size(info.width, info.height);
            if cw < 600.0 {
                images.warnings.push(crate::msg!(
                    "image-share-too-small",
                    src = src,
                    width = info.width,
                    height = info.height
                ));
            }
            let (width, height) = (SHARE_W, SHARE_H);
            let op = Op::Share { focus: *focus, width, height };
            let (out, entry) = images.name(src, info, &op, "share");
            ops_by_src.entry(src.clone()).or_default().push((op, entry));
            images.shares.insert(key, ShareImage { path: out, width, height });
        }
        // Only the outputs missing from the cache become work.
        for (src, ops) in ops_by_src {
            let missing: Vec<(Op, String)> =
                ops.into_iter().filter(|(_, entry)| !images.cache.entry(entry).is_file()).collect();
            if !missing.is_empty() {
                images.jobs.push(Job { src, ops: missing });
            }
        }
        Ok(images)
    }

    /// The variants of one source at `widths`: never upscaled — the widths below the source's, plus the source
    /// itself up to the largest width.
    fn rendition(
        &mut self,
        src: &str,
        info: &SourceInfo,
        widths: &[u32],
        ops_by_src: &mut BTreeMap<String, Vec<(Op, String)>>,
    ) -> Rendition {
        let max_w = widths.last().copied().unwrap_or(1600);
        let fallback = if info.alpha { Format::Png } else { Format::Jpeg };
        let mut ws: Vec<u32> = widths.iter().copied().filter(|w| *w < info.width).collect();
        ws.push(info.width.min(max_w));
        ws.dedup();
        let mut variants = Vec::new();
        for w in ws {
            let h = ((u64::from(w) * u64::from(info.height) + u64::from(info.width) / 2) / u64::from(info.width)).max(1)
                as u32;
            let mut names = Vec::new();
            for format in [Format::Webp, fallback] {
                let op = Op::Resize { width: w, height: h, format };
                let (out, entry) = self.name(src, info, &op, &format!("{w}"));
                ops_by_src.entry(src.to_string()).or_default().push((op, entry));
                names.push(out);
            }
            variants.push(Variant { width: w, height: h, webp: names[0].clone(), fallback: names[1].clone() });
        }
        let last = variants.last().expect("one variant");
        Rendition { width: last.width, height: last.height, variants }
    }

    /// The output path and cache entry of one operation. Both carry a hash of the source bytes and the
    /// operation, so a changed photo gets a new URL (share previews are cached by URL).
    fn name(&mut self, src: &str, info: &SourceInfo, op: &Op, label: &str) -> (String, String) {
        let q = self.settings.quality;
        // The version changes whenever the same source and operation give different pixels (v2: colours
        // converted to sRGB, transparency blended onto the background), so no stale copy is reused.
        let mut key = format!("{}|{op:?}|q{q}|{PIPELINE_VERSION}", info.hash);
        let jpeg = matches!(op, Op::Share { .. } | Op::Resize { format: Format::Jpeg, .. });
        if info.alpha && jpeg {
            let [r, g, b] = self.background;
            key.push_str(&format!("|bg{r:02x}{g:02x}{b:02x}"));
        }
        let h = blake3::hash(key.as_bytes()).to_hex();
        let ext = match op {
            Op::Resize { format, .. } => format.ext(),
            Op::Share { .. } => "jpg",
        };
        // ASCII names (`Foto 1.jpeg` → `foto-1-480.….webp`): a space or accent in a URL breaks `srcset`.
        let out = format!("images/{}-{label}.{}.{ext}", crate::slug::image_stem(src), &h[..10]);
        let entry = format!("{}.{ext}", &h[..32]);
        self.files.insert(out.clone(), entry.clone());
        (out, entry)
    }

    pub fn share(&self, src: &str, focus: (f32, f32)) -> Option<&ShareImage> {
        let (x, y) = focus_key(focus);
        self.shares.get(&(src.to_string(), x, y))
    }

    /// Number of outputs still to make.
    pub fn pending(&self) -> usize {
        self.jobs.iter().map(|j| j.ops.len()).sum()
    }

    /// Makes the missing outputs, one source at a time per core, each source decoded once.
    pub fn process(&mut self) -> Result<()> {
        let total = self.pending();
        if total == 0 {
            return Ok(());
        }
        let bar = progress_bar(total as u64);
        let done = AtomicUsize::new(0);
        let (q, bg) = (self.settings.quality, self.background);
        let notes = std::sync::Mutex::new(Vec::new());
        self.jobs.par_iter().try_for_each(|job| -> Result<()> {
            let label = format!("images/{}", job.src);
            let bytes = std::fs::read(self.root.join("images").join(&job.src))
                .with_context(|| crate::msg!("io-cannot-read", path = label))?;
            let encode::Decoded { image: img, note } = encode::decode(&bytes, &label)?;
            drop(bytes);
            notes.lock().expect("notes").extend(note);
            for (op, entry) in &job.ops {
                let data = match op {
                    Op::Resize { width, height, format } => {
                        let resized;
                        let pixels = if *width == img.width() && *height == img.height() {
                            &img
                        } else {
                            resized = encode::resize(&img, *width, *height, None)?;
                            &resized
                        };
                        match format {
                            Format::Webp => encode::webp(pixels, q)?,
                            Format::Jpeg => encode::jpeg(pixels, q, bg)?,
                            Format::Png => encode::png(pixels)?,
                        }
                    }
                    Op::Share { focus, width, height } => share_image(&img, *focus, *width, *height, bg)?,
                };
                self.cache.store(entry, &data).with_context(|| crate::msg!("image-cannot-save-copy", file = label))?;
                done.fetch_add(1, Ordering::Relaxed);
                bar.inc(1);
            }
            Ok(())
        })?;
        bar.finish_and_clear();
        let mut notes = notes.into_inner().expect("notes");
        notes.sort();
        self.warnings.extend(notes);
        self.processed = done.into_inner();
        self.jobs.clear();
        Ok(())
    }

    /// Puts every output into the staging folder (hard links from the cache where the file system allows).
    pub fn publish(&self, out: &dyn crate::output::Sink) -> Result<()> {
        self.files.par_iter().try_for_each(|(rel, entry)| out.link_or_copy(rel, &self.cache.entry(entry)))
    }

    /// Saves the cache index and prunes entries no page uses any more.
    pub fn finish(&self) -> Result<usize> {
        let mut in_use: HashSet<String> = self.renditions.keys().cloned().collect();
        in_use.extend(self.logo_src.iter().cloned());
        self.cache.finish(&in_use)
    }
}

/// The largest crop of the source with the share image's 1200:630 aspect ratio.
fn share_crop_size(w: u32, h: u32) -> (f64, f64) {
    let (w, h) = (f64::from(w), f64::from(h));
    let aspect = f64::from(SHARE_W) / f64::from(SHARE_H);
    if w / h > aspect {
        (h * aspect, h)
    } else {
        (w, w / aspect)
    }
}

/// Crops around the focal point, resizes, and lowers the JPEG quality until it fits WhatsApp's ceiling.
fn share_image(
    img: &image::DynamicImage,
    focus: (f32, f32),
    width: u32,
    height: u32,
    background: [u8; 3],
) -> Result<Vec<u8>> {
    let (w, h) = (f64::from(img.width()), f64::from(img.height()));
    let (cw, ch) = share_crop_size(img.width(), img.height());
    let left = (f64::from(focus.0) * w - cw / 2.0).clamp(0.0, w - cw);
    let top = (f64::from(focus.1) * h - ch / 2.0).clamp(0.0, h - ch);
    let pixels = encode::resize(img, width, height, Some((left, top, cw, ch)))?;
    let mut quality = 82;
    loop {
        let data = encode::jpeg(&pixels, quality, background)?;
        if data.len() <= SHARE_MAX_BYTES || quality <= 50 {
            return Ok(data);
        }
        quality -= 8;
    }
}

/// A progress bar on a terminal; nothing when output goes to a file or CI log.
fn progress_bar(total: u64) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() || total < 8 {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    bar.set_style(
        indicatif::ProgressStyle::with_template("  images {bar:30} {pos}/{len} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_crop_keeps_the_aspect_ratio() {
        let (cw, ch) = share_crop_size(4000, 3000);
        assert!((cw / ch - 1200.0 / 630.0).abs() < 1e-9);
        assert_eq!(cw, 4000.0);
        let (cw, ch) = share_crop_size(4000, 1000);
        assert_eq!(ch, 1000.0);
        assert!(cw < 4000.0);
    }
}
