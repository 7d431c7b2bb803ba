//! The company profile and site settings (`company.yaml`): types, loading and validation.
//! Depends only on `text`, `yaml`, `link`, `contact` and the ISO code tables; everything else reads from here.

use crate::text::Text;
use anyhow::{bail, Context, Result};
use chrono::{Datelike, NaiveDate};
use serde::Deserialize;
use std::path::Path;

pub const PROFILE_FILE: &str = "company.yaml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub base_url: String,
    pub languages: Vec<LanguageSpec>,
    pub currency: String,
    #[serde(default)]
    pub display_currencies: Vec<String>,
    pub name: Text,
    pub legal_name: Option<String>,
    pub legal_form: Option<String>,
    pub founded: Option<i32>,
    pub tagline: Option<Text>,
    pub story: Option<Text>,
    pub logo: Option<String>,
    pub location: Option<Location>,
    pub contact: Contact,
    #[serde(default)]
    pub social: Vec<Social>,
    #[serde(default)]
    pub marketplaces: Vec<NamedLink>,
    #[serde(default)]
    pub payment_methods: Vec<PaymentMethod>,
    #[serde(default)]
    pub ordering: Ordering,
    #[serde(default)]
    pub shipping: Shipping,
    pub categories: Vec<Category>,
    #[serde(default)]
    pub certifications: Vec<Certification>,
    #[serde(default)]
    pub memberships: Vec<Membership>,
    #[serde(default)]
    pub markets: Vec<String>,
    #[serde(default)]
    pub testimonials: Vec<Testimonial>,
    #[serde(default)]
    pub legal: Legal,
    #[serde(default)]
    pub share: Share,
    #[serde(default)]
    pub images: crate::images::Settings,
    #[serde(default)]
    pub listing: Listing,
    #[serde(default)]
    pub theme: crate::brand::Brand,
}

/// How product listings (all products, each category) are cut into pages.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    /// Products per listing page.
    #[serde(default = "default_page_size")]
    pub page_size: usize,
}

fn default_page_size() -> usize {
    crate::listing::DEFAULT_PAGE_SIZE
}

impl Default for Listing {
    fn default() -> Self {
        Listing { page_size: default_page_size() }
    }
}

/// A language is written either as its code (`es`) or as a map with the locale used for formatting.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LanguageSpec {
    Code(String),
    Full { code: String, locale: Option<String>, hreflang: Option<String>, name: Option<String> },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    pub street: Option<String>,
    pub city: Option<String>,
    pub region: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
    #[serde(default)]
    pub show_street: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub whatsapp: Option<String>,
    pub messenger: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub hours: Option<Text>,
    pub timezone: Option<String>,
    pub response_time: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    pub network: String,
    pub url: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedLink {
    pub name: String,
    pub url: String,
}

