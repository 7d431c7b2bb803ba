//! Product listings: every page of the all-products listing and pages 2 on of each category (page 1 of a
//! category is the category page itself, `category.rs`, rendered by the same function here). Beside them, two
//! per-language outputs of big catalogs: the search index and the redirects of renamed products (`aliases:`).
//! The arithmetic (page count, page links, related products) is `crate::listing`.

use super::kind::{Kind, Languages, PageKind, Paths};
use super::renderer::{Meta, Renderer};
use super::shared::{Card, LangData};
use super::Scope;
use crate::listing::page_count;
use crate::order;
use crate::redirects::Redirect;
use crate::routes::{root_from, Routes};
use crate::seo::jsonld::script_json;
use crate::site::Site;
use anyhow::{bail, Context as _, Result};
use serde::Serialize;

/// Items: the all-products pages (1 to N), then pages 2 on of each category in order.
pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Listing,
    template: "products.html",
    paths,
    render: |r, ld, i| {
        let (category, n) = which(r.site, &ld.members, i);
        render(r, ld, category, n)
    },
    languages: Languages::Every,
    // A page shows its products' cards, the listing's size and the first product's photo: it changes when one
    // of its products changed, or when products were added or deleted (all-products pages) or moved in or out
    // (the category's pages).
    partial: |site, _ld, scope, i| match scope {
        Scope::All => true,
        Scope::Products { moved, reflow, members, .. } => match which(site, members, i) {
            (None, n) => *reflow || scope.touches(page_of(site, 0..site.content.products.len(), n)),
            (Some(c), n) => {
                moved.contains(&site.profile.categories[c].id)
                    || scope.touches(page_of(site, members[c].iter().copied(), n))
            }
        },
    },
    // Every page of a listing is its own address (canonical to itself), so each is in the sitemap.
    sitemap: Some(|site, _, profile_date| {
        site.content.products.iter().filter_map(|p| p.updated).max().max(profile_date)
    }),
};

/// The product indices of each category, in catalog order: `members[category]`.
pub(super) fn members(site: &Site) -> Vec<Vec<usize>> {
    let mut members = vec![Vec::new(); site.profile.categories.len()];
    for (i, p) in site.content.products.iter().enumerate() {
        if let Some(c) = site.profile.categories.iter().position(|c| c.id == p.category) {
            members[c].push(i);
        }
    }
    members
}

fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    let size = site.profile.listing.page_size;
    // Page n of a listing in every language; every language lists the same products, so page n exists in all.
    let page = |first: &[String], n: usize| routes.iter().zip(first).map(|(r, f)| r.listing_page(f, n)).collect();
    let all: Vec<String> = routes.iter().map(|r| r.products()).collect();
    let mut out: Vec<Vec<String>> =
        (1..=page_count(site.content.products.len(), size)).map(|n| page(&all, n)).collect();
    let categories = (super::category::KIND.paths)(site, routes)?;
    for (first, m) in categories.iter().zip(members(site)) {
        out.extend((2..=page_count(m.len(), size)).map(|n| page(first, n)));
    }
    Ok(out)
}

/// The products on page `n` of a listing of `members`.
pub(super) fn page_of(
    site: &Site,
    members: impl ExactSizeIterator<Item = usize>,
    n: usize,
) -> impl Iterator<Item = usize> {
    let range = crate::listing::page_range(n, members.len(), site.profile.listing.page_size);
    members.skip(range.start).take(range.len())
}

/// Which listing (`None`: all products) and page number item `i` of the kind is.
fn which(site: &Site, members: &[Vec<usize>], i: usize) -> (Option<usize>, usize) {
    let size = site.profile.listing.page_size;
    let all = page_count(site.content.products.len(), size);
    if i < all {
        return (None, i + 1);
    }
    let mut k = i - all;
    for (c, m) in members.iter().enumerate() {
        let extra = page_count(m.len(), size) - 1;
        if k < extra {
            return (Some(c), k + 2);
        }
        k -= extra;
    }
    (None, 1)
}

