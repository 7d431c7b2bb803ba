//! The line sheet: a printable catalog per language for trade fairs and B2B buyers. A cover with the company,
//! its contact details, a QR code to the catalog and the list of parts, each with its own QR code; then one part
//! per category (split after `PART_SIZE` products) with every product's photo, SKU, price (and the buyer's-
//! currency note), minimum order, HS code and a QR code to its page. Parts keep each page light: one page with
//! every product weighed tens of MB at 10,000 products. The QR codes are inline SVG (`crate::qr`), so the page
//! prints sharply at any size and needs no image files. The contexts hold only the URLs; the template draws the
//! codes (`qr(url=...)`, `super::templates`), so a build that keeps a page unchanged makes none of its codes.

use super::kind::{Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::{LangData, Picture};
use super::Scope;
use crate::pricing::PriceView;
use crate::routes::Routes;
use crate::site::Site;
use anyhow::Result;
use serde::Serialize;

/// The most products one part of the line sheet holds: about a dozen printed pages, a page of a few hundred KB.
pub(crate) const PART_SIZE: usize = 50;

/// Items: the cover (0), then the parts in `parts` order.
pub(super) const KIND: PageKind = PageKind {
    kind: Kind::LineSheet,
    template: "line-sheet.html",
    paths,
    render,
    languages: Languages::Every,
    partial: touched,
    // A page made for paper: it repeats the product pages, so search engines get those instead.
    sitemap: None,
};

/// Whether a change to some products renders item `i` again. A part shows its products, so it does when it
/// holds one of them (`at`); its products and its number (`n` of `of`) shift when its category gains or loses
/// one, so it also does when its category's list changed (`moved`). The cover lists every part with its product
/// count, which changes only with a category's list, so it does when `moved` is not empty.
fn touched(site: &Site, ld: &LangData, scope: &Scope, i: usize) -> bool {
    let Scope::Products { at, moved, .. } = scope else {
        return true;
    };
    let named = |category: usize| moved.iter().any(|c| *c == site.profile.categories[category].id);
    match i.checked_sub(1).map(|k| &ld.parts[k]) {
        None => !moved.is_empty(),
        Some(part) => named(part.category) || part.products.iter().any(|p| at.contains(p)),
    }
}

/// One part of the line sheet: `n` of `of` of category `category`, holding `products` (indices, catalog order).
pub(crate) struct Part {
    pub category: usize,
    pub n: usize,
    pub of: usize,
    pub products: Vec<usize>,
}

/// Every category's products (`members[category]`) cut into parts of at most `size`; empty categories have none.
pub(crate) fn parts(members: &[Vec<usize>], size: usize) -> Vec<Part> {
    let mut out = Vec::new();
    for (category, m) in members.iter().enumerate() {
        let of = m.len().div_ceil(size);
        for (k, chunk) in m.chunks(size).enumerate() {
            out.push(Part { category, n: k + 1, of, products: chunk.to_vec() });
        }
    }
    out
}

/// The cover at `linea/`, a category's parts at `linea/<category slug>/`, `linea/<category slug>/pagina/2/`...
fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    let categories = (super::category::KIND.paths)(site, routes)?;
    let cover: Vec<String> = routes.iter().map(|r| r.line_sheet()).collect();
    let mut out = vec![cover.clone()];
    for part in parts(&super::listing::members(site), PART_SIZE) {
        let path = |(l, r): (usize, &Routes)| {
            // The category's own slug in this language: the last segment of its page's path.
            let slug = categories[part.category][l].trim_end_matches('/').rsplit('/').next().unwrap_or_default();
            r.listing_page(&format!("{}{slug}/", cover[l]), part.n)
        };
        out.push(routes.iter().enumerate().map(path).collect());
    }
    Ok(out)
}

/// The variables of `line-sheet.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct LineSheetContext<'a> {
    pub page: Meta<'a>,
    pub line_sheet: LineSheetView<'a>,
}

/// `line_sheet`: the catalog's address; on the cover the parts, on a part its products. QR codes are drawn by
/// the template from the URLs (`qr(url=...)`): a URL decides its code, so the page's input hash stays honest.
#[derive(Serialize)]
pub(crate) struct LineSheetView<'a> {
    pub url: String,
    pub parts: Vec<PartLink<'a>>,
    pub part: Option<PartView<'a>>,
    pub products: Vec<LineSheetItem<'a>>,
}

