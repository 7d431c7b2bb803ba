//! Rendering: builds the shared data of each language once (profile, categories, product cards, UI strings),
//! then renders every page of every kind in `KINDS` in parallel. A page's context holds only what is its own
//! plus that shared data. `docs/templates.md` documents what each template receives.
//!
//! A new kind of page is one entry in `KINDS`, one file here (its paths and its render function, see
//! `kind::PageKind`) and one template; paths, uniqueness, translations, hreflang, the sitemap, `serve`'s
//! clean-up of removed pages and the render loop follow from the table.

mod about;
mod category;
pub(crate) mod change;
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
mod splice;
pub(crate) mod templates;

pub(crate) use kind::Paths;
pub(crate) use templates::Templates;

use crate::images::Images;
use crate::output::Sink;
use crate::site::Site;
use anyhow::{Context as _, Result};
use kind::{file_of, Languages, PageKind};
use rayon::prelude::*;
use std::sync::Arc;

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

/// What to render: the whole site, or what a change to some products touches (their pages, the listing pages
/// that show them, the product pages that suggest them, the home pages, the sitemap and the feeds).
pub(crate) enum Scope<'s> {
    All,
    Products {
        /// The changed products (edited, added, renamed or deleted), by id.
        ids: &'s [String],
        /// Where the changed products that still exist are now in the catalog (`site.content.products`).
        at: &'s [usize],
        /// Categories whose list of products changed (a product added, deleted or moved in or out): their
        /// products move across the category's pages and between each other's suggestions.
        moved: &'s [String],
        /// Products were added or deleted: every product after them moves across the all-products pages and
        /// the suggestions, which are worked out from catalog positions.
        reflow: bool,
        /// `members[category]`: the product indices of each category now, worked out once for every kind.
        members: &'s [Vec<usize>],
        /// Each language's `Rendered::shared` from the build these products changed in. A language whose
        /// shared data differs now (a category's count or photo) renders every page, since every page shows it.
        shared: &'s [[u8; 32]],
        /// Also the files about every product (what `catalog` writes), in the same pass: `build` has no
        /// reason to make them apart, `serve` makes them after telling open pages to reload.
        catalog: bool,
        /// `Rendered::paths` of that build, if at hand: kept when no product moved (`Paths::reuse`).
        paths: Option<&'s Arc<Paths>>,
        /// The pieces of that build's files about every product, if saved: unchanged ones are copied.
        kept: Option<&'s crate::cache::fragments::Tables>,
    },
}

impl Scope<'_> {
    /// Whether some of the products `shown` (catalog indices) changed; always for the whole site.
    pub(crate) fn touches(&self, mut shown: impl Iterator<Item = usize>) -> bool {
        match self {
            Scope::All => true,
            Scope::Products { at, .. } => shown.any(|i| at.contains(&i)),
        }
    }
}

/// The product indices of each category, in catalog order: `members[category]`.
pub(crate) fn members(site: &Site) -> Vec<Vec<usize>> {
    listing::members(site)
}

/// How many pages the site has, and how many of them were rendered (the rest were unchanged since the previous
/// build and kept as they were).
pub(crate) struct Rendered {
    pub pages: usize,
    pub rendered: usize,
    /// A hash of each language's shared data (what every page of the language shows), for `Scope::Products`.
    pub shared: Vec<[u8; 32]>,
    /// Every page's path, for `catalog`, `page_files` and the next `Scope::Products`.
    pub paths: Arc<Paths>,
    /// Where each product's piece is in the files about every product, for the next build.
    pub fragments: Vec<crate::cache::fragments::Table>,
    /// Of those pieces, how many were made in this build and how many there are.
    pub pieces: (usize, usize),
}