/// The pages of a listing, `[page][language]`.
fn pages<'p>(r: &'p Renderer, members: &[Vec<usize>], category: Option<usize>) -> Vec<&'p Vec<String>> {
    let size = r.site.profile.listing.page_size;
    let listing = r.paths.of(Kind::Listing);
    let all = page_count(r.site.content.products.len(), size);
    match category {
        None => listing[..all].iter().collect(),
        Some(c) => {
            let start = all + members[..c].iter().map(|m| page_count(m.len(), size) - 1).sum::<usize>();
            let extra = page_count(members[c].len(), size) - 1;
            std::iter::once(&r.paths.of(Kind::Category)[c]).chain(&listing[start..start + extra]).collect()
        }
    }
}

/// The variables of `products.html` (and of `category.html`, which also gets the listing as `category`).
#[derive(Serialize)]
pub(crate) struct ListingContext<'a> {
    pub page: Meta<'a>,
    /// The same listing again, for category templates written before listings were paginated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<&'a ListingView<'a>>,
    pub listing: &'a ListingView<'a>,
    pub pager: Pager<'a>,
}

/// `listing`: one page of a listing of products.
#[derive(Serialize)]
pub(crate) struct ListingView<'a> {
    pub name: String,
    pub description: String,
    pub products: Vec<&'a Card<'a>>,
    pub total: usize,
    /// The category's id; `None` for the all-products listing.
    pub category: Option<&'a str>,
}

/// `pager`: the page links of a listing.
#[derive(Serialize)]
pub(crate) struct Pager<'a> {
    pub current: usize,
    pub count: usize,
    pub links: Vec<PageNumber<'a>>,
    pub prev: Option<&'a str>,
    pub next: Option<&'a str>,
}

/// A numbered link, or a gap (`…`) between numbers.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum PageNumber<'a> {
    Link { n: usize, path: &'a str, current: bool },
    Gap { gap: bool },
}

/// Page `n` (from 1) of a listing: every product (`category` None) or one category's.
pub(super) fn render(r: &Renderer, ld: &LangData, category: Option<usize>, n: usize) -> Result<()> {
    let site = r.site;
    let site_name = ld.text(site, &site.profile.name);
    let all: Vec<usize>;
    let (members, name, description) = match category {
        Some(c) => {
            let cat = &site.profile.categories[c];
            let description = ld.opt_text(site, &cat.description).unwrap_or_default();
            (&ld.members[c][..], ld.category_names[c].clone(), description)
        }
        None => {
            all = (0..site.content.products.len()).collect();
            (&all[..], ld.t.get("listing.all_title").to_string(), String::new())
        }
    };
    let pages = pages(r, &ld.members, category);
    let cluster = pages[n - 1];
    let count = pages.len();
    let numbered = |s: &str| {
        if n > 1 {
            order::fill(ld.t.get("listing.page_title"), &[("title", s), ("n", &n.to_string())])
        } else {
            s.to_string()
        }
    };
    let meta_desc = if description.is_empty() { format!("{name} — {site_name}") } else { description.clone() };
    let mut meta = r.meta(ld, cluster, &format!("{} | {site_name}", numbered(&name)), &numbered(&meta_desc));
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(name.clone(), pages[0][ld.idx].clone())]);
    meta.breadcrumbs = Some(crumbs);
    meta.jsonld = Some(vec![script_json(&crumbs_ld)]);
    let range = crate::listing::page_range(n, members.len(), site.profile.listing.page_size);
    let products = members[range].iter().map(|&i| ld.card(i)).collect();
    meta.image = match members.first() {
        Some(&first) => Some(r.share_image(ld, &site.content.products[first])),
        None => r.default_image(ld),
    };
    let links = crate::listing::page_numbers(n, count)
        .into_iter()
        .map(|k| match k {
            Some(k) => PageNumber::Link { n: k, path: &pages[k - 1][ld.idx], current: k == n },
            None => PageNumber::Gap { gap: true },
        })
        .collect();
    let pager = Pager {
        current: n,
        count,
        links,
        prev: (n > 1).then(|| pages[n - 2][ld.idx].as_str()),
        next: (n < count).then(|| pages[n][ld.idx].as_str()),
    };
    let listing = ListingView {
        name,
        description,
        products,
        total: members.len(),
        category: category.map(|c| site.profile.categories[c].id.as_str()),
    };
    let path = meta.path;
    let (template, category) = match category {
        Some(_) => (super::category::KIND.template, Some(&listing)),
        None => (KIND.template, None),
    };
    r.emit(template, ld, path, &ListingContext { page: meta, category, listing: &listing, pager })
}