pub const PAYMENT_TYPES: &[&str] =
    &["bank_transfer", "deposit", "money_transfer", "paypal", "card_link", "cash", "other"];

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaymentMethod {
    #[serde(rename = "type")]
    pub kind: String,
    pub provider: Option<String>,
    #[serde(default)]
    pub currencies: Vec<String>,
    pub note: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ordering {
    #[serde(default)]
    pub steps: Vec<Text>,
    #[serde(default)]
    pub checklist: Vec<Text>,
    #[serde(default = "yes")]
    pub ship_after_payment: bool,
}

impl Default for Ordering {
    fn default() -> Self {
        Ordering { steps: Vec::new(), checklist: Vec::new(), ship_after_payment: true }
    }
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shipping {
    #[serde(default)]
    pub carriers: Vec<Carrier>,
    #[serde(default)]
    pub zones: Vec<Zone>,
    pub duties: Option<Text>,
    pub minimum_order: Option<Text>,
    pub notes: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Carrier {
    pub name: String,
    pub tracking_url: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    pub name: Text,
    #[serde(default)]
    pub countries: Vec<String>,
    #[serde(default)]
    pub carriers: Vec<String>,
    pub delivery_days: Option<[u32; 2]>,
    pub cost: Option<Cost>,
    pub cost_note: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    pub amount: rust_decimal::Decimal,
    pub currency: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
    pub slug: Option<Text>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certification {
    pub name: Text,
    pub issuer: Option<String>,
    pub id: Option<String>,
    pub url: Option<String>,
    pub year: Option<i32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub name: Text,
    pub url: Option<String>,
    pub since: Option<i32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Testimonial {
    pub quote: Text,
    pub author: String,
    pub country: Option<String>,
    pub date: Option<String>,
    pub source: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Legal {
    pub returns: Option<Text>,
    pub terms: Option<Text>,
}

/// Settings for share links (UTM parameters appended to shared URLs).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Share {
    pub utm_source: Option<String>,
    pub utm_medium: Option<String>,
    pub utm_campaign: Option<String>,
}

/// The address the site is published at (`base_url` in company.yaml, or `vitrina build --base-url`), checked and
/// ending in `/`. `source` says where it came from, for the message.
pub fn check_base_url(url: &str, source: &str) -> Result<String> {
    let mut url = url.to_string();
    if !url.ends_with('/') {
        url.push('/');
    }
    if !(url.starts_with("https://") || url.starts_with("http://")) || url.len() < "http://a/".len() {
        bail!(crate::msg!("config-base-url-not-absolute", source = source, url = url));
    }
    if url.contains(['?', '#', ' ', '"', '<', '>']) {
        bail!(crate::msg!("config-base-url-bad-characters", source = source, url = url));
    }
    Ok(url)
}

impl Profile {
    /// Loads and checks `company.yaml`. `today` is the site's date (see `Site::today`): years and dates
    /// after it are refused.
    pub fn load(site: &Path, today: NaiveDate) -> Result<Profile> {
        Profile::load_with(site, today, &mut crate::diagnostics::Diagnostics::fail_fast())
    }

    /// [`Profile::load`], handing a failed field check or contact number to `diag` (`check` goes on with the
    /// rest of the site); a file that cannot be read or parsed is returned.
    pub fn load_with(site: &Path, today: NaiveDate, diag: &mut crate::diagnostics::Diagnostics) -> Result<Profile> {
        let path = site.join(PROFILE_FILE);
        let src =
            std::fs::read_to_string(&path).with_context(|| crate::msg!("config-cannot-read", path = path.display()))?;
        let mut profile: Profile = crate::yaml::parse(&src, Path::new(PROFILE_FILE), 1)?;
        profile.normalise();
        profile.base_url =
            check_base_url(&profile.base_url, &crate::msg!("file-field", file = PROFILE_FILE, field = "base_url"))?;
        diag.keep("profile", profile.validate(today))?;
        diag.keep("contact", profile.check_contact())?;
        Ok(profile)
    }

    /// Upper-cases codes that are conventionally upper case, so `usd` and `USD` both work.
    fn normalise(&mut self) {
        self.currency = self.currency.trim().to_uppercase();
        for c in &mut self.display_currencies {
            *c = c.trim().to_uppercase();
        }
        for m in &mut self.markets {
            *m = m.trim().to_uppercase();
        }
        for z in &mut self.shipping.zones {
            for c in &mut z.countries {
                *c = c.trim().to_uppercase();
            }
        }
        for t in &mut self.testimonials {
            t.country = t.country.as_ref().map(|c| c.trim().to_uppercase());
        }
    }

    fn validate(&self, today: NaiveDate) -> Result<()> {
        let f = PROFILE_FILE;
        if self.languages.is_empty() {
            bail!(crate::msg!("config-no-languages", file = f));
        }
        crate::money::check_currency(&self.currency)
            .with_context(|| crate::msg!("file-field", file = f, field = "currency"))?;
        for c in &self.display_currencies {
            crate::money::check_currency(c)
                .with_context(|| crate::msg!("file-field", file = f, field = "display_currencies"))?;
        }
        for c in &self.markets {
            check_country(c).with_context(|| crate::msg!("file-field", file = f, field = "markets"))?;
        }
        if let Some(loc) = &self.location {
            if let Some(c) = &loc.country {
                check_country(c).with_context(|| crate::msg!("file-field", file = f, field = "location.country"))?;
            }
        }
        for (i, z) in self.shipping.zones.iter().enumerate() {
            for c in &z.countries {
                check_country(c).with_context(|| {
                    crate::msg!("file-field", file = f, field = format!("shipping.zones[{i}].countries"))
                })?;
            }
            if let Some(cost) = &z.cost {
                if let Some(cur) = &cost.currency {
                    crate::money::check_currency(&cur.to_uppercase()).with_context(|| {
                        crate::msg!("file-field", file = f, field = format!("shipping.zones[{i}].cost.currency"))
                    })?;
                }
            }
            if let Some([a, b]) = z.delivery_days {
                if a > b {
                    bail!(crate::msg!("config-delivery-days", file = f, zone = i, min = a, max = b));
                }
            }
        }
        for (i, p) in self.payment_methods.iter().enumerate() {
            if !PAYMENT_TYPES.contains(&p.kind.as_str()) {
                bail!(crate::msg!(
                    "config-payment-type",
                    file = f,
                    index = i,
                    kind = p.kind,
                    types = PAYMENT_TYPES.join(", ")
                ));
            }
            for c in &p.currencies {
                crate::money::check_currency(&c.to_uppercase()).with_context(|| {
                    crate::msg!("file-field", file = f, field = format!("payment_methods[{i}].currencies"))
                })?;
            }
        }
        // A name such as `Alemania` used to vanish from the page without a word: refuse it, suggesting the code.
        for (i, t) in self.testimonials.iter().enumerate() {
            if let Some(c) = &t.country {
                check_country(c).with_context(|| {
                    crate::msg!("file-field", file = f, field = format!("testimonials[{i}].country"))
                })?;
            }
        }
        let c = &self.contact;
        if c.whatsapp.is_none() && c.messenger.is_none() && c.email.is_none() && c.phone.is_none() {
            bail!(crate::msg!("config-no-contact", file = f));
        }
        if let Some(year) = self.founded {
            check_year(year, today).with_context(|| crate::msg!("file-field", file = f, field = "founded"))?;
        }
        for (i, m) in self.memberships.iter().enumerate() {
            if let Some(year) = m.since {
                check_year(year, today)
                    .with_context(|| crate::msg!("file-field", file = f, field = format!("memberships[{i}].since")))?;
            }
        }
        if self.categories.is_empty() {
            bail!(crate::msg!("config-no-categories", file = f));
        }
        let mut ids = std::collections::HashSet::new();
        for (i, cat) in self.categories.iter().enumerate() {
            if !is_slug(&cat.id) {
                bail!(crate::msg!("config-bad-category-id", file = f, index = i, id = cat.id));
            }
            if !ids.insert(&cat.id) {
                bail!(crate::msg!("config-duplicate-category", file = f, id = cat.id));
            }
        }
        if self.images.widths.is_empty() || self.images.widths.iter().any(|w| !(16..=4096).contains(w)) {
            bail!(crate::msg!("config-image-widths", file = f));
        }
        if !(1..=1000).contains(&self.listing.page_size) {
            bail!(crate::msg!("config-page-size", file = f, size = self.listing.page_size));
        }
        self.theme.validate().with_context(|| crate::msg!("file-field", file = f, field = "theme"))?;
        if !(30..=100).contains(&self.images.quality) {
            bail!(crate::msg!("config-image-quality", file = f, quality = self.images.quality.to_string()));
        }
        for (field, url) in self
            .social
            .iter()
            .map(|s| ("social", &s.url))
            .chain(self.marketplaces.iter().map(|m| ("marketplaces", &m.url)))
            .chain(self.testimonials.iter().filter_map(|t| t.source.as_ref().map(|u| ("testimonials", u))))
        {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                bail!(crate::msg!("config-link-not-absolute", file = f, field = field, url = url));
            }
        }
        let links = (self.certifications.iter().enumerate())
            .filter_map(|(i, c)| c.url.as_ref().map(|u| (format!("certifications[{i}].url"), u)))
            .chain(
                (self.memberships.iter().enumerate())
                    .filter_map(|(i, m)| m.url.as_ref().map(|u| (format!("memberships[{i}].url"), u))),
            )
            .chain((self.shipping.carriers.iter().enumerate()).filter_map(|(i, c)| {
                c.tracking_url.as_ref().map(|u| (format!("shipping.carriers[{i}].tracking_url"), u))
            }));
        for (field, url) in links {
            crate::link::check(url).with_context(|| crate::msg!("file-field", file = f, field = format!("{field}")))?;
        }
        Ok(())
    }

    /// Checks the phone numbers and e-mail address and keeps them in the form links are built from
    /// (`+52 443 123 4567`, a plain address): see `crate::contact`.
    fn check_contact(&mut self) -> Result<()> {
        let f = PROFILE_FILE;
        let country = self.location.as_ref().and_then(|l| l.country.clone());
        let c = &mut self.contact;
        for (field, number) in [("whatsapp", &mut c.whatsapp), ("phone", &mut c.phone)] {
            if let Some(n) = number {
                *n = crate::contact::phone(n, country.as_deref())
                    .with_context(|| crate::msg!("file-field", file = f, field = format!("contact.{field}")))?;
            }
        }
        if let Some(e) = &mut c.email {
            *e = crate::contact::email(e)
                .with_context(|| crate::msg!("file-field", file = f, field = "contact.email"))?;
        }
        Ok(())
    }
}

/// A year something happened (founding, joining): not before 1000, not after this year.
fn check_year(year: i32, today: NaiveDate) -> Result<()> {
    let now = today.year();
    if !(1000..=now).contains(&year) {
        bail!(crate::msg!(
            "config-bad-year",
            year = year.to_string(),
            age = (now - year).to_string(),
            now = now.to_string()
        ));
    }
    Ok(())
}

/// Lower-case ASCII letters, digits and dashes: safe in every URL and file system.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty() && !s.starts_with('-') && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

pub fn check_country(code: &str) -> Result<()> {
    if rust_iso3166::from_alpha2(code).is_none() {
        if let Some(iso) = crate::country::code_for_name(code) {
            bail!(crate::msg!("config-country-name", name = code, code = iso));
        }
        bail!(crate::msg!("config-bad-country", code = code));
    }
    Ok(())
}

impl Profile {
    /// Every text field with its path, for the untranslated report.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut v: Vec<(String, &Text)> = vec![("name".into(), &self.name)];
        let optional = [
            ("tagline", &self.tagline),
            ("story", &self.story),
            ("contact.hours", &self.contact.hours),
            ("contact.response_time", &self.contact.response_time),
            ("shipping.duties", &self.shipping.duties),
            ("shipping.minimum_order", &self.shipping.minimum_order),
            ("shipping.notes", &self.shipping.notes),
            ("legal.returns", &self.legal.returns),
            ("legal.terms", &self.legal.terms),
        ];
        v.extend(optional.into_iter().filter_map(|(k, t)| t.as_ref().map(|t| (k.to_string(), t))));
        for (i, c) in self.categories.iter().enumerate() {
            v.push((format!("categories[{i}].name"), &c.name));
            if let Some(d) = &c.description {
                v.push((format!("categories[{i}].description"), d));
            }
        }
        for (i, z) in self.shipping.zones.iter().enumerate() {
            v.push((format!("shipping.zones[{i}].name"), &z.name));
            if let Some(n) = &z.cost_note {
                v.push((format!("shipping.zones[{i}].cost_note"), n));
            }
        }
        for (i, p) in self.payment_methods.iter().enumerate() {
            if let Some(n) = &p.note {
                v.push((format!("payment_methods[{i}].note"), n));
            }
        }
        v.extend(self.ordering.steps.iter().enumerate().map(|(i, t)| (format!("ordering.steps[{i}]"), t)));
        v.extend(self.ordering.checklist.iter().enumerate().map(|(i, t)| (format!("ordering.checklist[{i}]"), t)));
        v.extend(self.certifications.iter().enumerate().map(|(i, c)| (format!("certifications[{i}].name"), &c.name)));
        v.extend(self.memberships.iter().enumerate().map(|(i, m)| (format!("memberships[{i}].name"), &m.name)));
        v.extend(self.testimonials.iter().enumerate().map(|(i, t)| (format!("testimonials[{i}].quote"), &t.quote)));
        v
    }
}
