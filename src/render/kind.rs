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
pub(crate) struct Paths(Vec<Clusters>);

impl Paths {
    pub(crate) fn new(site: &Site) -> Result<Paths> {
        let routes: Vec<Routes> =
            site.languages.iter().zip(&site.strings).map(|(lang, strings)| Routes { lang, strings }).collect();
        let all = super::KINDS.iter().map(|k| (k.paths)(site, &routes)).collect::<Result<Vec<_>>>()?;
        let paths = Paths(all);
        paths.check_unique()?;
        super::listing::check_redirects(site, &paths)?;
        Ok(paths)
    }

    /// The items of one kind, each with its path in every language.
    pub(crate) fn of(&self, kind: Kind) -> &[Vec<String>] {
        &self.0[kind as usize]
    }

    /// The paths of a kind with one item (home, order, about), one per language.
    pub(crate) fn single(&self, kind: Kind) -> &[String] {
        &self.0[kind as usize][0]
    }

    /// Every path of every kind.
    pub(crate) fn all(&self) -> impl Iterator<Item = &String> {
        self.0.iter().flatten().flatten()
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

/// The output file of a path: a clean URL (`en/products/x/`) is a folder's `index.html`; a path naming a file
/// (`404.html`) is that file.
pub(crate) fn file_of(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') {
        crate::routes::file_for(path)
    } else {
        path.to_string()
    }
}
