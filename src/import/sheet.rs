//! vitrina's spreadsheet template (docs/import.md): one row per product, filled in Google Sheets, Excel or
//! LibreOffice and saved as CSV. Columns: `sku`, `price`, `category`, `availability`, `images` (file names or
//! addresses separated by `,` or `|`), optional `slug`, `tags`, `weight_kg`, and per language `title_<lang>`,
//! `description_<lang>`, `alt_<lang>` (one text per photo, separated by `|`). The languages are the
//! `title_<lang>` columns, the first one being the default.

use super::table::Table;
use super::{Ctx, Draft, Texts};
use rust_decimal::Decimal;
use std::str::FromStr;

pub(crate) fn read(table: &Table, ctx: &mut Ctx) -> Vec<Draft> {
    if !super::require_columns(table, ctx, "vitrina", &["sku", "price"]) {
        return Vec::new();
    }
    let langs: Vec<String> = table
        .headers
        .iter()
        .filter_map(|h| h.to_ascii_lowercase().strip_prefix("title_").map(str::to_string))
        .collect();
    let mut drafts = Vec::new();
    for row in &table.rows {
        let line = row.line;
        let sku = table.get(row, "sku").to_string();
        let Some(first_title) = langs.iter().map(|l| table.get(row, &format!("title_{l}"))).find(|t| !t.is_empty())
        else {
            let file = ctx.file_name.clone();
            let column = langs.first().map(|l| format!("title_{l}")).unwrap_or_else(|| "title_es".into());
            ctx.errors.push(crate::msg!("import-empty-cell", file = file, row = line, column = column));
            continue;
        };
        if sku.is_empty() {
            let file = ctx.file_name.clone();
            ctx.errors.push(crate::msg!("import-empty-cell", file = file, row = line, column = table.header("sku")));
            continue;
        }
        let Some(price) = ctx.price(line, table.header("price"), table.get(row, "price")) else { continue };
        let images = super::image_list(table.get(row, "images"), line, table.header("images"));
        let slug = match table.get(row, "slug") {
            "" => super::slugify(first_title),
            s => super::slugify(s),
        };
        let category = Some(table.get(row, "category").to_string()).filter(|c| !c.is_empty());
        let mut texts = std::collections::BTreeMap::new();
        for l in &langs {
            let title = table.get(row, &format!("title_{l}"));
            if title.is_empty() {
                continue;
            }
            let alts: Vec<String> = table
                .get(row, &format!("alt_{l}"))
                .split('|')
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(str::to_string)
                .collect();
            texts.insert(
                l.clone(),
                Texts {
                    title: title.to_string(),
                    body: super::html_to_markdown(table.get(row, &format!("description_{l}"))),
                    slug: None,
                    category: category.clone(),
                    alts: if alts.is_empty() { vec![title.to_string(); images.len()] } else { alts },
                    description: None,
                },
            );
        }
        let availability =
            super::read_availability(ctx, line, table.header("availability"), table.get(row, "availability"));
        drafts.push(Draft {
            file: ctx.file.to_path_buf(),
            row: line,
            slug,
            sku,
            price,
            availability,
            images,
            texts,
            tags: table
                .get(row, "tags")
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string)
                .collect(),
            weight_kg: Decimal::from_str(table.get(row, "weight_kg")).ok().filter(|w| *w > Decimal::ZERO),
            ..Draft::default()
        });
    }
    drafts
}
