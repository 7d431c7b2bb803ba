//! WooCommerce products CSV (Products → Export, the built-in exporter's columns): `ID`, `Type` (`simple`,
//! `variable`, `variation`), `SKU`, `Name`, `Short description`, `Description` (HTML), `In stock?`,
//! `Backorders allowed?`, `Weight (kg)`, `Regular price`, `Sale price`, `Categories` (`Kitchen > Mortars,
//! Gifts`), `Tags`, `Images` (addresses separated by commas), `Parent` (`id:12` or the parent's SKU),
//! `Attribute 1 value(s)`. A variable product becomes one product per variation, which inherits the parent's
//! texts, category and photos.

use super::table::{Row, Table};
use super::{Ctx, Draft, Texts};
use rust_decimal::Decimal;
use std::str::FromStr;

pub(crate) fn read(table: &Table, ctx: &mut Ctx) -> Vec<Draft> {
    if !super::require_columns(table, ctx, "WooCommerce", &["Name", "Regular price"]) {
        return Vec::new();
    }
    let kind = |r: &Row| table.get(r, "Type").to_lowercase();
    let parent_of = |r: &Row| parent(table, r);
    let mut drafts = Vec::new();
    for row in &table.rows {
        let line = row.line;
        let k = kind(row);
        let has_variations =
            table.rows.iter().any(|r| kind(r) == "variation" && parent_of(r).is_some_and(|p| std::ptr::eq(p, row)));
        if k == "grouped" || k == "external" || (k == "variable" && has_variations) {
            continue;
        }
        // A variation's texts, category and photos come from its parent row.
        let base = if k == "variation" { parent_of(row).unwrap_or(row) } else { row };
        let mut title = table.get(row, "Name").to_string();
        if k == "variation" {
            let values: Vec<&str> =
                (1..=3).map(|n| table.get(row, &format!("Attribute {n} value(s)"))).filter(|v| !v.is_empty()).collect();
            if title.is_empty() || title == table.get(base, "Name") {
                title = format!("{} ({})", table.get(base, "Name"), values.join(" / "));
            }
        }
        if title.is_empty() {
            let file = ctx.file_name.clone();
            ctx.errors.push(crate::msg!("import-empty-cell", file = file, row = line, column = table.header("Name")));
            continue;
        }
        let price_cell = match table.get(row, "Regular price") {
            "" => table.get(row, "Sale price"),
            p => p,
        };
        let Some(price) = ctx.price(line, table.header("Regular price"), price_cell) else { continue };
        let mut images = super::image_list(table.get(row, "Images"), line, table.header("Images"));
        if k == "variation" {
            images.extend(super::image_list(table.get(base, "Images"), base.line, table.header("Images")));
        }
        let slug = super::slugify(&title);
        let sku = match table.get(row, "SKU") {
            "" => slug.to_uppercase(),
            s => s.to_string(),
        };
        let category = table
            .get(base, "Categories")
            .split(',')
            .next()
            .map(|c| c.rsplit('>').next().unwrap_or(c).trim().to_string())
            .filter(|c| !c.is_empty());
        let long = super::html_to_markdown(table.get(base, "Description"));
        let short = super::html_to_markdown(table.get(base, "Short description"));
        let body = if long.is_empty() { short.clone() } else { long };
        let in_stock = table.get(row, "In stock?");
        let availability = if in_stock.is_empty() {
            None
        } else if table.get(row, "Backorders allowed?") == "1" && in_stock == "0" {
            Some("made_to_order")
        } else {
            super::read_availability(ctx, line, table.header("In stock?"), in_stock)
        };
        let texts = Texts {
            alts: vec![title.clone(); images.len()],
            title,
            body,
            description: Some(short).filter(|s| !s.is_empty() && !s.contains('\n')),
            slug: Some(slug.clone()),
            category,
        };
        drafts.push(Draft {
            file: ctx.file.to_path_buf(),
            row: line,
            slug,
            sku,
            price,
            availability,
            images,
            texts: [(ctx.lang.clone(), texts)].into(),
            tags: table
                .get(base, "Tags")
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
            weight_kg: Decimal::from_str(table.get(row, "Weight (kg)")).ok().filter(|w| *w > Decimal::ZERO),
            gtin: None,
            ..Draft::default()
        });
    }
    drafts
}

/// A variation's parent row: `Parent` is `id:102` or the parent's SKU.
fn parent<'t>(table: &'t Table, r: &Row) -> Option<&'t Row> {
    let p = table.get(r, "Parent");
    let (key, column) = p.strip_prefix("id:").map(|id| (id, "ID")).unwrap_or((p, "SKU"));
    table.rows.iter().find(|c| !key.is_empty() && table.get(c, column) == key)
}
