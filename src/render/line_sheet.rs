//! The line sheet: a printable catalog per language for trade fairs and B2B buyers. A cover with the company,
//! its contact details and a QR code to the catalog, then every product with its photo, SKU, price (and the
//! buyer's-currency note), minimum order, HS code and a QR code to its page. The QR codes are inline SVG, so
//! the page prints sharply at any size and needs no image files.

use super::kind::{single, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use anyhow::Result;
use serde_json::{json, Value};

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

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let cluster = r.paths.single(Kind::LineSheet);
    let name = ld.text(site, &site.profile.name);
    let title = format!("{} | {name}", ld.t.get("line_sheet.title"));
    let description = crate::order::fill(ld.t.get("line_sheet.description"), &[("name", &name)]);
    let mut meta = r.meta(ld, cluster, &title, &description);
    // The same content as the product pages: not for search results, and kept out of the sitemap.
    meta.insert("noindex".into(), true.into());
    let home = r.abs(&r.paths.single(Kind::Home)[ld.idx]);
    let products = site
        .content
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = &p.texts[ld.idx];
            let url = r.abs(&r.paths.of(Kind::Product)[i][ld.idx]);
            Ok(json!({
                "title": text.title,
                "sku": p.sku,
                "url": url,
                "image": ld.cards[i]["image"],
                "price": ld.price(site, p),
                "unit": text.unit,
                "min_order": p.min_order,
                "hs_code": p.hs_code,
                "availability": p.availability.key(),
                "category": p.category,
                "qr": qr_svg(&url)?,
            }))
        })
        .collect::<Result<Vec<Value>>>()?;
    let data = json!({"url": home, "qr": qr_svg(&home)?, "products": products});
    r.emit(KIND.template, ld, meta, vec![("line_sheet", data)])
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
