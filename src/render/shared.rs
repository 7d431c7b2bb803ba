//! Data the templates see on every page. Everything shared by the pages of one language is built here once:
//! `SharedContext` (the `lang`, `languages`, `t` and `site` variables) and a `Card` per product, which holds the
//! product's `PriceView` for every other reader of the language. Cards are made when first asked for, so a
//! rebuild of a few pages makes only the cards those pages show.

use super::kind::{Kind, Paths};
use crate::i18n::{Language, Strings};
use crate::images::{Images, Rendition};
use crate::money::{machine_amount, MoneyFormat};
use crate::pricing::PriceView;
use crate::site::Site;
use anyhow::{Context as _, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// What templates need to write a `<picture>`: the variants for `srcset`, a fallback `src`, the intrinsic
/// size for `width`/`height`, and the alt text in the page's language.
#[derive(Serialize, Clone)]
pub(crate) struct Picture<'a> {
    pub src: &'a str,
    pub variants: Vec<PictureVariant<'a>>,
    pub width: u32,
    pub height: u32,
    pub alt: &'a str,
}

#[derive(Serialize, Clone)]
pub(crate) struct PictureVariant<'a> {
    pub width: u32,
    pub webp: &'a str,
    pub fallback: &'a str,
}

pub(crate) fn picture<'a>(r: &'a Rendition, alt: &'a str) -> Picture<'a> {
    let variants =
        r.variants.iter().map(|v| PictureVariant { width: v.width, webp: &v.webp, fallback: &v.fallback }).collect();
    Picture { src: &r.near(960).fallback, variants, width: r.width, height: r.height, alt }
}

/// A product in listings (home, categories, all products, related products, line sheet, enquiry).
#[derive(Serialize)]
pub(crate) struct Card<'a> {
    pub title: &'a str,
    pub sku: &'a str,
    pub path: &'a str,
    pub unit: Option<&'a str>,
    pub min_order: Option<u32>,
    pub image: Picture<'a>,
    /// The product's one price in this language: the page, JSON-LD, feeds and search read it from here.
    pub price: PriceView<'a>,
    pub availability: &'static str,
    pub featured: bool,
    pub category: &'a str,
}

/// The variables of every template: `lang`, `languages`, `t` and `site`.
#[derive(Serialize)]
pub(crate) struct SharedContext<'a> {
    pub lang: &'a Language,
    pub languages: Vec<LanguageLink<'a>>,
    pub t: &'a serde_json::Value,
    pub site: SiteView<'a>,
}

#[derive(Serialize)]
pub(crate) struct LanguageLink<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

/// `site`: the company profile in this language and the addresses of the site-wide pages.
#[derive(Serialize)]
pub(crate) struct SiteView<'a> {
    pub name: String,
    pub legal_name: Option<&'a str>,
    pub legal_form: Option<&'a str>,
    pub tagline: Option<String>,
    pub base_url: &'a str,
    pub home: &'a str,
    pub products: &'a str,
    pub order: &'a str,
    pub about: &'a str,
    pub enquiry: &'a str,
    pub shipping: Shipping<'a>,
    pub line_sheet: &'a str,
    pub logo: Option<Picture<'a>>,
    pub logo_placement: &'static str,
    pub hero: Option<Picture<'a>>,
    pub theme_css: Option<String>,
    pub custom_css: Option<&'static str>,
    pub contact: ContactView<'a>,
    pub social: Vec<Social<'a>>,
    pub marketplaces: Vec<NamedLink<'a>>,
    pub categories: Vec<CategoryView<'a>>,
    pub pages: Vec<PageLink<'a>>,
    pub currency: &'a str,
    pub display_currencies: &'a [String],
    pub rates: Option<RatesView>,
    pub founded: Option<i32>,
    pub years: Option<i32>,
    pub location: Option<String>,
    pub year: i32,
}

#[derive(Serialize)]
pub(crate) struct ContactView<'a> {
    pub whatsapp: Option<&'a str>,
    pub whatsapp_url: Option<String>,
    pub messenger: Option<&'a str>,
    pub messenger_url: Option<String>,
    pub email: Option<&'a str>,
    pub email_href: Option<String>,
    pub email_url: Option<String>,
    pub phone: Option<&'a str>,
    pub phone_url: Option<String>,
    pub hours: Option<String>,
    pub timezone: Option<&'a str>,
    pub response_time: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct Social<'a> {
    pub network: &'a str,
    pub url: &'a str,
}

#[derive(Serialize)]
pub(crate) struct NamedLink<'a> {
    pub name: &'a str,
    pub url: &'a str,
}

#[derive(Serialize)]
pub(crate) struct CategoryView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub description: Option<String>,
    pub path: &'a str,
    pub count: usize,
    pub image: Option<&'a Picture<'a>>,
}

