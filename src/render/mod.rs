//! Rendering: builds the shared data of each language once (profile, categories, product cards, UI strings),
//! then renders every page in parallel. A page's context holds only what is its own plus that shared data.

mod pages;
pub mod templates;
mod views;

pub use templates::Templates;

use crate::images::Images;
use crate::output::Sink;
use crate::site::Site;
use anyhow::{Context as _, Result};
use rayon::prelude::*;

/// What to render: the whole site, or what a change to some products touches (their pages, the category
/// pages and home pages that list them, the sitemap and the feeds).
pub enum Scope<'s> {
    All,
    Products { ids: &'s [String], categories: &'s [String] },
}

/// How many pages the site has, and how many of them were rendered (the rest were unchanged since the previous
/// build and kept as they were).
pub struct Rendered {
    pub pages: usize,
    pub rendered: usize,
}

pub fn render_site(site: &Site, tpl: &Templates, images: &Images, out: &dyn Sink) -> Result<Rendered> {
    render(site, tpl, images, out, &Scope::All)
}

pub fn render(site: &Site, tpl: &Templates, images: &Images, out: &dyn Sink, scope: &Scope) -> Result<Rendered> {
    let paths = views::Paths::new(site)?;
    let r = pages::Renderer { site, tpl, out, paths: &paths, images, rendered: 0.into() };
    let wanted_product = |id: &str| match scope {
        Scope::All => true,
        Scope::Products { ids, .. } => ids.iter().any(|i| i == id),
    };
    let wanted_category = |id: &str| match scope {
        Scope::All => true,
        Scope::Products { categories, .. } => categories.iter().any(|c| c == id),
    };
    let all = matches!(scope, Scope::All);
    // The sitemap needs only the paths: it is written while the pages render.
    let (site_files, pages) = rayon::join(
        || r.site_files(),
        || -> Result<usize> {
            let mut count = 0;
            // One language at a time: its shared data (a listing card per product, the base context) is built,
            // used by every page of the language and dropped before the next, so memory does not grow with
            // the number of languages.
            for idx in 0..site.languages.len() {
                let ld = views::LangData::new(site, idx, &paths, images)?;
                let ld = &ld;
                count += site
                    .content
                    .products
                    .par_iter()
                    .enumerate()
                    .filter(|(_, p)| wanted_product(&p.id))
                    .map(|(i, p)| r.product(ld, i, p).map(|_| 1))
                    .sum::<Result<usize>>()?;
                count += (0..site.profile.categories.len())
                    .into_par_iter()
                    .filter(|c| wanted_category(&site.profile.categories[*c].id))
                    .map(|c| r.category(ld, c).map(|_| 1))
                    .sum::<Result<usize>>()?;
                r.home(ld)?;
                // The enquiry list carries every product's title and price: rendered on any product change.
                r.enquiry(ld)?;
                count += 2;
                if all {
                    count += (0..site.content.pages.len())
                        .into_par_iter()
                        .map(|g| r.free_page(ld, g).map(|_| 1))
                        .sum::<Result<usize>>()?;
                    r.order(ld)?;
                    r.about(ld)?;
                    count += 2;
                }
                if all && idx == 0 {
                    r.not_found(ld)?;
                    count += 1;
                }
                r.feeds(ld)?;
            }
            Ok(count)
        },
    );
    let count = pages?;
    site_files?;
    Ok(Rendered { pages: count, rendered: r.rendered.into_inner() })
}

/// Output files of every page of the site as it is now, to drop pages of removed or renamed products.
pub fn page_files(site: &Site) -> Result<std::collections::HashSet<String>> {
    let p = views::Paths::new(site)?;
    let all = p.home.iter().chain(&p.order).chain(&p.about).chain(&p.enquiry).chain(p.products.iter().flatten());
    let all = all.chain(p.categories.iter().flatten()).chain(p.pages.iter().flatten());
    Ok(all.map(|path| crate::routes::file_for(path)).chain(std::iter::once("404.html".to_string())).collect())
}

/// Theme static files, then the site's `static/` (which may override them).
pub fn copy_assets(site: &Site, out: &dyn Sink) -> Result<()> {
    for (rel, bytes) in crate::theme::static_files() {
        let user_copy = site.root.join("static").join(&rel);
        if !user_copy.exists() {
            out.write(&rel, bytes)?;
        }
    }
    let static_dir = site.root.join("static");
    if static_dir.is_dir() {
        for entry in walkdir::WalkDir::new(&static_dir).sort_by_file_name() {
            let entry = entry.with_context(|| crate::msg!("render-cannot-list", dir = static_dir.display()))?;
            if !entry.file_type().is_file() {
                continue;
            }
            let rel = entry.path().strip_prefix(&static_dir).expect("inside").to_string_lossy().replace('\\', "/");
            crate::output::path::check(&rel).with_context(|| crate::msg!("render-static-unpublishable", file = rel))?;
            if out.contains(&rel) {
                anyhow::bail!(crate::msg!("render-static-reserved", file = rel));
            }
            out.copy(&rel, entry.path())?;
        }
    }
    Ok(())
}