/// The search index of the language, `search/<lang>.json`, read by the listing pages' script.
pub(super) fn search_index(r: &Renderer, ld: &LangData) -> Result<()> {
    let prefix = &r.paths.of(Kind::Listing)[0][ld.idx];
    let json = crate::search::index(r.site, ld.idx, r.paths.of(Kind::Product), prefix);
    r.out.write_owned(&crate::search::file_for(&ld.lang.code), json.into_bytes())
}

/// Every alias of every product, leading to the product's page in the language of the file that lists it.
pub(super) fn redirects_of(site: &Site) -> Result<Vec<Redirect>> {
    let routes: Vec<Routes> =
        site.languages.iter().zip(&site.strings).map(|(lang, strings)| Routes { lang, strings }).collect();
    let mut out = Vec::new();
    for p in &site.content.products {
        for (lang, (text, r)) in p.texts.iter().zip(&routes).enumerate() {
            for from in &text.aliases {
                let source = text.source.display().to_string();
                out.push(Redirect { from: from.clone(), to: r.product(&text.slug), lang, source });
            }
        }
    }
    Ok(out)
}

/// A redirect never replaces a page (of any kind, the 404 page included) nor another redirect.
pub(super) fn check_redirects(site: &Site, paths: &Paths) -> Result<()> {
    let mut seen: std::collections::HashSet<String> = paths.all().map(|p| super::kind::file_of(p)).collect();
    for r in redirects_of(site)? {
        if !seen.insert(crate::redirects::file_for(&r.from)) {
            bail!(crate::msg!("render-alias-collision", file = r.source, alias = r.from));
        }
    }
    Ok(())
}

/// `redirect` in `redirect.html`: where a renamed product's old address leads.
#[derive(Serialize)]
pub(crate) struct RedirectView {
    pub url: String,
    /// Relative to the old address, for browsers without JavaScript.
    pub href: String,
}

/// The redirect pages leading to this language's products, plus (once) the `_redirects` file.
pub(super) fn redirects(r: &Renderer, ld: &LangData) -> Result<()> {
    let all = redirects_of(r.site)?;
    for red in all.iter().filter(|x| x.lang == ld.idx) {
        let mut ctx = tera::Context::new();
        ctx.insert("lang", &ld.lang);
        ctx.insert(
            "redirect",
            &RedirectView { url: r.abs(&red.to), href: format!("{}{}", root_from(&red.from), red.to) },
        );
        ctx.insert("t", &ld.t.tree);
        let html = r
            .tpl
            .render("redirect.html", &ctx)
            .with_context(|| crate::msg!("render-page-failed", path = red.from, template = "redirect.html"))?;
        r.out.write(&crate::redirects::file_for(&red.from), html.as_bytes())?;
    }
    // A site's own `static/_redirects` is published as it is (the owner's file wins; the docs say to copy the
    // alias lines into it).
    if ld.idx == 0 && !all.is_empty() && !r.site.root.join("static/_redirects").exists() {
        let base = super::not_found::base_path(&r.site.profile.base_url);
        r.out.write("_redirects", crate::redirects::redirects_file(&base, &all).as_bytes())?;
    }
    Ok(())
}
