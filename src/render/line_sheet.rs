//! The line sheet: a printable catalog per language for trade fairs and B2B buyers. A cover with the company,
//! its contact details and a QR code to the catalog, then every product with its photo, SKU, price (and the
//! buyer's-currency note), minimum order, HS code and a QR code to its page. The QR codes are inline SVG, so
//! the page prints sharply at any size and needs no image files.

use super::kind::{single, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::{LangData, Picture};
use crate::pricing::PriceView;
use anyhow::Result;
use serde::Serialize;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::LineSheet,
    template: "line-sheet.html",
    paths: |_, routes| single(routes, |r| r.line_sheet()),
    render,
    languages: Languages::Every,
    // It lists every product, so a change to any product renders it again.
    partial: |_, _, _| true,
    // A page made for paper: it repeats the product pages, so search engines get those instead.
    sitemap: None,
};

/// The variables of `line-sheet.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct LineSheetContext<'a> {
    pub page: Meta<'a>,
    pub line_sheet: LineSheetView<'a>,
}

/// `line_sheet`: the site's address with its QR code, and every product.
#[derive(Serialize)]
pub(crate) struct LineSheetView<'a> {
    pub url: String,
    pub qr: String,
    pub products: Vec<LineSheetItem<'a>>,
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
    pub qr: String,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let cluster = r.paths.single(Kind::LineSheet);
    let name = ld.text(site, &site.profile.name);
    let title = format!("{} | {name}", ld.t.get("line_sheet.title"));
    let description = crate::order::fill(ld.t.get("line_sheet.description"), &[("name", &name)]);
    let mut meta = r.meta(ld, cluster, &title, &description);
    meta.noindex = true;
    let home = r.abs(&r.paths.single(Kind::Home)[ld.idx]);
    let products = site
        .content
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = &p.texts[ld.idx];
            let url = r.abs(&r.paths.of(Kind::Product)[i][ld.idx]);
            Ok(LineSheetItem {
                title: &text.title,
                sku: &p.sku,
                qr: qr_svg(&url)?,
                url,
                image: &ld.cards[i].image,
                price: ld.price(i),
                unit: text.unit.as_deref(),
                min_order: p.min_order,
                hs_code: p.hs_code.as_deref(),
                availability: p.availability.key(),
                category: &p.category,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let line_sheet = LineSheetView { qr: qr_svg(&home)?, url: home, products };
    let path = meta.path;
    r.emit(KIND.template, ld, path, &LineSheetContext { page: meta, line_sheet })
}

/// A QR code for `url` as inline SVG markup (no XML declaration, scalable through its `viewBox`). The URL is
/// only encoded in the modules, never written into the markup, so nothing from the input needs escaping.
pub(crate) fn qr_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| anyhow::anyhow!(crate::msg!("line-sheet-qr-failed", url = url, why = e.to_string())))?;
    let svg = code.render::<qrcode::render::svg::Color>().quiet_zone(true).module_dimensions(1, 1).build();
    // Drop the XML declaration (invalid inside HTML) and let CSS size the code: the viewBox keeps it square.
    let svg = svg.split_once("<svg").map(|(_, rest)| format!("<svg{rest}")).unwrap_or(svg);
    Ok(svg)
}

#[cfg(test)]
mod tests {
    #[test]
    fn qr_is_inline_svg() {
        let svg = super::qr_svg("https://example.com/products/a/").unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(!svg.contains("<?xml"));
        assert!(svg.contains("viewBox"), "{svg}");
    }
}