/// A part as the cover lists it.
#[derive(Serialize)]
pub(crate) struct PartLink<'a> {
    pub title: String,
    pub path: &'a str,
    pub url: String,
    pub count: String,
}

/// The part a page is, with the way back to the cover.
#[derive(Serialize)]
pub(crate) struct PartView<'a> {
    pub title: String,
    pub cover: CoverLink<'a>,
}

#[derive(Serialize)]
pub(crate) struct CoverLink<'a> {
    pub path: &'a str,
    pub url: String,
}

#[derive(Serialize)]
pub(crate) struct LineSheetItem<'a> {
    pub title: &'a str,
    pub sku: &'a str,
    pub url: String,
    pub image: &'a Picture<'a>,
    pub price: &'a PriceView<'a>,
    pub unit: Option<&'a str>,
    pub min_order: Option<u32>,
    pub hs_code: Option<&'a str>,
    pub availability: &'static str,
    pub category: &'a str,
}

fn render(r: &Renderer, ld: &LangData, i: usize) -> Result<()> {
    let site = r.site;
    let cluster = &r.paths.of(Kind::LineSheet)[i];
    let parts = &ld.parts;
    let name = ld.text(site, &site.profile.name);
    let part_title = |p: &Part| {
        let c = &ld.category_names[p.category];
        if p.of > 1 {
            format!("{c} ({}/{})", p.n, p.of)
        } else {
            c.clone()
        }
    };
    let sheet = ld.t.get("line_sheet.title");
    let title = match i {
        0 => format!("{sheet} | {name}"),
        _ => format!("{}: {sheet} | {name}", part_title(&parts[i - 1])),
    };
    let description = crate::order::fill(ld.t.get("line_sheet.description"), &[("name", &name)]);
    let mut meta = r.meta(ld, cluster, &title, &description);
    meta.noindex = true;
    let home = r.abs(&r.paths.single(Kind::Home)[ld.idx]);
    let all = r.paths.of(Kind::LineSheet);
    let line_sheet = if i == 0 {
        let parts = parts
            .iter()
            .zip(&all[1..])
            .map(|(p, path)| {
                let url = r.abs(&path[ld.idx]);
                let n = p.products.len();
                let count =
                    crate::order::fill(ld.t.count("line_sheet.part_count", n as u64), &[("count", &n.to_string())]);
                PartLink { title: part_title(p), path: &path[ld.idx], url, count }
            })
            .collect();
        LineSheetView { url: home, parts, part: None, products: Vec::new() }
    } else {
        let part = &parts[i - 1];
        let products = part.products.iter().map(|&p| product(r, ld, p)).collect();
        let cover = CoverLink { path: &all[0][ld.idx], url: r.abs(&all[0][ld.idx]) };
        let part = Some(PartView { title: part_title(part), cover });
        LineSheetView { url: home, parts: Vec::new(), part, products }
    };
    let path = meta.path;
    r.emit(KIND.template, ld, path, &LineSheetContext { page: meta, line_sheet })
}

/// One product's row: what a buyer at a fair needs, and the address of its page in this language (for its QR code).
fn product<'a>(r: &'a Renderer, ld: &'a LangData, i: usize) -> LineSheetItem<'a> {
    let p = &r.site.content.products[i];
    let text = &p.texts[ld.idx];
    let url = r.abs(&r.paths.of(Kind::Product)[i][ld.idx]);
    LineSheetItem {
        title: &text.title,
        sku: &p.sku,
        url,
        image: &ld.card(i).image,
        price: ld.price(i),
        unit: text.unit.as_deref(),
        min_order: p.min_order,
        hs_code: p.hs_code.as_deref(),
        availability: p.availability.key(),
        category: &p.category,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parts_split_each_category_after_the_part_size() {
        let members = vec![(0..5).collect(), vec![], vec![5, 6]];
        let parts = super::parts(&members, 2);
        let got: Vec<(usize, usize, usize, Vec<usize>)> =
            parts.into_iter().map(|p| (p.category, p.n, p.of, p.products)).collect();
        assert_eq!(got, vec![(0, 1, 3, vec![0, 1]), (0, 2, 3, vec![2, 3]), (0, 3, 3, vec![4]), (2, 1, 1, vec![5, 6])]);
    }
}
