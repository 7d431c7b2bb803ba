//! Data the templates see on every page. Everything shared by the pages of one language is built here once.

use super::kind::{Kind, Paths};
use crate::content::{Price, Product};
use crate::i18n::{Language, Strings};
use crate::images::{Images, Rendition};
use crate::money::{machine_amount, MoneyFormat};
use crate::site::Site;
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use serde_json::{json, Value};

/// What templates need to write a `<picture>`: the variants for `srcset`, a fallback `src`, the intrinsic
/// size for `width`/`height`, and the alt text in the page's language.
pub(crate) fn picture(r: &Rendition, alt: &str) -> Value {
    let variants: Vec<Value> =
        r.variants.iter().map(|v| json!({"width": v.width, "webp": v.webp, "fallback": v.fallback})).collect();
    json!({"src": r.near(960).fallback, "variants": variants, "width": r.width, "height": r.height, "alt": alt})
}

/// Shared data of one language.
pub(crate) struct LangData<'a> {
    pub idx: usize,
    pub lang: &'a Language,
    pub t: &'a Strings,
    pub money: MoneyFormat,
    /// Dates written for this language (`20 de noviembre de 2026`).
    pub dates: std::sync::Arc<crate::dates::DateFormat>,
    /// The template context every page of this language starts from.
    pub base: tera::Context,
    /// A hash of `base`, part of every page's input hash.
    pub base_hash: [u8; 32],
    /// A listing card per product, in product order.
    pub cards: Vec<Value>,
    pub category_names: Vec<String>,
    /// The product indices of each category, in catalog order: `members[category]`.
    pub members: Vec<Vec<usize>>,
}

