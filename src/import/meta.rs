//! Meta commerce catalog CSV (Facebook and Instagram shops; Commerce Manager → Catalog → Data sources →
//! export). The columns are Meta's data-feed fields: `id`, `title`, `description`, `availability`, `condition`,
//! `price` (`850.00 MXN`), `link`, `image_link`, `additional_image_link`, `brand`, and optionally
//! `product_type`, `sale_price`, `gtin`, `mpn`, `item_group_id`. vitrina's own `feeds/meta-<lang>.csv` has the
//! same columns, so a site's feed comes back as its products (the slug from `link`, the category from
//! `product_type`). Rows of one `item_group_id` are variants to Meta; each is its own product here.

use super::table::Table;
use super::{Ctx, Draft, Texts};

pub(crate) fn read(table: &Table, ctx: &mut Ctx) -> Vec<Draft> {
    if !super::require_columns(table, ctx, "Meta", &["id", "title", "price"]) {
        return Vec::new();
    }
    let mut drafts = Vec::new();
    for row in &table.rows {
        let line = row.line;
        let sku = unformula(table.get(row, "id"));
        let title = unformula(table.get(row, "title"));
        if sku.is_empty() || title.is_empty() {
            let column = if sku.is_empty() { "id" } else { "title" };
            let file = ctx.file_name.clone();
            ctx.errors.push(crate::msg!("import-empty-cell", file = file, row = line, column = column));
            continue;
        }
        let Some(price) = ctx.price(line, table.header("price"), table.get(row, "price")) else { continue };
        let mut images = super::image_list(table.get(row, "image_link"), line, table.header("image_link"));
        images.extend(super::image_list(
            table.get(row, "additional_image_link"),
            line,
            table.header("additional_image_link"),
        ));
        let slug = super::slug_from_link(table.get(row, "link")).unwrap_or_else(|| super::slugify(&title));
        let category = [table.get(row, "product_type"), table.get(row, "google_product_category")]
            .into_iter()
            .find(|c| !c.is_empty())
            // "Home > Kitchen > Mortars": the most specific part names the shelf.
            .map(|c| c.rsplit('>').next().unwrap_or(c).trim().to_string());
        let texts = Texts {
            title: title.clone(),
            body: super::html_to_markdown(&unformula(table.get(row, "description"))),
            slug: Some(slug.clone()),
            category,
            alts: vec![title; images.len()],
            ..Texts::default()
        };
        let availability =
            super::read_availability(ctx, line, table.header("availability"), table.get(row, "availability"));
        let opt = |c: &str| Some(table.get(row, c).to_string()).filter(|s| !s.is_empty());
        drafts.push(Draft {
            file: ctx.file.to_path_buf(),
            row: line,
            slug,
            sku,
            price,
            availability,
            images,
            texts: [(ctx.lang.clone(), texts)].into(),
            brand: opt("brand"),
            gtin: opt("gtin"),
            mpn: opt("mpn"),
            ..Draft::default()
        });
    }
    drafts
}

/// vitrina's feed puts `'` before a cell a spreadsheet would run as a formula (`'-2`); the owner's text is
/// what follows it.
fn unformula(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest.to_string(),
        _ => cell.to_string(),
    }
}
