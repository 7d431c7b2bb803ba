//! The buyer's enquiry list (`/consulta/`, `/en/enquiry/`): several products in one message. The list itself
//! lives in the buyer's browser (`localStorage`) and the theme's `enquiry.js` draws it; this page carries this
//! language's title, unit, minimum, path and base price of every product, so a list made in one language reads
//! in another.

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
    // It carries every product's title and price: any product change may touch it.
    partial: |_, _, _| true,
    // Dated like the home page: the newest product, or the profile if that is newer.
    sitemap: super::home::KIND.sitemap,
};

/// The variables of `enquiry.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct EnquiryContext<'a> {
    pub page: Meta<'a>,
    pub enquiry: EnquiryView<'a>,
}

/// `enquiry`: every product the enquiry list can hold, by SKU.
#[derive(Serialize)]
pub(crate) struct EnquiryView<'a> {
    pub products: BTreeMap<&'a str, EnquiryLine<'a>>,
}

#[derive(Serialize)]
pub(crate) struct EnquiryLine<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub unit: Option<&'a str>,
    pub min: Option<u32>,
    pub amount: Option<&'a str>,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let cluster = r.paths.single(Kind::Enquiry);
    let title = ld.t.get("enquiry.title");
    let mut meta = r.meta(ld, cluster, title, ld.t.get("enquiry.intro"));
    meta.image = r.default_image(ld);
    let products = ld
        .cards
        .iter()
        .map(|c| {
            let line =
                EnquiryLine { title: c.title, path: c.path, unit: c.unit, min: c.min_order, amount: c.price.amount() };
            (c.sku, line)
        })
        .collect();
    let (crumbs, _) = r.crumbs(ld, &[(title.to_string(), cluster[ld.idx].clone())]);
    meta.breadcrumbs = Some(crumbs);
    let path = meta.path;
    r.emit(KIND.template, ld, path, &EnquiryContext { page: meta, enquiry: EnquiryView { products } })
}
