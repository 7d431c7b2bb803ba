//! The table of page kinds: what a kind of page is to the rest of the build. Paths (and so uniqueness checks,
//! translations, hreflang and the pages a removed product leaves behind), the render loop and the sitemap all
//! read `super::KINDS`; nothing else lists the kinds. Adding a page kind is one entry there, one file beside
//! this one and one template.

use super::renderer::Renderer;
use super::shared::LangData;
use super::Scope;
use crate::routes::Routes;
use crate::site::Site;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use std::sync::Arc;

/// The kinds of page, in the order of `super::KINDS` (a test checks it): the sitemap lists them in this order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Home,
    Order,
    About,
    Category,
    Product,
    Page,
    Enquiry,
    NotFound,
    Listing,
    LineSheet,
}

/// Which languages a kind is rendered in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Languages {
    /// One page per item in every language.
    Every,
    /// One page for the whole site, rendered with the default language's data. No kind uses it since the
    /// 404 page exists per language; kept for site-wide single pages.
    #[allow(dead_code)]
    First,
}

/// `[item][language]`: every item of a kind, each with its path in every language.
pub(crate) type Clusters = Vec<Vec<String>>;

/// The sitemap's `lastmod` of an item, given the profile's date.
pub(crate) type LastMod = fn(&Site, usize, Option<NaiveDate>) -> Option<NaiveDate>;

pub(crate) struct PageKind {
    pub kind: Kind,
    /// The template that renders it, named here for `docs/templates.md` and its test.
    pub template: &'static str,
    /// Every item's address in every language, `[item][language]`: a page and its translations.
    pub paths: fn(&Site, &[Routes]) -> Result<Clusters>,
    /// Renders item `i` in the language of `LangData`.
    pub render: fn(&Renderer, &LangData, usize) -> Result<()>,
    pub languages: Languages,
    /// Whether a rebuild of only some products (`serve`) renders item `i` again (in the language of `LangData`,
    /// whose shared data, such as the categories' members, it may read).
    pub partial: fn(&Site, &LangData, &Scope, usize) -> bool,
    /// The sitemap's `lastmod` of item `i`, given the profile's date; `None` keeps the kind out of the sitemap.
    pub sitemap: Option<LastMod>,
}

/// For kinds that a product change never touches.
pub(crate) fn never(_: &Site, _: &LangData, _: &Scope, _: usize) -> bool {
    false
}

/// One item: a page every language has once (home, order, about).
pub(crate) fn single(routes: &[Routes], path: impl Fn(&Routes) -> String) -> Result<Clusters> {
    Ok(vec![routes.iter().map(path).collect()])
}

/// The path of every page in every language: `[kind][item][language]`. Language switchers, hreflang and the
/// sitemap all read from here, so a page and its translations always point at each other.
pub(crate) struct Paths {
    all: Vec<Clusters>,
    /// A hash of what the paths read of the products (`products_key`), so that a rebuild after a product edit
    /// can tell whether they still hold (`Paths::reuse`).
    products: [u8; 32],
}

impl Paths {
    pub(crate) fn new(site: &Site) -> Result<Paths> {
        let routes: Vec<Routes> =
            site.languages.iter().zip(&site.strings).map(|(lang, strings)| Routes { lang, strings }).collect();
        let all = super::KINDS.iter().map(|k| (k.paths)(site, &routes)).collect::<Result<Vec<_>>>()?;
        let paths = Paths { all, products: products_key(site) };
        paths.check_unique()?;
        super::listing::check_redirects(site, &paths)?;
        Ok(paths)
    }

    /// The paths of `site`, given the paths of the build it differs from only in its products: those again
    /// when no product's address, category or alias changed and none was added or removed (an edit to a
    /// product's text or price), else made and checked anew. Making them checks every address of the site.
    pub(crate) fn reuse(previous: &Arc<Paths>, site: &Site) -> Result<Arc<Paths>> {
        if previous.products == products_key(site) {
            Ok(Arc::clone(previous))
        } else {
            Ok(Arc::new(Paths::new(site)?))
        }
    }

    /// The items of one kind, each with its path in every language.
    pub(crate) fn of(&self, kind: Kind) -> &[Vec<String>] {
        &self.all[kind as usize]
    }

    /// The paths of a kind with one item (home, order, about), one per language.
    pub(crate) fn single(&self, kind: Kind) -> &[String] {
        &self.all[kind as usize][0]
    }

    /// Every path of every kind.
    pub(crate) fn all(&self) -> impl Iterator<Item = &String> {
        self.all.iter().flatten().flatten()
    }

    /// Two different pages at one address would silently overwrite each other.
    fn check_unique(&self) -> Result<()> {
        let mut seen = std::collections::HashSet::new();
        for p in self.all() {
            if !seen.insert(p) {
                bail!(crate::msg!("render-path-collision", path = p));
            }
        }
        Ok(())
    }
}

/// Everything the paths read of the products, hashed: their number and order, each one's category (listing
/// and line-sheet pages), address in every language and aliases (checked against every page).
fn products_key(site: &Site) -> [u8; 32] {
    // Each string and list with its length first, so no two different catalogs hash alike.
    fn put(h: &mut blake3::Hasher, s: &str) {
        h.update(&(s.len() as u64).to_le_bytes());
        h.update(s.as_bytes());
    }
    let mut h = blake3::Hasher::new();
    for p in &site.content.products {
        put(&mut h, &p.category);
        for text in &p.texts {
            put(&mut h, &text.slug);
            h.update(&(text.aliases.len() as u64).to_le_bytes());
            for alias in &text.aliases {
                put(&mut h, alias);
            }
        }
    }
    *h.finalize().as_bytes()
}

/// The output file of a path: a clean URL (`en/products/x/`) is a folder's `index.html`; a path naming a file
/// (`404.html`) is that file.
pub(crate) fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        crate::routes::file_for(path)
    } else {
        path.to_string()
    }
}