#[derive(Serialize)]
pub(crate) struct PageLink<'a> {
    pub title: &'a str,
    pub path: &'a str,
}

/// Today's rates: their date, source and "1 base unit = x" per display currency (the theme's currency chooser).
#[derive(Serialize)]
pub(crate) struct RatesView {
    pub date: String,
    pub date_text: String,
    pub source: Option<String>,
    pub per: BTreeMap<String, String>,
}

/// `site.shipping`: the zones, duties and minimum order.
#[derive(Serialize, Clone)]
pub(crate) struct Shipping<'a> {
    pub zones: Vec<ZoneView<'a>>,
    pub duties: Option<String>,
    pub minimum_order: Option<String>,
}

#[derive(Serialize, Clone)]
pub(crate) struct ZoneView<'a> {
    pub name: String,
    pub countries: Vec<CountryView<'a>>,
    pub carriers: &'a [String],
    pub days: Option<String>,
    pub cost: Option<CostView>,
    pub cost_note: Option<String>,
}

/// A country code and its name in the page's language.
#[derive(Serialize, Clone)]
pub(crate) struct CountryView<'a> {
    pub code: &'a str,
    pub name: Option<String>,
}

/// A cost exact in its currency plus the machine amount for conversion.
#[derive(Serialize, Clone)]
pub(crate) struct CostView {
    pub text: String,
    pub amount: String,
    pub currency: String,
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
    /// A listing card per product, in product order, each made when first asked for (`card`).
    cards: Vec<OnceLock<Card<'a>>>,
    site: &'a Site,
    paths: &'a Paths,
    images: &'a Images,
    pub category_names: Vec<String>,
    /// The product indices of each category, in catalog order: `members[category]`.
    pub members: Vec<Vec<usize>>,
    /// The line sheet's parts (`members` cut at `line_sheet::PART_SIZE`), made once for all its pages.
    pub parts: Vec<super::line_sheet::Part>,
}

impl<'a> LangData<'a> {
    pub(crate) fn new(site: &'a Site, idx: usize, paths: &'a Paths, images: &'a Images) -> Result<LangData<'a>> {
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
            cards: site.content.products.iter().map(|_| OnceLock::new()).collect(),
            site,
            paths,
            images,
            category_names,
            members: super::listing::members(site),
            parts: Vec::new(),
        };
        ld.parts = super::line_sheet::parts(&ld.members, super::line_sheet::PART_SIZE);
        let (base, base_hash) = {
            let shared = ld.shared_context(site, paths, images);
            let mut h = blake3::Hasher::new();
            serde_json::to_writer(&mut h, &shared).expect("hashing JSON cannot fail");
            (
                tera::Context::from_serialize(&shared).with_context(|| crate::msg!("render-shared-context"))?,
                h.finalize(),
            )
        };
        ld.base = base;
        ld.base_hash = *base_hash.as_bytes();
        Ok(ld)
    }

    pub(crate) fn text(&self, site: &Site, t: &crate::text::Text) -> String {
        t.get(&self.lang.code, &site.languages[0].code).to_string()
    }

    pub(crate) fn opt_text(&self, site: &Site, t: &Option<crate::text::Text>) -> Option<String> {
        t.as_ref().map(|t| self.text(site, t))
    }

