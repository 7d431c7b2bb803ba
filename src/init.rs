//! `vitrina init`: a small bilingual starter catalog to edit, so an owner never starts from a blank page, and
//! optionally the workflow that publishes it (`--deploy github`).

use anyhow::{bail, Context, Result};
use std::path::Path;

/// Where the catalog will be published; `init` writes the matching publishing workflow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Deploy {
    /// GitHub Pages: `.github/workflows/pages.yml`, which builds with vitrina's release binary.
    Github,
}

/// Path of the GitHub Pages workflow inside the new site.
pub const GITHUB_PAGES_WORKFLOW: &str = ".github/workflows/pages.yml";

pub fn init(dir: &Path, deploy: Option<Deploy>) -> Result<()> {
    if dir.exists() {
        let mut entries =
            std::fs::read_dir(dir).with_context(|| crate::msg!("io-cannot-read", path = dir.display()))?;
        if entries.next().is_some() {
            bail!(crate::msg!("init-not-empty", dir = dir.display()));
        }
    }
    for (rel, bytes) in crate::theme::starter_files() {
        // Text files point to the docs online: a binary user has no copy of the repository's docs/.
        match std::str::from_utf8(bytes) {
            Ok(text) => write(dir, &rel, dated(&rel, fill(text)).as_bytes())?,
            Err(_) => write(dir, &rel, bytes)?,
        }
    }
    if deploy == Some(Deploy::Github) {
        write(dir, GITHUB_PAGES_WORKFLOW, fill(include_str!("../themes/default/deploy/github-pages.yml")).as_bytes())?;
    }
    write(dir, ".gitignore", b"public/\n.public.vitrina-*\n.vitrina-cache/\n")?;
    write(dir, "images/jarron.jpg", &placeholder_photo()?)?;
    Ok(())
}

/// Fills in `{{repository}}` (the project's home, from Cargo.toml) and `{{version}}` (this vitrina's version, so a
/// workflow downloads the release the site was made with).
fn fill(text: &str) -> String {
    text.replace("{{repository}}", env!("CARGO_PKG_REPOSITORY")).replace("{{version}}", env!("CARGO_PKG_VERSION"))
}

/// The starter's example rates are dated the day the site is made, so they are reported as stale (see
/// `Rates::stale_warning`) only once they have really been left alone for a month, not on the first build.
fn dated(rel: &str, text: String) -> String {
    if rel != crate::money::RATES_FILE {
        return text;
    }
    let today = chrono::Local::now().date_naive();
    let lines = text.lines().map(|l| if l.starts_with("date:") { format!("date: {today}") } else { l.to_string() });
    lines.map(|l| l + "\n").collect()
}

fn write(dir: &Path, rel: &str, bytes: &[u8]) -> Result<()> {
    let path = dir.join(rel);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).with_context(|| crate::msg!("io-cannot-create", path = parent.display()))?;
    }
    std::fs::write(&path, bytes).with_context(|| crate::msg!("io-cannot-write", path = path.display()))
}

/// A warm terracotta gradient standing in for the owner's first photo (generated, so the binary stays small).
fn placeholder_photo() -> Result<Vec<u8>> {
    let (w, h) = (1600u32, 1200u32);
    let img = image::RgbImage::from_fn(w, h, |x, y| {
        let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
        let d = ((fx - 0.5).powi(2) + (fy - 0.45).powi(2)).sqrt();
        let glow = (1.0 - d * 1.6).clamp(0.0, 1.0);
        image::Rgb([(150.0 + 90.0 * glow) as u8, (80.0 + 60.0 * glow) as u8, (50.0 + 40.0 * glow) as u8])
    });
    crate::images::encode::jpeg(&image::DynamicImage::ImageRgb8(img), 80, crate::images::colour::WHITE)
}
