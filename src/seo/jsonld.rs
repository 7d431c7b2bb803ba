//! JSON-LD, the structured data search engines read in a page: Product (with its Offer and shipping),
//! Organization and BreadcrumbList. It carries the base currency only: converted prices are display-only
//! (Google wants one currency per offer URL). Builders take plain values, so this module knows nothing of
//! templates or page kinds.

use crate::config::Profile;
use crate::content::product::ProductText;
use crate::content::Product;
use crate::i18n::Language;
use serde_json::{json, Map, Value};

/// Serialises JSON-LD so it cannot break out of its `<script>`: `<`, `>` and `&` become `\u003c`… escapes,
/// which JSON parsers read back as the same characters.
pub(crate) fn script_json(v: &Value) -> String {
    let s = serde_json::to_string(v).expect("JSON values always serialise");
    s.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

pub(crate) fn schema_availability(key: &str) -> &'static str {
    match key {
        "in_stock" => "https://schema.org/InStock",
        "made_to_order" => "https://schema.org/BackOrder",
        "preorder" => "https://schema.org/PreOrder",
        _ => "https://schema.org/OutOfStock",
    }
}

pub(crate) struct Crumb {
    pub name: String,
    pub url: String,
}

pub(crate) fn breadcrumbs(crumbs: &[Crumb]) -> Value {
    let items: Vec<Value> = crumbs
        .iter()
        .enumerate()
        .map(|(i, c)| json!({"@type": "ListItem", "position": i + 1, "name": c.name, "item": c.url}))
        .collect();
    json!({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": items})
}

/// Inserts `key` only when the value is present, keeping the JSON-LD free of nulls and empty strings.
fn put(map: &mut Map<String, Value>, key: &str, value: impl Into<Value>) {
    let v = value.into();
    let empty = match &v {
        Value::Null => true,
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        _ => false,
    };
    if !empty {
        map.insert(key.to_string(), v);
    }
}

/// What a product's JSON-LD says, worked out by the product page.
pub(crate) struct ProductFacts<'a> {
    pub product: &'a Product,
    pub text: &'a ProductText,
    pub url: &'a str,
    pub description: &'a str,
    /// Absolute URLs: the largest JPEG of each photo, then the share crop.
    pub images: Vec<String>,
    pub brand: String,
    pub category: &'a str,
    /// The price in the base currency as machines read it (`850.00`), and the currency.
    pub offer: Option<(&'a str, &'a str)>,
}

pub(crate) fn product(profile: &Profile, f: &ProductFacts) -> Value {
    let (p, text) = (f.product, f.text);
    let mut m = Map::new();
    m.insert("@context".into(), "https://schema.org".into());
    m.insert("@type".into(), "Product".into());
    m.insert("@id".into(), format!("{}#product", f.url).into());
    m.insert("name".into(), text.title.clone().into());
    m.insert("image".into(), f.images.clone().into());
    put(&mut m, "description", crate::markdown::truncate_words(f.description, 5000));
    m.insert("sku".into(), p.sku.clone().into());
    put(&mut m, "mpn", p.mpn.clone());
    put(&mut m, "gtin", p.gtin.clone());
    m.insert("brand".into(), json!({"@type": "Brand", "name": f.brand}));
    put(&mut m, "category", f.category);
    if let Some(c) = &p.country_of_origin {
        m.insert("countryOfOrigin".into(), json!({"@type": "Country", "name": c}));
    }
    put(&mut m, "material", text.materials.join(", "));
    if let Some(w) = p.weight_kg {
        m.insert("weight".into(), json!({"@type": "QuantitativeValue", "value": w.to_string().parse::<f64>().unwrap_or(0.0), "unitCode": "KGM"}));
    }
    if let Some((amount, cur)) = f.offer {
        let mut offer = Map::new();
        offer.insert("@type".into(), "Offer".into());
        offer.insert("url".into(), f.url.into());
        offer.insert("price".into(), amount.into());
        offer.insert("priceCurrency".into(), cur.into());
        offer.insert("availability".into(), schema_availability(p.availability.key()).into());
        offer.insert("itemCondition".into(), "https://schema.org/NewCondition".into());
        offer.insert("seller".into(), json!({"@id": format!("{}#org", profile.base_url)}));
        let shipping = shipping_details(profile, cur);
        if !shipping.is_empty() {
            offer.insert("shippingDetails".into(), shipping.into());
        }
        if let Some(min) = p.min_order.filter(|m| *m > 1) {
            offer.insert(
                "eligibleQuantity".into(),
                json!({"@type": "QuantitativeValue", "minValue": min, "unitCode": "H87"}),
            );
        }
        m.insert("offers".into(), offer.into());
    }
    m.into()
}

/// `OfferShippingDetails` for the profile's zones that list countries and a cost in the offer's currency
/// (Google requires the shipping rate in the same currency as the price).
fn shipping_details(profile: &Profile, currency: &str) -> Vec<Value> {
    profile
        .shipping
        .zones
        .iter()
        .filter(|z| !z.countries.is_empty())
        .filter_map(|z| {
            let cost = z.cost.as_ref()?;
            if cost.currency.as_deref().map(str::to_uppercase).is_some_and(|c| c != currency) {
                return None;
            }
            let regions: Vec<Value> =
                z.countries.iter().map(|c| json!({"@type": "DefinedRegion", "addressCountry": c})).collect();
            let mut details = json!({
                "@type": "OfferShippingDetails",
                "shippingRate": {"@type": "MonetaryAmount", "value": crate::money::machine_amount(cost.amount, currency), "currency": currency},
                "shippingDestination": regions,
            });
            if let Some([min, max]) = z.delivery_days {
                details["deliveryTime"] = json!({
                    "@type": "ShippingDeliveryTime",
                    "transitTime": {"@type": "QuantitativeValue", "minValue": min, "maxValue": max, "unitCode": "DAY"},
                });
            }
            Some(details)
        })
        .collect()
}

/// The company, in one language: its name and tagline in that language, its logo's absolute URL.
pub(crate) struct OrganizationFacts<'a> {
    pub name: String,
    pub tagline: Option<String>,
    pub logo: Option<String>,
    pub languages: &'a [Language],
}

