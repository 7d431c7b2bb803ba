//! Product feeds for shops on social networks and search: a Meta (Facebook/Instagram) catalog CSV and a
//! Google Merchant Center RSS 2.0 feed, one of each per language. Prices are the base currency, exactly as on
//! the page and in its JSON-LD; products priced "on request" are left out (both platforms require a price).
//! Owners open the CSV in spreadsheets, so no cell of it may start like a formula (see `cell`).

use crate::content::Availability;
use crate::seo::xml_escape_into;

/// One product in a feed. Text is borrowed from the loaded catalog: a feed of 100,000 products should not
/// copy every description.
pub struct FeedItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    pub link: String,
    pub image: String,
    pub additional_images: Vec<String>,
    pub availability: Availability,
    /// `850.00 MXN`: number, space, ISO 4217 code.
    pub price: String,
    pub brand: &'a str,
    pub product_type: &'a str,
    pub gtin: Option<&'a str>,
    pub mpn: Option<&'a str>,
    pub weight_kg: Option<String>,
}

fn meta_availability(a: Availability) -> &'static str {
    match a {
        Availability::InStock => "in stock",
        Availability::MadeToOrder => "available for order",
        Availability::Preorder => "preorder",
        Availability::OutOfStock => "out of stock",
    }
}

/// Google's values use underscores. A made-to-order piece is accepted and fulfilled now (Google's "in_stock");
/// "backorder" would need an availability date the catalog does not have.
fn google_availability(a: Availability) -> &'static str {
    match a {
        Availability::InStock | Availability::MadeToOrder => "in_stock",
        Availability::Preorder => "preorder",
        Availability::OutOfStock => "out_of_stock",
    }
}

pub fn meta_csv(items: &[FeedItem]) -> String {
    let mut w = csv::Writer::from_writer(Vec::with_capacity(size_of(items, 64)));
    let header = [
        "id",
        "title",
        "description",
        "availability",
        "condition",
        "price",
        "link",
        "image_link",
        "additional_image_link",
        "brand",
        "product_type",
        "gtin",
        "mpn",
    ];
    w.write_record(header).expect("writing to memory");
    for it in items {
        let row = [
            it.id,
            &truncate(it.title, 200),
            &truncate(it.description, 9999),
            meta_availability(it.availability),
            "new",
            &it.price,
            &it.link,
            &it.image,
            &it.additional_images.join(","),
            it.brand,
            it.product_type,
            it.gtin.unwrap_or(""),
            it.mpn.unwrap_or(""),
        ];
        w.write_record(row.map(cell).iter().map(|c| c.as_bytes())).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("flush to memory")).expect("CSV of UTF-8 fields is UTF-8")
}

/// A CSV cell that a spreadsheet will not run: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return is a formula to Excel, LibreOffice and Google Sheets (`=HYPERLINK(…)` in a title would run when the
/// owner opens the feed), so it gets a leading `'`, as OWASP advises. Meta shows that title with the `'`.
fn cell(value: &str) -> std::borrow::Cow<'_, str> {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}").into()
    } else {
        value.into()
    }
}

/// About the bytes of a feed of `items`, `markup` bytes of it per item besides their text: a feed is sized up front,
/// since growing one by doubling copied (and paged in) tens of megabytes at 10,000 products.
fn size_of(items: &[FeedItem], markup: usize) -> usize {
    let text = |it: &FeedItem| {
        let images: usize = it.additional_images.iter().map(|i| i.len() + 1).sum();
        it.id.len() + it.title.len() + it.description.len() + it.link.len() + it.image.len() + images + it.brand.len()
    };
    items.iter().map(|it| text(it) + it.product_type.len() + it.price.len() + markup).sum::<usize>() + 1024
}

pub struct Channel<'a> {
    pub title: &'a str,
    pub link: &'a str,
    pub description: &'a str,
    pub language: &'a str,
}

pub fn google_rss(ch: &Channel, items: &[FeedItem]) -> String {
    let mut s = String::with_capacity(size_of(items, 640));
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n");
    tag(&mut s, "title", ch.title);
    tag(&mut s, "link", ch.link);
    tag(&mut s, "description", ch.description);
    tag(&mut s, "language", ch.language);
    for it in items {
        s.push_str("<item>\n");
        tag(&mut s, "g:id", &truncate(it.id, 50));
        tag(&mut s, "g:title", &truncate(it.title, 150));
        tag(&mut s, "g:description", &truncate(it.description, 5000));
        tag(&mut s, "g:link", &it.link);
        tag(&mut s, "g:image_link", &it.image);
        for extra in it.additional_images.iter().take(10) {
            tag(&mut s, "g:additional_image_link", extra);
        }
        tag(&mut s, "g:availability", google_availability(it.availability));
        tag(&mut s, "g:price", &it.price);
        tag(&mut s, "g:condition", "new");
        tag(&mut s, "g:brand", it.brand);
        tag(&mut s, "g:product_type", it.product_type);
        match (it.gtin, it.mpn) {
            (None, None) => tag(&mut s, "g:identifier_exists", "no"),
            (gtin, mpn) => {
                if let Some(g) = gtin {
                    tag(&mut s, "g:gtin", g);
                }
                if let Some(m) = mpn {
                    tag(&mut s, "g:mpn", m);
                }
            }
        }
        if let Some(w) = &it.weight_kg {
            tag(&mut s, "g:shipping_weight", &format!("{w} kg"));
        }
        s.push_str("</item>\n");
    }
    s.push_str("</channel>\n</rss>\n");
    s
}

fn tag(s: &mut String, name: &str, value: &str) {
    s.push('<');
    s.push_str(name);
    s.push('>');
    xml_escape_into(s, value);
    s.push_str("</");
    s.push_str(name);
    s.push_str(">\n");
}

fn truncate(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    // No more bytes than `max` is no more characters: most values are not counted.
    if s.len() <= max || s.chars().count() <= max {
        s.into()
    } else {
        crate::markdown::truncate_words(s, max - 1).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation_counts_characters_not_bytes() {
        assert_eq!(truncate("ñññ", 3), "ñññ");
        assert_eq!(truncate("abc", 3), "abc");
        assert_ne!(truncate("ñññ ñññ", 3), "ñññ ñññ");
    }

    #[test]
    fn formula_cells_are_neutralised() {
        for f in ["=HYPERLINK(\"https://evil.example\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(cell(f), format!("'{f}"));
        }
        for plain in ["Jarrón", "850.00 MXN", "https://a.example/x", "", "a=b"] {
            assert_eq!(cell(plain), plain);
        }
    }
}
