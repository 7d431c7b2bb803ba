//! Rendering: builds the shared data of each language once (profile, categories, product cards, UI strings),
//! then renders every page in parallel. A page's context holds only what is its own plus that shared data.

mod pages;
pub mod templates;
mod views;

pub use templates::Templates;

use crate::images::Images;
use crate::output::Staging;
use crate::site::Site;
use anyhow::{Context as _, Result};
use rayon::prelude::*;

pub fn render_site(site: &Site, tpl: &Templates, images: &Images, out: &Staging) -> Result<usize> {
    let paths = views::Paths::new(site)?;
    let langs =
        (0..site.languages.len()).map(|i| views::LangData::new(site, i, &paths, images)).collect::<Result<Vec<_>>>()?;
    let r = pages::Renderer { site, tpl, out, paths: &paths, langs: &langs, images };
    let mut count = 0;
    for ld in &langs {
        count += site
            .content
            .products
            .par_iter()
            .enumerate()
            .map(|(i, p)| r.product(ld, i, p).map(|_| 1))
            .sum::<Result<usize>>()?;
        count += (0..site.profile.categories.len())
            .into_par_iter()
            .map(|c| r.category(ld, c).map(|_| 1))
            .sum::<Result<usize>>()?;
        count += (0..site.content.pages.len())
            .into_par_iter()
            .map(|g| r.free_page(ld, g).map(|_| 1))
            .sum::<Result<usize>>()?;
        r.home(ld)?;
        r.order(ld)?;
        r.about(ld)?;
        count += 3;
    }
    r.not_found()?;
    r.site_files()?;
    Ok(count + 1)
}

/// Theme static files, then the site's `static/` (which may override them).
pub fn copy_assets(site: &Site, out: &Staging) -> Result<()> {
    for (rel, bytes) in crate::theme::static_files() {
        let user_copy = site.root.join("static").join(&rel);
        if !user_copy.exists() {
            out.write(&rel, bytes)?;
        }
    }
    let static_dir = site.root.join("static");
    if static_dir.is_dir() {
        for entry in walkdir::WalkDir::new(&static_dir).sort_by_file_name() {
            let entry = entry.with_context(|| format!("cannot list {}", static_dir.display()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&static_dir).expect("inside").to_string_lossy().replace('\\', "/");
            if out.contains(&rel) {
                anyhow::bail!("static/{rel}: vitrina generates this file itself; rename yours or remove it");
            }
            out.copy(&rel, entry.path())?;
        }
    }
    Ok(())
}