    /// The listing card of product `i` (catalog order) in this language, made on first use.
    pub(crate) fn card(&self, i: usize) -> &Card<'a> {
        self.cards[i].get_or_init(|| {
            let (site, p) = (self.site, &self.site.content.products[i]);
            let text = &p.texts[self.idx];
            let first = &p.images[0];
            Card {
                title: &text.title,
                sku: &p.sku,
                path: &self.paths.of(Kind::Product)[i][self.idx],
                unit: text.unit.as_deref(),
                min_order: p.min_order,
                image: picture(&self.images.renditions[&first.src], &text.image_alts[0]),
                price: PriceView::new(&site.profile, site.rates.as_ref(), &self.money, p),
                availability: p.availability.key(),
                featured: p.featured,
                category: &p.category,
            }
        })
    }

    /// The price of product `i` in this language, worked out once with its card.
    pub(crate) fn price(&self, i: usize) -> &PriceView<'a> {
        &self.card(i).price
    }

    fn shared_context<'s>(&'s self, site: &'a Site, paths: &'a Paths, images: &'a Images) -> SharedContext<'s>
    where
        'a: 's,
    {
        let pr = &site.profile;
        let i = self.idx;
        let c = &pr.contact;
        let general = self.t.get("order.general_message");
        let contact = ContactView {
            whatsapp: c.whatsapp.as_deref(),
            whatsapp_url: c.whatsapp.as_ref().map(|w| crate::order::whatsapp(w, general)),
            messenger: c.messenger.as_deref(),
            messenger_url: c.messenger.as_ref().map(|m| crate::order::messenger(m, None)),
            email: c.email.as_deref(),
            email_href: c.email.as_ref().map(|e| crate::contact::mailto(e)),
            email_url: c.email.as_ref().map(|e| crate::order::mailto(e, self.t.get("order.general_subject"), general)),
            phone: c.phone.as_deref(),
            phone_url: c.phone.as_ref().map(|p| crate::order::tel(p)),
            hours: self.opt_text(site, &c.hours),
            timezone: c.timezone.as_deref(),
            response_time: self.opt_text(site, &c.response_time),
        };
        let categories = pr
            .categories
            .iter()
            .enumerate()
            .map(|(k, cat)| CategoryView {
                id: &cat.id,
                name: &self.category_names[k],
                description: self.opt_text(site, &cat.description),
                path: &paths.of(Kind::Category)[k][i],
                count: self.members[k].len(),
                image: self.members[k].first().map(|&m| &self.card(m).image),
            })
            .collect();
        let pages = site
            .content
            .pages
            .iter()
            .enumerate()
            .map(|(k, p)| PageLink { title: &p.texts[i].title, path: &paths.of(Kind::Page)[k][i] })
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
        let languages = site.languages.iter().map(|l| LanguageLink { code: &l.code, name: &l.name }).collect();
        let rates = site.rates.as_ref().map(|r| {
            // "1 base unit = x" per display currency, for the buyer's currency chooser (theme JavaScript).
            let per = pr
                .display_currencies
                .iter()
                .filter_map(|c| Some((c.clone(), r.convert(rust_decimal::Decimal::ONE, c)?.normalize().to_string())))
                .collect();
            RatesView {
                date: r.date.to_string(),
                date_text: self.dates.long(r.date),
                source: self.opt_text(site, &r.source),
                per,
            }
        });
        SharedContext {
            lang: self.lang,
            languages,
            t: &self.t.tree,
            site: SiteView {
                name: self.text(site, &pr.name),
                legal_name: pr.legal_name.as_deref(),
                legal_form: pr.legal_form.as_deref(),
                tagline: self.opt_text(site, &pr.tagline),
                base_url: &pr.base_url,
                home: &paths.single(Kind::Home)[i],
                products: &paths.of(Kind::Listing)[0][i],
                order: &paths.single(Kind::Order)[i],
                about: &paths.single(Kind::About)[i],
                enquiry: &paths.single(Kind::Enquiry)[i],
                shipping: self.shipping(site),
                line_sheet: &paths.single(Kind::LineSheet)[i],
                logo,
                logo_placement: pr.theme.logo.as_str(),
                hero,
                theme_css,
                custom_css,
                contact,
                social: pr.social.iter().map(|s| Social { network: &s.network, url: &s.url }).collect(),
                marketplaces: pr.marketplaces.iter().map(|m| NamedLink { name: &m.name, url: &m.url }).collect(),
                categories,
                pages,
                currency: &pr.currency,
                display_currencies: &pr.display_currencies,
                rates,
                founded: pr.founded,
                years,
                location,
                year: chrono::Datelike::year(&site.today),
            },
        }
    }
}

impl<'a> LangData<'a> {
    /// The shipping zones (days, cost exact in its currency plus the machine amount for conversion), duties and
    /// minimum order: shown on the how-to-order page and, briefly, on every product page.
    pub(crate) fn shipping<'s>(&self, site: &'s Site) -> Shipping<'s> {
        let pr = &site.profile;
        let zones = pr
            .shipping
            .zones
            .iter()
            .map(|z| {
                let cost = z.cost.as_ref().map(|c| {
                    let cur = c.currency.clone().unwrap_or_else(|| pr.currency.clone()).to_uppercase();
                    CostView {
                        text: self.money.exact(c.amount, &cur),
                        amount: machine_amount(c.amount, &cur),
                        currency: cur,
                    }
                });
                let countries = z.countries.iter().map(|c| CountryView { code: c, name: self.country(c) }).collect();
                let days = z.delivery_days.map(|[a, b]| {
                    crate::order::fill(self.t.get("order.days"), &[("min", &a.to_string()), ("max", &b.to_string())])
                });
                ZoneView {
                    name: self.text(site, &z.name),
                    countries,
                    carriers: &z.carriers,
                    days,
                    cost,
                    cost_note: self.opt_text(site, &z.cost_note),
                }
            })
            .collect();
        Shipping {
            zones,
            duties: self.opt_text(site, &pr.shipping.duties),
            minimum_order: self.opt_text(site, &pr.shipping.minimum_order),
        }
    }

    /// A country's name in this language: from the UI strings (`countries.MX`), else its ISO 3166 English name.
    pub(crate) fn country(&self, code: &str) -> Option<String> {
        match self.t.lookup(&format!("countries.{code}")) {
            None | Some("") => rust_iso3166::from_alpha2(code).map(|c| c.name.to_string()),
            Some(name) => Some(name.to_string()),
        }
    }
}
