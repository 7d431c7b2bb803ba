//! Products: `products/<slug>.md` plus translations. Shared fields come from the default-language file; a
//! translation overrides what it sets, field by field.

use super::documents::{Source, SourceSet};
use super::front_matter::{line_of, split};
use super::prose::{Described, Prose};
use crate::i18n::Language;
use crate::money::PriceField;
use crate::text::Text;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Availability {
    InStock,
    MadeToOrder,
    Preorder,
    OutOfStock,
}

impl Availability {
    pub fn key(self) -> &'static str {
        match self {
            Availability::InStock => "in_stock",
            Availability::MadeToOrder => "made_to_order",
            Availability::Preorder => "preorder",
            Availability::OutOfStock => "out_of_stock",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Price {
    Amount(Decimal),
    OnRequest,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImage {
    src: Option<String>,
    alt: Option<Text>,
    focus: Option<[f32; 2]>,
}

/// An entry of `images:`: the photo's file name alone (`images: ["Foto 1.jpeg"]`, the way an owner lists
/// photos first) or the full `{src, alt, focus}` form.
#[derive(Debug, Clone)]
struct ImageEntry(RawImage);

impl<'de> Deserialize<'de> for ImageEntry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<ImageEntry, D::Error> {
        d.deserialize_any(ImageEntryVisitor)
    }
}

struct ImageEntryVisitor;

impl<'de> serde::de::Visitor<'de> for ImageEntryVisitor {
    type Value = ImageEntry;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str(&crate::msg!("yaml-expected-image"))
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<ImageEntry, E> {
        Ok(ImageEntry(RawImage { src: Some(v.to_string()), ..RawImage::default() }))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<ImageEntry, A::Error> {
        RawImage::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(ImageEntry)
    }
}

/// Every field optional: the same shape reads default files and translations; required fields are
/// checked on the default file only.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProduct {
    title: Option<Text>,
    sku: Option<String>,
    price: Option<PriceField>,
    prices: Option<BTreeMap<String, Decimal>>,
    unit: Option<Text>,
    min_order: Option<u32>,
    availability: Option<Availability>,
    category: Option<String>,
    tags: Option<Vec<String>>,
    images: Option<Vec<ImageEntry>>,
    origin: Option<Text>,
    country_of_origin: Option<String>,
    materials: Option<Vec<String>>,
    dimensions: Option<Text>,
    weight_kg: Option<Decimal>,
    hs_code: Option<String>,
    certifications: Option<Vec<Text>>,
    featured: Option<bool>,
    description: Option<Text>,
    slug: Option<String>,
    brand: Option<String>,
    gtin: Option<String>,
    mpn: Option<String>,
    updated: Option<String>,
    aliases: Option<Vec<String>>,
}

#[derive(Debug, Clone)]
pub struct Image {
    /// Path under `images/`.
    pub src: String,
    pub alt: Text,
    /// Focal point for crops, as fractions of width and height (0.5, 0.5 = centre).
    pub focus: (f32, f32),
}

/// The fields of a product as seen in one language.
#[derive(Debug, Clone)]
pub struct ProductText {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    pub unit: Option<String>,
    pub origin: Option<String>,
    pub dimensions: Option<String>,
    pub materials: Vec<String>,
    pub tags: Vec<String>,
    pub image_alts: Vec<String>,
    /// The Markdown description; emptied by `Product::render_markdown` once turned into `prose`.
    pub body: String,
    /// The description as HTML, its first paragraph and its plain text (for feeds): made by
    /// `Product::render_markdown`, once per build or per edited product, or left in the saved catalog.
    pub prose: Prose,
    /// The file this language's text came from.
    pub source: PathBuf,
    /// False when the language has no translation file and shows the default text.
    pub translated: bool,
    /// Old addresses of this language's page (`aliases:` of this language's file), as clean site paths
    /// (`productos/viejo/`): each gets a redirect to the page.
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Product {
    /// The default-language slug (file stem): the product's identity.
    pub id: String,
    pub sku: String,
    pub price: Price,
    pub fixed_prices: BTreeMap<String, Decimal>,
    pub min_order: Option<u32>,
    pub availability: Availability,
    pub category: String,
    pub images: Vec<Image>,
    pub country_of_origin: Option<String>,
    pub weight_kg: Option<Decimal>,
    pub hs_code: Option<String>,
    /// Names as written: one text for every language or `{es: …, en: …}`.
    pub certifications: Vec<Text>,
    pub featured: bool,
    pub brand: Option<String>,
    pub gtin: Option<String>,
    pub mpn: Option<String>,
    pub updated: Option<NaiveDate>,
    /// One entry per site language, in the order of `languages`.
    pub texts: Vec<ProductText>,
}

fn parse_raw(src: &Source) -> Result<(RawProduct, String)> {
    let s = split(&src.text, &src.rel)?;
    let raw: RawProduct = if s.yaml.trim().is_empty() {
        RawProduct::default()
    } else {
        crate::yaml::parse(s.yaml, &src.rel, s.yaml_line)?
    };
    Ok((raw, s.body.to_string()))
}

fn at(src: &Source, key: &str) -> String {
    match line_of(&src.text, key) {
        Some(l) => format!("{}:{l}", src.rel.display()),
        None => src.rel.display().to_string(),
    }
}

pub fn load(
    set: &SourceSet,
    languages: &[Language],
    site: &Path,
    profile: &crate::config::Profile,
    today: NaiveDate,
) -> Result<Product> {
    let categories = &profile.categories;
    let (raw, body) = parse_raw(&set.default)?;
    let d = &set.default;
    let file = d.rel.display();
    let missing = |field: &str, example: &str| -> anyhow::Error {
        anyhow::anyhow!(crate::msg!("product-missing-field", file = file, field = field, example = example))
    };
    let sku = raw.sku.clone().ok_or_else(|| missing("sku", "MOL-20"))?;
    if sku.trim().is_empty() || sku.chars().any(char::is_whitespace) {
        bail!(crate::msg!("product-sku-spaces", at = at(d, "sku"), sku = sku));
    }
    if sku.starts_with(['=', '+', '-', '@']) {
        bail!(crate::msg!("product-sku-formula", at = at(d, "sku"), sku = sku));
    }
    let price = match raw.price.clone().ok_or_else(|| missing("price", &crate::msg!("product-price-example")))? {
        PriceField::Amount(a) if a > Decimal::ZERO => {
            check_decimals(a, &profile.currency).map_err(|e| {
                anyhow::anyhow!(crate::msg!("field-error", at = at(d, "price"), field = "price", error = e.to_string()))
            })?;
            Price::Amount(a)
        }
        PriceField::Amount(a) => {
            bail!(crate::msg!("product-price-not-positive", at = at(d, "price"), price = a.to_string()))
        }
        PriceField::Word(w) if is_on_request(&w) => Price::OnRequest,
        PriceField::Word(w) => bail!(crate::msg!("product-price-word", at = at(d, "price"), price = w)),
    };
    let category = raw.category.clone().ok_or_else(|| missing("category", "molcajetes"))?;
    if !categories.iter().any(|c| c.id == category) {
        bail!(crate::msg!(
            "product-unknown-category",
            at = at(d, "category"),
            category = category,
            known = categories.iter().map(|c| c.id.as_str()).collect::<Vec<_>>().join(", ")
        ));
    }
    let title = raw.title.clone().ok_or_else(|| missing("title", "Molcajete de piedra volcánica"))?;
    let images = raw.images.clone().unwrap_or_default();
    if images.is_empty() {
        bail!(crate::msg!("product-no-images", file = file));
    }
    let mut imgs = Vec::new();
    for (i, ImageEntry(im)) in images.iter().enumerate() {
        let Some(src) = &im.src else {
            bail!(crate::msg!("product-image-no-src", at = at(d, "images"), number = i + 1));
        };
        check_image_path(src, site).map_err(|e| anyhow::anyhow!("{}: {e}", at(d, "images")))?;
        let (fx, fy) = im.focus.map(|[x, y]| (x, y)).unwrap_or((0.5, 0.5));
        if !(0.0..=1.0).contains(&fx) || !(0.0..=1.0).contains(&fy) {
            bail!(crate::msg!("product-image-focus", at = at(d, "images"), src = src));
        }
        imgs.push(Image { src: src.clone(), alt: im.alt.clone().unwrap_or(Text::One(String::new())), focus: (fx, fy) });
    }
    let mut fixed = BTreeMap::new();
    for (code, amount) in raw.prices.clone().unwrap_or_default() {
        let code = code.to_uppercase();
        crate::money::check_currency(&code).map_err(|e| {
            anyhow::anyhow!(crate::msg!("field-error", at = at(d, "prices"), field = "prices", error = e.to_string()))
        })?;
        if amount <= Decimal::ZERO {
            bail!(crate::msg!("product-prices-not-positive", at = at(d, "prices"), code = code));
        }
        check_decimals(amount, &code).map_err(|e| {
            anyhow::anyhow!(crate::msg!(
                "field-error",
                at = at(d, "prices"),
                field = "prices",
                error = format!("{code} {e}")
            ))
        })?;
        fixed.insert(code, amount);
    }
    if let Some(c) = &raw.country_of_origin {
        crate::config::check_country(c).map_err(|e| {
            let at = at(d, "country_of_origin");
            anyhow::anyhow!(crate::msg!("field-error", at = at, field = "country_of_origin", error = e.to_string()))
        })?;
    }
    if let Some(w) = raw.weight_kg.filter(|w| *w <= Decimal::ZERO) {
        bail!(crate::msg!("product-weight-not-positive", at = at(d, "weight_kg"), weight = w.to_string()));
    }
    let updated = match &raw.updated {
        Some(u) => {
            let date = NaiveDate::parse_from_str(u, "%Y-%m-%d")
                .map_err(|_| anyhow::anyhow!(crate::msg!("product-bad-updated", at = at(d, "updated"), date = u)))?;
            crate::money::check_not_future(date, today).map_err(|e| {
                anyhow::anyhow!(crate::msg!(
                    "field-error",
                    at = at(d, "updated"),
                    field = "updated",
                    error = e.to_string()
                ))
            })?;
            Some(date)
        }
        None => None,
    };

    let default_lang = &languages[0].code;
    let mut texts = Vec::with_capacity(languages.len());
    for (i, lang) in languages.iter().enumerate() {
        let (tr, tr_body, source) = match set.translations.get(&i) {
            Some(src) => {
                let (tr, b) = parse_raw(src)?;
                if let Some(e) = check_translation(&tr, src, d).into_iter().next() {
                    return Err(e);
                }
                (Some(tr), Some(b), src)
            }
            None => (None, None, d),
        };
        let pick = |f: fn(&RawProduct) -> Option<Text>| -> Option<String> {
            tr.as_ref().and_then(f).or_else(|| f(&raw)).map(|t| t.get(&lang.code, default_lang).to_string())
        };
        // An explicit `slug:` wins: the translation's, then the default file's, then the file name's.
        let explicit = match tr.as_ref().and_then(|t| t.slug.clone()) {
            Some(s) => Some((s, source)),
            None => raw.slug.clone().map(|s| (s, d)),
        };
        let slug = match explicit {
            Some((s, file)) => {
                if !crate::config::is_slug(&s) {
                    bail!(crate::msg!(
                        "product-bad-slug",
                        at = at(file, "slug"),
                        slug = s,
                        example = super::documents::suggest_slug(&s)
                    ));
                }
                s
            }
            None => set.slug.clone(),
        };
        // A translation's aliases are its own: the default file's old addresses are the default language's.
        let own = if i == 0 { Some(&raw) } else { tr.as_ref() };
        let mut aliases = Vec::new();
        for alias in own.and_then(|r| r.aliases.as_ref()).into_iter().flatten() {
            let path = crate::redirects::normalise(alias).map_err(|why| {
                anyhow::anyhow!(crate::msg!("product-alias-bad", at = at(source, "aliases"), alias = alias, why = why))
            })?;
            aliases.push(path);
        }
        let tr_images = tr.as_ref().and_then(|t| t.images.clone());
        let image_alts = imgs
            .iter()
            .enumerate()
            .map(|(k, im)| {
                tr_images
                    .as_ref()
                    .and_then(|v| v.get(k))
                    .and_then(|t| t.0.alt.clone())
                    .unwrap_or_else(|| im.alt.clone())
                    .get(&lang.code, default_lang)
                    .to_string()
            })
            .collect();
        texts.push(ProductText {
            slug,
            title: pick(|r| r.title.clone()).unwrap_or_else(|| title.get(&lang.code, default_lang).to_string()),
            description: pick(|r| r.description.clone()),
            unit: pick(|r| r.unit.clone()),
            origin: pick(|r| r.origin.clone()),
            dimensions: pick(|r| r.dimensions.clone()),
            materials: tr
                .as_ref()
                .and_then(|t| t.materials.clone())
                .or_else(|| raw.materials.clone())
                .unwrap_or_default(),
            tags: tr.as_ref().and_then(|t| t.tags.clone()).or_else(|| raw.tags.clone()).unwrap_or_default(),
            image_alts,
            prose: Prose::default(),
            body: tr_body.filter(|b| !b.trim().is_empty()).unwrap_or_else(|| body.clone()),
            source: source.rel.clone(),
            aliases,
            translated: i == 0
                || tr.is_some()
                || !title.is_missing(&lang.code) && matches!(title, Text::PerLanguage(_)),
        });
    }

    Ok(Product {
        id: set.id.clone(),
        sku,
        price,
        fixed_prices: fixed,
        min_order: raw.min_order,
        availability: raw.availability.unwrap_or(Availability::InStock),
        category,
        images: imgs,
        country_of_origin: raw.country_of_origin.clone(),
        weight_kg: raw.weight_kg,
        hs_code: raw.hs_code.clone(),
        certifications: raw.certifications.clone().unwrap_or_default(),
        featured: raw.featured.unwrap_or(false),
        brand: raw.brand.clone(),
        gtin: raw.gtin.clone(),
        mpn: raw.mpn.clone(),
        updated: updated.or_else(|| {
            std::iter::once(&set.default).chain(set.translations.values()).filter_map(|s| s.modified).max()
        }),
        texts,
    })
}

impl Product {
    /// Turns every language's description into HTML, summary and plain text.
    pub fn render_markdown(&mut self) {
        for t in &mut self.texts {
            // The Markdown is not needed once rendered; a big catalog holds only what pages show.
            let body = std::mem::take(&mut t.body);
            let r = crate::markdown::render(&body);
            t.prose = Prose::made(Described { html: r.html, summary: r.summary, plain: r.plain });
        }
    }
}

/// What a translation file may hold, for the hint: the text a buyer reads in their language.
const TRANSLATABLE: &str = "title, description, unit, origin, dimensions, materials, tags, slug, images (alt only)";

/// A translation carries text; identity, commerce and trade fields live in the default-language file so that
/// prices, SKUs or certifications can never disagree between languages. Such a field in a translation is an
/// error rather than ignored: the owner expects it to show.
fn check_translation(tr: &RawProduct, src: &Source, default: &Source) -> Vec<anyhow::Error> {
    // Destructured without `..`: a new field does not compile until it is sorted into one of the two groups.
    let RawProduct {
        title: _,
        description: _,
        unit: _,
        origin: _,
        dimensions: _,
        materials: _,
        tags: _,
        slug: _,
        aliases: _,
        images,
        sku,
        price,
        prices,
        min_order,
        availability,
        category,
        country_of_origin,
        weight_kg,
        hs_code,
        certifications,
        featured,
        brand,
        gtin,
        mpn,
        updated,
    } = tr;
    let shared = [
        ("sku", sku.is_some()),
        ("price", price.is_some()),
        ("prices", prices.is_some()),
        ("min_order", min_order.is_some()),
        ("availability", availability.is_some()),
        ("category", category.is_some()),
        ("country_of_origin", country_of_origin.is_some()),
        ("weight_kg", weight_kg.is_some()),
        ("hs_code", hs_code.is_some()),
        ("certifications", certifications.is_some()),
        ("featured", featured.is_some()),
        ("brand", brand.is_some()),
        ("gtin", gtin.is_some()),
        ("mpn", mpn.is_some()),
        ("updated", updated.is_some()),
    ];
    let mut found: Vec<(Option<usize>, anyhow::Error)> = shared
        .into_iter()
        .filter(|(_, set)| *set)
        .map(|(field, _)| {
            let e = anyhow::anyhow!(crate::msg!(
                "product-untranslatable-field",
                at = at(src, field),
                field = field,
                default = default.rel.display(),
                allowed = TRANSLATABLE
            ));
            (line_of(&src.text, field), e)
        })
        .collect();
    if images.as_ref().is_some_and(|images| images.iter().any(|i| i.0.src.is_some())) {
        let e = anyhow::anyhow!(crate::msg!("product-translation-image-src", at = at(src, "images")));
        found.push((line_of(&src.text, "images"), e));
    }
    found.sort_by_key(|(line, _)| *line);
    found.into_iter().map(|(_, e)| e).collect()
}

/// A price is published exactly as written (JSON-LD, feeds): it may not have more decimals than its
/// currency's ISO 4217 minor units, or `0.0001` would be published as `0.00` and JPY `850.5` as `851`.
/// The error continues "field `price` …".
fn check_decimals(amount: Decimal, currency: &str) -> Result<()> {
    let dp = crate::money::minor_units(currency);
    if amount.normalize().scale() <= dp {
        return Ok(());
    }
    let published = crate::money::machine_amount(amount, currency);
    let (amount, dp) = (amount.to_string(), dp as u64);
    // The hint's case: a price that would show as zero, a currency without cents, or too many decimals.
    let case = match () {
        _ if published.trim_start_matches(['0', '.']).is_empty() => "zero",
        _ if dp == 0 => "no-cents",
        _ => "decimals",
    };
    bail!(crate::msg!(
        "product-decimals",
        amount = amount,
        currency = currency,
        dp = dp,
        published = published,
        case = case
    ))
}

fn is_on_request(w: &str) -> bool {
    matches!(
        w.trim().to_lowercase().as_str(),
        "on request" | "on_request" | "a consultar" | "consultar" | "sobre pedido" | "request"
    )
}

/// Images are named relative to `images/`; refuse paths that escape it.
pub fn check_image_path(src: &str, site: &Path) -> Result<()> {
    let p = Path::new(src);
    if p.is_absolute() || p.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
        bail!(crate::msg!("product-image-outside", src = src));
    }
    let full = site.join("images").join(p);
    if !full.is_file() {
        bail!(crate::msg!("product-image-missing", src = src, path = Path::new("images").join(p).display()));
    }
    Ok(())
}
