//! Shopify products CSV (Admin → Products → Export). One product spans several rows with the same `Handle`:
//! the first carries `Title`, `Body (HTML)`, `Type`, `Tags`; each variant row carries `Option1 Value`…,
//! `Variant SKU`, `Variant Price`, `Variant Grams`, `Variant Inventory Qty`, `Variant Inventory Policy`,
//! `Variant Barcode`, `Variant Image`; rows with only `Image Src` (+ `Image Alt Text`) add photos. vitrina has
//! no variants: a product with several becomes one product per variant (`handle-option`), which is reported.

use super::table::{Row, Table};
use super::{Ctx, Draft, ImageRef, Texts};
use rust_decimal::Decimal;
use std::str::FromStr;

pub(crate) fn read(table: &Table, ctx: &mut Ctx) -> Vec<Draft> {
    if !super::require_columns(table, ctx, "Shopify", &["Handle", "Title", "Variant Price"]) {
        return Vec::new();
    }
    // Rows grouped by handle, in file order.
    let mut groups: Vec<(String, Vec<&Row>)> = Vec::new();
    for row in &table.rows {
        let handle = table.get(row, "Handle").to_string();
        match groups.iter_mut().find(|(h, _)| *h == handle) {
            Some((_, rows)) => rows.push(row),
            None => groups.push((handle, vec![row])),
        }
    }
    let mut drafts = Vec::new();
    for (handle, rows) in groups {
        let first = rows[0];
        let title = table.get(first, "Title").to_string();
        if handle.is_empty() || title.is_empty() {
            let column = if handle.is_empty() { table.header("Handle") } else { table.header("Title") };
            let file = ctx.file_name.clone();
            ctx.errors.push(crate::msg!("import-empty-cell", file = file, row = first.line, column = column));
            continue;
        }
        let mut images: Vec<(ImageRef, String)> = Vec::new();
        for row in &rows {
            let src = table.get(row, "Image Src");
            if !src.is_empty() && !images.iter().any(|(i, _)| i.source == src) {
                let alt = table.get(row, "Image Alt Text");
                let image =
                    ImageRef { source: src.to_string(), row: row.line, column: table.header("Image Src").into() };
                images.push((image, if alt.is_empty() { title.clone() } else { alt.to_string() }));
            }
        }
        let variants: Vec<&&Row> = rows.iter().filter(|r| !table.get(r, "Variant Price").is_empty()).collect();
        if variants.len() > 1 {
            let file = ctx.file_name.clone();
            ctx.warn(crate::msg!(
                "import-variants-split",
                file = file,
                row = first.line,
                product = handle.as_str(),
                count = variants.len()
            ));
        }
        let category = [table.get(first, "Type"), table.get(first, "Product Category")]
            .into_iter()
            .find(|c| !c.is_empty())
            .map(|c| c.rsplit('>').next().unwrap_or(c).trim().to_string());
        let body = super::html_to_markdown(table.get(first, "Body (HTML)"));
        let seo = Some(table.get(first, "SEO Description").to_string()).filter(|s| !s.is_empty());
        let tags: Vec<String> =
            table.get(first, "Tags").split(',').map(str::trim).filter(|t| !t.is_empty()).map(str::to_string).collect();
        for (n, v) in variants.iter().enumerate() {
            let line = v.line;
            let Some(price) = ctx.price(line, table.header("Variant Price"), table.get(v, "Variant Price")) else {
                continue;
            };
            let options: Vec<&str> = ["Option1 Value", "Option2 Value", "Option3 Value"]
                .iter()
                .map(|c| table.get(v, c))
                .filter(|o| !o.is_empty() && *o != "Default Title")
                .collect();
            let (slug, vtitle) = if variants.len() > 1 && !options.is_empty() {
                (
                    super::slugify(&format!("{handle} {}", options.join(" "))),
                    format!("{title} ({})", options.join(" / ")),
                )
            } else {
                (super::slugify(&handle), title.clone())
            };
            let sku = match table.get(v, "Variant SKU") {
                "" if variants.len() > 1 => format!("{}-{}", super::slugify(&handle).to_uppercase(), n + 1),
                "" => super::slugify(&handle).to_uppercase(),
                s => s.to_string(),
            };
            let mut own: Vec<(ImageRef, String)> = Vec::new();
            let vimage = table.get(v, "Variant Image");
            if !vimage.is_empty() {
                own.push((
                    ImageRef { source: vimage.to_string(), row: line, column: table.header("Variant Image").into() },
                    vtitle.clone(),
                ));
            }
            own.extend(images.iter().filter(|(i, _)| i.source != vimage).cloned());
            let qty = table.get(v, "Variant Inventory Qty");
            let availability = match (qty.parse::<i64>(), table.get(v, "Variant Inventory Policy")) {
                (Ok(q), _) if q > 0 => Some("in_stock"),
                (Ok(_), "continue") => Some("made_to_order"),
                (Ok(_), _) => Some("out_of_stock"),
                _ => None,
            };
            let weight_kg = Decimal::from_str(table.get(v, "Variant Grams"))
                .ok()
                .filter(|g| *g > Decimal::ZERO)
                .map(|g| (g / Decimal::from(1000)).normalize());
            let texts = Texts {
                title: vtitle,
                body: body.clone(),
                description: seo.clone(),
                slug: Some(slug.clone()),
                category: category.clone(),
                alts: own.iter().map(|(_, a)| a.clone()).collect(),
            };
            drafts.push(Draft {
                file: ctx.file.to_path_buf(),
                row: line,
                slug,
                sku,
                price,
                availability,
                images: own.into_iter().map(|(i, _)| i).collect(),
                texts: [(ctx.lang.clone(), texts)].into(),
                tags: tags.clone(),
                brand: Some(table.get(first, "Vendor").to_string()).filter(|s| !s.is_empty()),
                gtin: Some(table.get(v, "Variant Barcode").to_string()).filter(|s| !s.is_empty()),
                weight_kg,
                ..Draft::default()
            });
        }
    }
    drafts
}
