//! The buyer's enquiry list (`/consulta/`, `/en/enquiry/`): several products in one message. The list itself
//! lives in the buyer's browser (`localStorage`) and the theme's `enquiry.js` draws it from this language's
//! product data (title, unit, minimum, path and base price of every product, so a list made in one language reads
//! in another). That data is a file of its own, `search/<lang>-products.json`, fetched by the page: inside the
//! page it weighed about 2.5 MB at 10,000 products, on a page whose own markup is a few KB.

use super::kind::{single, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::LangData;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Enquiry,
    template: "enquiry.html",
    paths: |_, routes| single(routes, |r| r.enquiry()),
    render,
    languages: Languages::Every,
    // The products' data is in `products_file`, written on every build: the page itself names no product.
    partial: super::kind::never,
    // Dated like the home page: the newest product, or the profile if that is newer.
    sitemap: super::home::KIND.sitemap,
};

/// The variables of `enquiry.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct EnquiryContext<'a> {
    pub page: Meta<'a>,
    pub enquiry: EnquiryView,
}

/// `enquiry`: where the page's script finds the product data (`products_file`).
#[derive(Serialize)]
pub(crate) struct EnquiryView {
    pub products: String,
}

/// One product of `search/<lang>-products.json`, as the list page needs it in this language.
#[derive(Serialize)]
pub(crate) struct EnquiryLine<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub unit: Option<&'a str>,
    pub min: Option<u32>,
    pub amount: Option<String>,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let cluster = r.paths.single(Kind::Enquiry);
    let title = ld.t.get("enquiry.title");
    let mut meta = r.meta(ld, cluster, title, ld.t.get("enquiry.intro"));
    // Shared links to the list page look like the catalog's other pages (the site's share image).
    meta.image = r.default_image(ld);
    let (crumbs, _) = r.crumbs(ld, &[(title.to_string(), cluster[ld.idx].clone())]);
    meta.breadcrumbs = Some(crumbs);
    let path = meta.path;
    let enquiry = EnquiryView { products: products_file(&ld.lang.code) };
    r.emit(KIND.template, ld, path, &EnquiryContext { page: meta, enquiry })
}

/// Where the product data of a language's list page is, from the site's root (beside the search index).
pub(crate) fn products_file(code: &str) -> String {
    format!("search/{code}-products.json")
}

/// The language's product data for the list page, keyed by SKU: `{"SKU": {title, path, unit, min, amount}}`,
/// `path` from the site's root. Written as JSON by serde, so no product text needs escaping by hand.
pub(super) fn write_products(r: &Renderer, ld: &LangData) -> Result<()> {
    let paths = r.paths.of(Kind::Product);
    let products: BTreeMap<&str, EnquiryLine> = r
        .site
        .content
        .products
        .iter()
        .zip(paths)
        .map(|(p, path)| {
            let text = &p.texts[ld.idx];
            let line = EnquiryLine {
                title: &text.title,
                path: &path[ld.idx],
                unit: text.unit.as_deref(),
                min: p.min_order,
                amount: crate::pricing::base_amount(&r.site.profile, p),
            };
            (p.sku.as_str(), line)
        })
        .collect();
    r.out.write_owned(&products_file(&ld.lang.code), serde_json::to_vec(&products)?)
}