pub(crate) fn render(site: &Site, tpl: &Templates, images: &Images, out: &dyn Sink, scope: &Scope) -> Result<Rendered> {
    let paths = match scope {
        Scope::Products { paths: Some(previous), .. } => Paths::reuse(previous, site)?,
        _ => Arc::new(Paths::new(site)?),
    };
    let kept = match scope {
        Scope::Products { kept, .. } => *kept,
        Scope::All => None,
    };
    let fragments = splice::Fragments::new(kept);
    let r = renderer::Renderer { site, tpl, out, paths: &paths, images, rendered: 0.into(), fragments: &fragments };
    // The sitemap needs only the paths: it is written while the pages render.
    let mut shared_hashes = Vec::new();
    // A product change in `serve` leaves the files about every product to `catalog`, which it runs once the
    // changed pages are in and open pages were told to reload.
    let whole = matches!(scope, Scope::All | Scope::Products { catalog: true, .. });
    let (site_files, pages) = rayon::join(
        || if whole { site_files::sitemap_and_robots(&r, &paths) } else { Ok(()) },
        || -> Result<usize> {
            let mut count = 0;
            // One language at a time: its shared data (a listing card per product, the base context) is built,
            // used by every page of the language and dropped before the next, so memory does not grow with
            // the number of languages.
            for idx in 0..site.languages.len() {
                let ld = shared::LangData::new(site, idx, &paths, images)?;
                let ld = &ld;
                let every = match scope {
                    Scope::All => true,
                    Scope::Products { shared, .. } => shared.get(idx) != Some(&ld.base_hash),
                };
                shared_hashes.push(ld.base_hash);
                let wanted: Vec<(&PageKind, usize)> = KINDS
                    .iter()
                    .filter(|k| k.languages == Languages::Every || idx == 0)
                    .flat_map(|k| (0..paths.of(k.kind).len()).map(move |i| (k, i)))
                    .filter(|(k, i)| every || (k.partial)(site, ld, scope, *i))
                    .collect();
                // The language's files about every product are written beside its pages.
                let (n, files) = rayon::join(
                    || wanted.par_iter().map(|(k, i)| (k.render)(&r, ld, *i).map(|_| 1)).sum::<Result<usize>>(),
                    // Redirects are cheap, and an alias added while `serve` runs must work at once.
                    || if whole { catalog_files(&r, ld) } else { listing::redirects(&r, ld) },
                );
                count += n?;
                files?;
            }
            Ok(count)
        },
    );
    let count = pages?;
    site_files?;
    let rendered = r.rendered.into_inner();
    let (tables, made, total) = fragments.finish();
    Ok(Rendered { pages: count, rendered, shared: shared_hashes, paths, fragments: tables, pieces: (made, total) })
}

/// One language's files about every product: the feeds, the search index, the enquiry form's product list and
/// the redirects of renamed products.
fn catalog_files(r: &renderer::Renderer, ld: &shared::LangData) -> Result<()> {
    site_files::feeds(r, ld)?;
    listing::search_index(r, ld)?;
    enquiry::write_products(r, ld)?;
    listing::redirects(r, ld)
}

/// What a render of `Scope::Products` leaves out: the sitemap, robots.txt and each language's files about every
/// product. No page links them with a version, so a page loaded just before they are replaced still works.
/// `paths` are the site's as it is now (`Rendered::paths`).
pub(crate) fn catalog(site: &Site, tpl: &Templates, images: &Images, out: &dyn Sink, paths: &Paths) -> Result<()> {
    let fragments = splice::Fragments::new(None);
    let r = renderer::Renderer { site, tpl, out, paths, images, rendered: 0.into(), fragments: &fragments };
    let (sitemap, files) = rayon::join(
        || site_files::sitemap_and_robots(&r, paths),
        || -> Result<()> {
            for idx in 0..site.languages.len() {
                catalog_files(&r, &shared::LangData::new(site, idx, paths, images)?)?;
            }
            Ok(())
        },
    );
    sitemap?;
    files
}

/// How many pages `render` makes of the whole site (`paths`).
pub(crate) fn page_count(site: &Site, paths: &Paths) -> usize {
    let n = site.languages.len();
    KINDS.iter().map(|k| paths.of(k.kind).len() * if k.languages == Languages::Every { n } else { 1 }).sum()
}

/// Output files of every page of the site as it is now (`paths`), to drop pages of removed or renamed products.
pub(crate) fn page_files(site: &Site, paths: &Paths) -> Result<std::collections::HashSet<String>> {
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
