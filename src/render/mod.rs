//! Rendering: builds the shared data of each language once (profile, categories, product cards, UI strings),
//! then renders every page of every kind in `KINDS` in parallel. A page's context holds only what is its own
//! plus that shared data. `docs/templates.md` documents what each template receives.
//!
//! A new kind of page is one entry in `KINDS`, one file here (its paths and its render function, see
//! `kind::PageKind`) and one template; paths, uniqueness, translations, hreflang, the sitemap, `serve`'s
//! clean-up of removed pages and the render loop follow from the table.

mod about;
mod category;
mod enquiry;
mod home;
mod kind;
mod line_sheet;
mod listing;
mod not_found;
mod order;
mod page;
mod product;
mod renderer;
mod shared;
mod site_files;
pub(crate) mod templates;

pub(crate) use templates::Templates;

use crate::images::Images;
use crate::output::Sink;
use crate::site::Site;
use anyhow::{Context as _, Result};
use kind::{file_of, Languages, PageKind, Paths};
use rayon::prelude::*;

/// Every kind of page, in sitemap order; `kind::Kind` lists the same kinds in the same order.
const KINDS: &[PageKind] = &[
    home::KIND,
    order::KIND,
    about::KIND,
    category::KIND,
    product::KIND,
    page::KIND,
    enquiry::KIND,
    not_found::KIND,
    listing::KIND,
    line_sheet::KIND,
];

/// What to render: the whole site, or what a change to some products touches (their pages, the category
/// pages and home pages that list them, the sitemap and the feeds).
pub(crate) enum Scope<'s> {
    All,
    Products { ids: &'s [String], categories: &'s [String] },
}

/// How many pages the site has, and how many of them were rendered (the rest were unchanged since the previous
/// build and kept as they were).
pub(crate) struct Rendered {
    pub pages: usize,
    pub rendered: usize,
}

pub(crate) fn render(site: &Site, tpl: &Templates, images: &Images, out: &dyn Sink, scope: &Scope) -> Result<Rendered> {
    let paths = Paths::new(site)?;
    let r = renderer::Renderer { site, tpl, out, paths: &paths, images, rendered: 0.into() };
    // The sitemap needs only the paths: it is written while the pages render.
    let (site_files, pages) = rayon::join(
        || site_files::sitemap_and_robots(&r, &paths),
        || -> Result<usize> {
            let mut count = 0;
            // One language at a time: its shared data (a listing card per product, the base context) is built,
            // used by every page of the language and dropped before the next, so memory does not grow with
            // the number of languages.
            for idx in 0..site.languages.len() {
                let ld = shared::LangData::new(site, idx, &paths, images)?;
                let ld = &ld;
                let wanted: Vec<(&PageKind, usize)> = KINDS
                    .iter()
                    .filter(|k| k.languages == Languages::Every || idx == 0)
                    .flat_map(|k| (0..paths.of(k.kind).len()).map(move |i| (k, i)))
                    .filter(|(k, i)| matches!(scope, Scope::All) || (k.partial)(site, ld, scope, *i))
                    .collect();
                count += wanted.par_iter().map(|(k, i)| (k.render)(&r, ld, *i).map(|_| 1)).sum::<Result<usize>>()?;
                site_files::feeds(&r, ld)?;
                listing::search_index(&r, ld)?;
                enquiry::write_products(&r, ld)?;
                // Cheap, and an alias added while `serve` runs must work at once.
                listing::redirects(&r, ld)?;
            }
            Ok(count)
        },
    );
    let count = pages?;
    site_files?;
    Ok(Rendered { pages: count, rendered: r.rendered.into_inner() })
}

/// Output files of every page of the site as it is now, to drop pages of removed or renamed products.
pub(crate) fn page_files(site: &Site) -> Result<std::collections::HashSet<String>> {
    let paths = Paths::new(site)?;
    let redirects = listing::redirects_of(site)?.into_iter().map(|r| crate::redirects::file_for(&r.from));
    Ok(paths.all().map(|path| file_of(path)).chain(redirects).collect())
}

/// Theme static files, the site's `assets/custom.css`, then the site's `static/`. A site file with a theme
/// file's name replaces it only when `theme.replace` lists it; otherwise the build stops with a message, since
/// a silently replaced `style.css` used to drop every theme rule.
pub(crate) fn copy_assets(site: &Site, out: &dyn Sink) -> Result<()> {
    let theme_files = crate::theme::static_files();
    let replace = &site.profile.theme.replace;
    if let Some(bad) = replace.iter().find(|r| !theme_files.iter().any(|(rel, _)| rel == *r)) {
        anyhow::bail!(crate::msg!("render-replace-not-a-theme-file", file = bad));
    }
    for (rel, bytes) in theme_files {
        let user_copy = site.root.join("static").join(&rel);
        if !user_copy.exists() {
            out.write(&rel, bytes)?;
        } else if !replace.contains(&rel) {
            anyhow::bail!(crate::msg!("render-static-replaces-theme", file = rel));
        }
    }
    let custom = site.root.join(crate::theme::CUSTOM_CSS);
    if custom.is_file() {
        out.copy(crate::theme::CUSTOM_CSS, &custom)?;
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

#[cfg(test)]
mod tests {
    /// `Paths::of` indexes the table by `Kind`, so the two must list the kinds in the same order.
    #[test]
    fn the_table_is_in_kind_order() {
        for (i, k) in super::KINDS.iter().enumerate() {
            assert_eq!(k.kind as usize, i, "{:?} is entry {i} of KINDS", k.kind);
        }
    }
}