pub(crate) fn organization(pr: &Profile, f: &OrganizationFacts) -> Value {
    let mut m = Map::new();
    m.insert("@context".into(), "https://schema.org".into());
    m.insert("@type".into(), "Organization".into());
    m.insert("@id".into(), format!("{}#org", pr.base_url).into());
    m.insert("name".into(), f.name.clone().into());
    put(
        &mut m,
        "legalName",
        pr.legal_name.clone().map(|n| match &pr.legal_form {
            Some(f) => format!("{n}, {f}"),
            None => n,
        }),
    );
    m.insert("url".into(), pr.base_url.clone().into());
    if let Some(logo) = &f.logo {
        m.insert("logo".into(), logo.clone().into());
    }
    put(&mut m, "description", f.tagline.clone());
    if let Some(f) = pr.founded {
        m.insert("foundingDate".into(), f.to_string().into());
    }
    if let Some(l) = &pr.location {
        let mut a = Map::new();
        a.insert("@type".into(), "PostalAddress".into());
        if l.show_street {
            put(&mut a, "streetAddress", l.street.clone());
            put(&mut a, "postalCode", l.postal_code.clone());
        }
        put(&mut a, "addressLocality", l.city.clone());
        put(&mut a, "addressRegion", l.region.clone());
        put(&mut a, "addressCountry", l.country.clone());
        m.insert("address".into(), a.into());
    }
    let c = &pr.contact;
    let mut cp = Map::new();
    cp.insert("@type".into(), "ContactPoint".into());
    cp.insert("contactType".into(), "sales".into());
    put(&mut cp, "telephone", c.phone.clone().or(c.whatsapp.clone()));
    put(&mut cp, "email", c.email.clone());
    cp.insert("availableLanguage".into(), f.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>().into());
    m.insert("contactPoint".into(), json!([cp]));
    put(&mut m, "email", c.email.clone());
    let same_as: Vec<String> =
        pr.social.iter().map(|s| s.url.clone()).chain(pr.marketplaces.iter().map(|m| m.url.clone())).collect();
    put(&mut m, "sameAs", same_as);
    m.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script() {
        let v = json!({"name": "</script><b>&amp;"});
        let s = script_json(&v);
        assert!(!s.contains("</script"));
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["name"], "</script><b>&amp;");
    }
}