impl<'a> LangData<'a> {
    pub(crate) fn new(site: &'a Site, idx: usize, paths: &Paths, images: &Images) -> Result<LangData<'a>> {
        let lang = &site.languages[idx];
        let t = &site.strings[idx];
        let money = MoneyFormat::new(&lang.locale)?;
        let dates = crate::dates::DateFormat::shared(&lang.locale)?;
        let default = &site.languages[0].code;
        let category_names: Vec<String> =
            site.profile.categories.iter().map(|c| c.name.get(&lang.code, default).to_string()).collect();
        let mut ld = LangData {
            idx,
            lang,
            t,
            money,
            dates,
            base: tera::Context::new(),
            base_hash: [0; 32],
            cards: Vec::new(),
            category_names,
            members: super::listing::members(site),
        };
        ld.cards = site
            .content
            .products
            .par_iter()
            .enumerate()
            .map(|(i, p)| ld.card(site, p, &paths.of(Kind::Product)[i][idx], images))
            .collect();
        let base = ld.shared_context(site, paths, images);
        ld.base_hash = *blake3::hash(&serde_json::to_vec(&base).expect("JSON values serialise")).as_bytes();
        ld.base = tera::Context::from_value(base).with_context(|| crate::msg!("render-shared-context"))?;
        Ok(ld)
    }

    pub(crate) fn text(&self, site: &Site, t: &crate::text::Text) -> String {
        t.get(&self.lang.code, &site.languages[0].code).to_string()
    }

    pub(crate) fn opt_text(&self, site: &Site, t: &Option<crate::text::Text>) -> Option<String> {
        t.as_ref().map(|t| self.text(site, t))
    }

    fn card(&self, site: &Site, p: &Product, path: &str, images: &Images) -> Value {
        let text = &p.texts[self.idx];
        let first = &p.images[0];
        json!({
            "title": text.title,
            "sku": p.sku,
            "path": path,
            "unit": text.unit,
            "min_order": p.min_order,
            "image": picture(&images.renditions[&first.src], &text.image_alts[0]),
            "price": self.price(site, p),
            "availability": p.availability.key(),
            "featured": p.featured,
            "category": p.category,
        })
    }

    /// The price block: exact in the base currency, then each display currency, fixed or converted.
    pub(crate) fn price(&self, site: &Site, p: &Product) -> Value {
        let base = &site.profile.currency;
        let Price::Amount(amount) = p.price else {
            return json!({"on_request": true});
        };
        let mut others = Vec::new();
        for c in &site.profile.display_currencies {
            if c == base {
                continue;
            }
            if let Some(fixed) = p.fixed_prices.get(c) {
                others.push(json!({"currency": c, "text": self.money.exact(*fixed, c), "amount": machine_amount(*fixed, c), "approximate": false}));
            } else if let Some(conv) = site.rates.as_ref().and_then(|r| r.convert(amount, c)) {
                others.push(json!({"currency": c, "text": self.money.approximate(conv, c), "amount": machine_amount(conv, c), "approximate": true}));
            }
        }
        json!({
            "on_request": false,
            "text": self.money.exact(amount, base),
            "amount": machine_amount(amount, base),
            "currency": base,
            "others": others,
        })
    }

    fn shared_context(&self, site: &Site, paths: &Paths, images: &Images) -> Value {
        let pr = &site.profile;
        let i = self.idx;
        let c = &pr.contact;
        let general = self.t.get("order.general_message");
        let contact = json!({
            "whatsapp": c.whatsapp,
            "whatsapp_url": c.whatsapp.as_ref().map(|w| crate::order::whatsapp(w, general)),
            "messenger": c.messenger,
            "messenger_url": c.messenger.as_ref().map(|m| crate::order::messenger(m, None)),
            "email": c.email,
            "email_href": c.email.as_ref().map(|e| crate::contact::mailto(e)),
            "email_url": c.email.as_ref().map(|e| crate::order::mailto(e, self.t.get("order.general_subject"), general)),
            "phone": c.phone,
            "phone_url": c.phone.as_ref().map(|p| crate::order::tel(p)),
            "hours": self.opt_text(site, &c.hours),
            "timezone": c.timezone,
            "response_time": self.opt_text(site, &c.response_time),
        });
        let categories: Vec<Value> = pr
            .categories
            .iter()
            .enumerate()
            .map(|(k, cat)| {
                let members: Vec<&Value> =
                    self.cards.iter().filter(|card| card["category"] == cat.id.as_str()).collect();
                json!({
                    "id": cat.id,
                    "name": self.category_names[k],
                    "description": self.opt_text(site, &cat.description),
                    "path": paths.of(Kind::Category)[k][i],
                    "count": members.len(),
                    "image": members.first().map(|m| m["image"].clone()),
                })
            })
            .collect();
        let pages: Vec<Value> = site
            .content
            .pages
            .iter()
            .enumerate()
            .map(|(k, p)| json!({"title": p.texts[i].title, "path": paths.of(Kind::Page)[k][i]}))
            .collect();
        let years = pr.founded.map(|f| chrono::Datelike::year(&site.today) - f).filter(|y| *y > 0);
        let location = pr.location.as_ref().map(|l| {
            let mut parts: Vec<&str> = Vec::new();
            if l.show_street {
                parts.extend(l.street.as_deref());
            }
            parts.extend(l.city.as_deref());
            parts.extend(l.region.as_deref());
            let country = l.country.as_deref().and_then(|c| self.country(c));
            parts.extend(country.as_deref());
            parts.join(", ")
        });
        let logo = images.logo.as_ref().map(|r| picture(r, ""));
        let hero = pr.theme.hero.as_ref().and_then(|h| images.renditions.get(h)).map(|r| picture(r, ""));
        // Validated when company.yaml was loaded; only normalised `#rrggbb` colours reach the page.
        let theme_css = pr.theme.css().ok().flatten();
        let custom_css = site.root.join(crate::theme::CUSTOM_CSS).is_file().then_some(crate::theme::CUSTOM_CSS);
        let languages: Vec<Value> = site.languages.iter().map(|l| json!({"code": l.code, "name": l.name})).collect();
        let rates = site.rates.as_ref().map(|r| {
            // "1 base unit = x" per display currency, for the buyer's currency chooser (theme JavaScript).
            let per: serde_json::Map<String, Value> = pr
                .display_currencies
                .iter()
                .filter_map(|c| {
                    Some((c.clone(), r.convert(rust_decimal::Decimal::ONE, c)?.normalize().to_string().into()))
                })
                .collect();
            json!({"date": r.date.to_string(), "date_text": self.dates.long(r.date), "source": self.opt_text(site, &r.source), "per": per})
        });
        let value = json!({
            "lang": self.lang,
            "languages": languages,
            "t": self.t.tree,
            "site": {
                "name": self.text(site, &pr.name),
                "legal_name": pr.legal_name,
                "legal_form": pr.legal_form,
                "tagline": self.opt_text(site, &pr.tagline),
                "base_url": pr.base_url,
                "home": paths.single(Kind::Home)[i],
                "products": paths.of(Kind::Listing)[0][i],
                "order": paths.single(Kind::Order)[i],
                "about": paths.single(Kind::About)[i],
                "enquiry": paths.single(Kind::Enquiry)[i],
                "shipping": self.shipping(site),
                "line_sheet": paths.single(Kind::LineSheet)[i],
                "logo": logo,
                "logo_placement": pr.theme.logo.as_str(),
                "hero": hero,
                "theme_css": theme_css,
                "custom_css": custom_css,
                "contact": contact,
                "social": pr.social.iter().map(|s| json!({"network": s.network, "url": s.url})).collect::<Vec<_>>(),
                "marketplaces": pr.marketplaces.iter().map(|m| json!({"name": m.name, "url": m.url})).collect::<Vec<_>>(),
                "categories": categories,
                "pages": pages,
                "currency": pr.currency,
                "display_currencies": pr.display_currencies,
                "rates": rates,
                "founded": pr.founded,
                "years": years,
                "location": location,
                "year": chrono::Datelike::year(&site.today),
            },
        });
        value
    }
}

impl LangData<'_> {
    /// The shipping zones (days, cost exact in its currency plus the machine amount for conversion), duties and
    /// minimum order: shown on the how-to-order page and, briefly, on every product page.
    pub(crate) fn shipping(&self, site: &Site) -> Value {
        let pr = &site.profile;
        let zones: Vec<Value> = pr
            .shipping
            .zones
            .iter()
            .map(|z| {
                let cost = z.cost.as_ref().map(|c| {
                    let cur = c.currency.clone().unwrap_or_else(|| pr.currency.clone()).to_uppercase();
                    json!({"text": self.money.exact(c.amount, &cur), "amount": machine_amount(c.amount, &cur), "currency": cur})
                });
                let countries: Vec<Value> =
                    z.countries.iter().map(|c| json!({"code": c, "name": self.country(c)})).collect();
                let days = z.delivery_days.map(|[a, b]| {
                    crate::order::fill(self.t.get("order.days"), &[("min", &a.to_string()), ("max", &b.to_string())])
                });
                json!({
                    "name": self.text(site, &z.name), "countries": countries, "carriers": z.carriers,
                    "days": days, "cost": cost, "cost_note": self.opt_text(site, &z.cost_note),
                })
            })
            .collect();
        json!({
            "zones": zones,
            "duties": self.opt_text(site, &pr.shipping.duties),
            "minimum_order": self.opt_text(site, &pr.shipping.minimum_order),
        })
    }

    /// A country's name in this language: from the UI strings (`countries.MX`), else its ISO 3166 English name.
    pub(crate) fn country(&self, code: &str) -> Option<String> {
        match self.t.lookup(&format!("countries.{code}")) {
            None | Some("") => rust_iso3166::from_alpha2(code).map(|c| c.name.to_string()),
            Some(name) => Some(name.to_string()),
        }
    }
}
