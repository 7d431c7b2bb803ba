//! Money: ISO 4217 checks, the dated rate table (`rates.yaml`), conversion in decimal arithmetic and
//! locale-correct formatting. Converted prices are display-only; machine values stay in the base currency.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use icu_decimal::input::Decimal as IcuDecimal;
use icu_decimal::DecimalFormatter;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

pub const RATES_FILE: &str = "rates.yaml";

pub fn check_currency(code: &str) -> Result<()> {
    match iso_currency::Currency::from_code(code) {
        Some(c) if !c.is_fund() && !c.is_special() => Ok(()),
        _ => bail!("{code:?} is not an ISO 4217 currency code (examples: MXN, USD, EUR, CAD, GBP)"),
    }
}

/// ISO 4217 minor units: the digits machine values (feeds, JSON-LD) carry.
pub fn minor_units(code: &str) -> u32 {
    iso_currency::Currency::from_code(code).and_then(|c| c.exponent()).map(u32::from).unwrap_or(2)
}

/// A plain machine-readable amount: `1234.50`, dot as decimal separator, ISO minor units, no grouping.
pub fn machine_amount(amount: Decimal, currency: &str) -> String {
    let dp = minor_units(currency);
    let mut a = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    a.rescale(dp);
    a.to_string()
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RatesFile {
    base: String,
    date: String,
    source: Option<crate::text::Text>,
    rates: BTreeMap<String, Decimal>,
}

/// Rates converted to "1 unit of the site currency = r units of X".
#[derive(Debug, Clone)]
pub struct Rates {
    pub date: NaiveDate,
    /// Where the rates come from, in each language (`Banco de México y BCE` / `Bank of Mexico and ECB`).
    pub source: Option<crate::text::Text>,
    per_base: BTreeMap<String, Decimal>,
}

impl Rates {
    /// Loads `rates.yaml` if present. `site_currency` is the profile's base currency; `needed` the display
    /// currencies, each of which must have a rate.
    pub fn load(site: &Path, site_currency: &str, needed: &[String], today: NaiveDate) -> Result<Option<Rates>> {
        let path = site.join(RATES_FILE);
        if !path.exists() {
            if needed.is_empty() {
                return Ok(None);
            }
            bail!(
                "{RATES_FILE} is missing, but company.yaml lists display_currencies ({}).\n  hint: create {RATES_FILE} with base, date, source and a rate per currency (see docs/content-format.md), or remove display_currencies",
                needed.join(", ")
            );
        }
        let src = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        let file: RatesFile = crate::yaml::parse(&src, Path::new(RATES_FILE), 1)?;
        let rates = Rates::from_file(file, site_currency)?;
        check_not_future(rates.date, today).with_context(|| format!("{RATES_FILE}: field `date`"))?;
        for c in needed {
            if c != site_currency && !rates.per_base.contains_key(c) {
                bail!("{RATES_FILE}: no rate for {c}, which company.yaml lists in display_currencies.\n  hint: add `{c}: <units of {c} per 1 {}>` under `rates:`, or remove {c} from display_currencies", rates_base_hint(site_currency));
            }
        }
        Ok(Some(rates))
    }

    fn from_file(file: RatesFile, site_currency: &str) -> Result<Rates> {
        let base = file.base.trim().to_uppercase();
        check_currency(&base).with_context(|| format!("{RATES_FILE}: field `base`"))?;
        let date = NaiveDate::parse_from_str(file.date.trim(), "%Y-%m-%d").with_context(|| {
            format!("{RATES_FILE}: field `date` is {:?}: write the reference date as YYYY-MM-DD", file.date)
        })?;
        let mut table = BTreeMap::new();
        for (code, rate) in file.rates {
            let code = code.trim().to_uppercase();
            check_currency(&code).with_context(|| format!("{RATES_FILE}: field `rates`"))?;
            if rate <= Decimal::ZERO {
                bail!("{RATES_FILE}: the rate for {code} is {rate}: rates must be greater than zero");
            }
            table.insert(code, rate);
        }
        table.insert(base.clone(), Decimal::ONE);
        // Cross rates through the file's base: X→Y = rate(Y) / rate(X).
        let Some(site_rate) = table.get(site_currency).copied() else {
            bail!("{RATES_FILE}: the file's base is {base} but the site's currency {site_currency} has no rate in it.\n  hint: add `{site_currency}: <units per 1 {base}>` under `rates:`, or make `base: {site_currency}`");
        };
        let per_base = table.into_iter().map(|(code, r)| (code, r / site_rate)).collect();
        Ok(Rates { date, source: file.source, per_base })
    }

    /// Converts an amount of the site currency into `to`.
    pub fn convert(&self, amount: Decimal, to: &str) -> Option<Decimal> {
        self.per_base.get(to).map(|r| amount * r)
    }
}

/// A date an owner writes for something that already happened (rates published, product updated) may not
/// be in the future. One day of slack: a build machine running on UTC can be a day behind the owner.
pub fn check_not_future(date: NaiveDate, today: NaiveDate) -> Result<()> {
    if date > today + chrono::Days::new(1) {
        bail!("{date} is in the future (today is {today}).\n  hint: write the date it happened, as YYYY-MM-DD");
    }
    Ok(())
}

fn rates_base_hint(site_currency: &str) -> String {
    format!("{site_currency} (or per 1 unit of the file's base)")
}

/// Formats money for one locale: number shapes from CLDR (ICU4X), symbol placement from a small table.
pub struct MoneyFormat {
    numbers: DecimalFormatter,
    symbol_after: bool,
}

impl MoneyFormat {
    pub fn new(locale: &str) -> Result<MoneyFormat> {
        let loc = icu_locale_core::Locale::from_str(locale)
            .with_context(|| format!("{locale:?} is not a valid locale (write it like es-MX or en-US)"))?;
        let numbers = DecimalFormatter::try_new((&loc).into(), Default::default())
            .with_context(|| format!("no number formats for locale {locale}"))?;
        Ok(MoneyFormat { numbers, symbol_after: symbol_after(locale) })
    }

    /// `amount` rounded to `dp` decimals, grouped and punctuated for the locale.
    pub fn number(&self, amount: Decimal, dp: u32) -> String {
        let mut a = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
        a.rescale(dp);
        let d = IcuDecimal::from_str(&a.to_string()).expect("a rust_decimal string is a valid decimal");
        self.numbers.format_to_string(&d)
    }

    /// An exact price: `$1,234.50 MXN`, `US$67.90`, `62,96 €`.
    pub fn exact(&self, amount: Decimal, currency: &str) -> String {
        self.with_symbol(&self.number(amount, display_digits(currency)), currency)
    }

    /// An indicative conversion: small amounts keep their cents, large ones are rounded to whole units
    /// so an approximation never looks like a firm offer.
    pub fn approximate(&self, amount: Decimal, currency: &str) -> String {
        let dp = if amount.abs() >= Decimal::from(1000) { 0 } else { display_digits(currency) };
        self.with_symbol(&self.number(amount, dp), currency)
    }

    fn with_symbol(&self, number: &str, currency: &str) -> String {
        let (symbol, needs_code) = symbol(currency);
        const NBSP: char = '\u{a0}';
        match (symbol, self.symbol_after) {
            (Some(s), false) if needs_code => format!("{s}{number}{NBSP}{currency}"),
            (Some(s), false) => format!("{s}{number}"),
            (Some(s), true) if needs_code => format!("{number}{NBSP}{s}{NBSP}{currency}"),
            (Some(s), true) => format!("{number}{NBSP}{s}"),
            (None, false) => format!("{currency}{NBSP}{number}"),
            (None, true) => format!("{number}{NBSP}{currency}"),
        }
    }
}

/// Digits shown to people; CLDR drops the cents of a few currencies whose ISO exponent is 2.
fn display_digits(currency: &str) -> u32 {
    match currency {
        "HUF" | "IDR" | "TWD" | "CLP" | "COP" | "PKR" | "ISK" => 0,
        c => minor_units(c),
    }
}

/// The short symbol for a currency, and whether the ISO code must follow it because the symbol alone is
/// ambiguous (a bare `$` is the peso, the dollar and a dozen others).
fn symbol(currency: &str) -> (Option<&'static str>, bool) {
    match currency {
        "USD" => (Some("US$"), false),
        "CAD" => (Some("CA$"), false),
        "AUD" => (Some("A$"), false),
        "NZD" => (Some("NZ$"), false),
        "HKD" => (Some("HK$"), false),
        "BRL" => (Some("R$"), false),
        "EUR" => (Some("€"), false),
        "GBP" => (Some("£"), false),
        "JPY" => (Some("¥"), true),
        "CNY" => (Some("¥"), true),
        "INR" => (Some("₹"), false),
        "KRW" => (Some("₩"), false),
        "ILS" => (Some("₪"), false),
        "MXN" | "ARS" | "CLP" | "COP" | "UYU" | "DOP" | "CUP" => (Some("$"), true),
        _ => (None, false),
    }
}

/// Locales that write the symbol after the number (`62,96 €`).
fn symbol_after(locale: &str) -> bool {
    let lang = locale.split(['-', '_']).next().unwrap_or("");
    let region = locale.split(['-', '_']).nth(1).unwrap_or("");
    match lang {
        "fr" | "de" | "it" | "pl" | "cs" | "sk" | "sv" | "fi" | "da" | "nb" | "no" | "ru" | "uk" | "hu" | "ro"
        | "bg" | "hr" | "sl" | "lt" | "lv" | "et" | "el" | "ca" => true,
        "es" => matches!(region, "ES" | ""),
        "pt" => region == "PT",
        "nl" => false,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn formats_per_locale() {
        let mx = MoneyFormat::new("es-MX").unwrap();
        assert_eq!(mx.exact(d("1234.5"), "MXN"), "$1,234.50\u{a0}MXN");
        let us = MoneyFormat::new("en-US").unwrap();
        assert_eq!(us.approximate(d("67.8951"), "USD"), "US$67.90");
        assert_eq!(us.approximate(d("1359.99"), "USD"), "US$1,360");
        let es = MoneyFormat::new("es-ES").unwrap();
        assert_eq!(es.approximate(d("62.955"), "EUR"), "62,96\u{a0}€");
        let fr = MoneyFormat::new("fr-FR").unwrap();
        assert_eq!(fr.exact(d("1234.5"), "EUR"), "1\u{202f}234,50\u{a0}€");
        assert_eq!(us.exact(d("1234"), "JPY"), "¥1,234\u{a0}JPY");
    }

    #[test]
    fn machine_amounts_use_iso_minor_units() {
        assert_eq!(machine_amount(d("12.5"), "EUR"), "12.50");
        assert_eq!(machine_amount(d("1234.5"), "JPY"), "1235");
        assert_eq!(machine_amount(d("1.23456"), "KWD"), "1.235");
    }

    #[test]
    fn cross_rates_go_through_the_file_base() {
        let file = RatesFile {
            base: "EUR".into(),
            date: "2026-09-30".into(),
            source: None,
            rates: [("USD".to_string(), d("1.10")), ("MXN".to_string(), d("20"))].into(),
        };
        let r = Rates::from_file(file, "MXN").unwrap();
        assert_eq!(r.convert(d("100"), "EUR").unwrap(), d("5"));
        assert_eq!(r.convert(d("100"), "USD").unwrap().round_dp(4), d("5.5"));
        assert!(r.convert(d("1"), "GBP").is_none());
    }
}
