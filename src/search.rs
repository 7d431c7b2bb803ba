//! The search index of one language, `search/<lang>.json`: what the listing pages' script (`search.js`)
//! loads on first use to search and filter products in the browser. Arrays instead of objects, and product
//! paths without their common prefix, keep it small: about 60 bytes a product before compression.
//!
//! Format (version 1): `{"v":1, "currency":"MXN", "prefix":"en/products/", "categories":[name…],
//! "availability":[key…], "items":[[title, path, category, availability, price|null, sku]…]}` where `path` is
//! relative to `prefix`, `category` and `availability` index their lists, and `price` is in the base currency
//! (null when on request).

use crate::site::Site;
use serde::Serialize;

const AVAILABILITY: [&str; 4] = ["in_stock", "made_to_order", "preorder", "out_of_stock"];

#[derive(Serialize)]
struct Index<'a> {
    v: u32,
    currency: &'a str,
    prefix: &'a str,
    categories: Vec<&'a str>,
    availability: [&'static str; 4],
    items: Vec<Item<'a>>,
}

/// One product, as a JSON array to keep the index small: title, SKU, category index, availability index,
/// price amount (or null), path.
type Item<'a> = (&'a str, &'a str, usize, usize, Option<serde_json::Value>, &'a str);

/// Where the index of language `code` is published.
pub fn file_for(code: &str) -> String {
    format!("search/{code}.json")
}

/// The index of language `lang`: `paths[product][language]` are the product pages, `prefix` the folder they
/// share (the all-products listing).
pub fn index(site: &Site, lang: usize, paths: &[Vec<String>], prefix: &str) -> String {
    let code = &site.languages[lang].code;
    let default = &site.languages[0].code;
    let categories: Vec<&str> = site.profile.categories.iter().map(|c| c.name.get(code, default)).collect();
    let items = site
        .content
        .products
        .iter()
        .zip(paths)
        .map(|(p, path)| {
            let path = &path[lang];
            let cat = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
            let avail = AVAILABILITY.iter().position(|a| *a == p.availability.key()).unwrap_or(0);
            let price = crate::pricing::base_amount(&site.profile, p).as_deref().and_then(number);
            (p.texts[lang].title.as_str(), path.strip_prefix(prefix).unwrap_or(path), cat, avail, price, p.sku.as_str())
        })
        .collect();
    let index = Index { v: 1, currency: &site.profile.currency, prefix, categories, availability: AVAILABILITY, items };
    serde_json::to_string(&index).unwrap_or_default()
}

/// `"450.00"` → `450`, `"12.50"` → `12.5`: the shortest JSON number (prices are compared, never shown).
fn number(amount: &str) -> Option<serde_json::Value> {
    let trimmed = if amount.contains('.') { amount.trim_end_matches('0').trim_end_matches('.') } else { amount };
    serde_json::from_str(trimmed).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn prices_are_short_numbers() {
        assert_eq!(super::number("450.00"), Some(serde_json::json!(450)));
        assert_eq!(super::number("12.50"), Some(serde_json::json!(12.5)));
        assert_eq!(super::number("1200"), Some(serde_json::json!(1200)));
    }
}
