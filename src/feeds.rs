//! Product feeds for shops on social networks and search: a Meta (Facebook/Instagram) catalog CSV and a
//! Google Merchant Center RSS 2.0 feed, one of each per language. Prices are the base currency, exactly as on
//! the page and in its JSON-LD; products priced "on request" are left out (both platforms require a price).
//! Owners open the CSV in spreadsheets, so no cell of it may start like a formula (see `cell`).

use crate::content::prose::{PlainKey, Prose};
use crate::content::Availability;
use crate::seo::xml_escape_into;

/// One product in a feed. Text is borrowed from the loaded catalog: a feed of 100,000 products should not
/// copy every description.
pub struct FeedItem<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub description: &'a str,
    /// When the description is the product's plain text: its hash, which the entry's key holds instead of
    /// the text, and the text itself when it is still in the saved catalog (`description` is then empty and
    /// the text is read only if the entry is made, `described`).
    pub plain: Option<(PlainKey, Option<&'a Prose>)>,
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

/// The Meta CSV's first line.
pub fn meta_head() -> Vec<u8> {
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
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).expect("writing to memory");
    w.into_inner().expect("flush to memory")
}

/// One product's line of the Meta CSV, appended to `out`. A CSV line depends on its own fields alone, so the
/// file is its head and its lines in order (`render::splice` copies unchanged lines from the last build).
pub fn meta_row(out: &mut Vec<u8>, it: &FeedItem) {
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
    let mut w = csv::WriterBuilder::new().buffer_capacity(1024).from_writer(out);
    w.write_record(row.map(cell).iter().map(|c| c.as_bytes())).expect("writing to memory");
    w.flush().expect("flush to memory");
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
pub fn size_of(items: &[FeedItem], markup: usize) -> usize {
    items.iter().map(|it| it.size() + markup).sum::<usize>() + 1024
}

/// Per item, the bytes of a Meta CSV line and of a Google item besides their text (`size_of`).
pub const META_MARKUP: usize = 64;
pub const GOOGLE_MARKUP: usize = 640;

impl FeedItem<'_> {
    pub fn size(&self) -> usize {
        let images: usize = self.additional_images.iter().map(|i| i.len() + 1).sum();
        let text = self.id.len() + self.title.len() + self.description.len() + self.link.len() + self.image.len();
        text + images + self.brand.len() + self.product_type.len() + self.price.len()
    }

    /// Calls `write` with this item, its description read first if it is still in the saved catalog.
    pub fn described<T>(&self, write: impl FnOnce(&FeedItem) -> T) -> anyhow::Result<T> {
        let Some((_, Some(prose))) = &self.plain else { return Ok(write(self)) };
        let read = prose.get()?;
        let item = FeedItem {
            description: &read.plain,
            plain: None,
            link: self.link.clone(),
            image: self.image.clone(),
            additional_images: self.additional_images.clone(),
            price: self.price.clone(),
            weight_kg: self.weight_kg.clone(),
            ..*self
        };
        Ok(write(&item))
    }

    /// A hash of everything the item's line and entry are made from (`render::splice`).
    pub fn key(&self) -> [u8; 16] {
        let mut k = crate::cache::fragments::Key::new();
        k.field(self.id);
        k.field(self.title);
        match &self.plain {
            Some((plain, _)) => k.bytes(&plain.hash),
            None => k.field(self.description),
        }
        for field in [&self.link, &self.image] {
            k.field(field);
        }
        k.field(&self.additional_images.len().to_string());
        self.additional_images.iter().for_each(|i| k.field(i));
        for field in [meta_availability(self.availability), &self.price, self.brand, self.product_type] {
            k.field(field);
        }
        for o in [self.gtin, self.mpn, self.weight_kg.as_deref()] {
            k.option(o);
        }
        k.finish()
    }
}

pub struct Channel<'a> {
    pub title: &'a str,
    pub link: &'a str,
    pub description: &'a str,
    pub language: &'a str,
}

/// The Google feed up to its first item.
pub fn google_head(ch: &Channel) -> String {
    let mut s = String::with_capacity(1024);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:g=\"http://base.google.com/ns/1.0\">\n<channel>\n");
    tag(&mut s, "title", ch.title);
    tag(&mut s, "link", ch.link);
    tag(&mut s, "description", ch.description);
    tag(&mut s, "language", ch.language);
    s
}

/// What follows the Google feed's last item.
pub const GOOGLE_TAIL: &str = "</channel>\n</rss>\n";

/// One product's item of the Google feed, appended to `s`.
pub fn google_item(s: &mut String, it: &FeedItem) {
    s.push_str("<item>\n");
    tag(s, "g:id", &truncate(it.id, 50));
    tag(s, "g:title", &truncate(it.title, 150));
    tag(s, "g:description", &truncate(it.description, 5000));
    tag(s, "g:link", &it.link);
    tag(s, "g:image_link", &it.image);
    for extra in it.additional_images.iter().take(10) {
        tag(s, "g:additional_image_link", extra);
    }
    tag(s, "g:availability", google_availability(it.availability));
    tag(s, "g:price", &it.price);
    tag(s, "g:condition", "new");
    tag(s, "g:brand", it.brand);
    tag(s, "g:product_type", it.product_type);
    match (it.gtin, it.mpn) {
        (None, None) => tag(s, "g:identifier_exists", "no"),
        (gtin, mpn) => {
            if let Some(g) = gtin {
                tag(s, "g:gtin", g);
            }
            if let Some(m) = mpn {
                tag(s, "g:mpn", m);
            }
        }
    }
    if let Some(w) = &it.weight_kg {
        tag(s, "g:shipping_weight", &format!("{w} kg"));
    }
    s.push_str("</item>\n");
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
