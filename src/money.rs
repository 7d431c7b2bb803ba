//! Money: ISO 4217 checks, the dated rate table (`rates.yaml`), conversion in decimal arithmetic and
//! locale-correct formatting. Converted prices are display-only; machine values stay in the base currency.

use anyhow::{bail, Context, Result};
use chrono::NaiveDate;
use icu_decimal::input::Decimal as IcuDecimal;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyType;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::de::{self, Deserialize, Deserializer, Visitor};
use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::Path;
use std::str::FromStr;
use std::sync::{Arc, RwLock};

mod cldr;

pub const RATES_FILE: &str = "rates.yaml";

/// The largest price accepted (in any currency): far above any catalog's, and small enough that a price times
/// any accepted cross rate stays well inside `Decimal` (about 7.9 × 10^28), so no conversion can overflow.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000_000;
/// Cross rates ("1 unit of the site currency = r units of X") must lie within 10^-12 … 10^12. Real ones,
/// even between the strongest and weakest currencies, stay within 10^-7 … 10^7.
const RATE_LIMIT_DIGITS: u32 = 12;

/// A number read from YAML: an integer or a decimal, finite, converted through its decimal text so `1.10` stays
/// 1.10 (never the nearest binary fraction). `.nan`, `.inf` and numbers too large for a price are refused in
/// words at their line.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Number(pub Decimal);

/// `price:` is a number or a phrase such as `on request`.
#[derive(Debug, Clone)]
pub enum PriceField {
    Amount(Decimal),
    Word(String),
}

struct NumberVisitor {
    words_allowed: bool,
    /// The largest magnitude accepted.
    max: Decimal,
}

enum Scalar {
    Number(Decimal),
    Word(String),
}

impl NumberVisitor {
    fn number<E: de::Error>(&self, text: &str) -> Result<Scalar, E> {
        match Decimal::from_str(text) {
            Ok(d) if d.abs() <= self.max => Ok(Scalar::Number(d)),
            _ if self.max == Decimal::MAX => Err(E::custom(crate::msg!("money-number-too-large", value = text))),
            _ => Err(E::custom(crate::msg!("money-price-too-large", value = text, max = MAX_AMOUNT.to_string()))),
        }
    }
}

impl<'de> Visitor<'de> for NumberVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&if self.words_allowed {
            crate::msg!("yaml-expected-number-or-word")
        } else {
            crate::msg!("yaml-expected-number")
        })
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Scalar, E> {
        self.number(&v.to_string())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Scalar, E> {
        self.number(&v.to_string())
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Scalar, E> {
        self.number(&v.to_string())
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Scalar, E> {
        self.number(&v.to_string())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Scalar, E> {
        if !v.is_finite() {
            return Err(E::custom(crate::msg!("money-not-a-number", value = if v.is_nan() { ".nan" } else { ".inf" })));
        }
        self.number(&v.to_string())
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Scalar, E> {
        if self.words_allowed {
            Ok(Scalar::Word(v.to_string()))
        } else {
            Err(E::invalid_type(de::Unexpected::Str(v), &self))
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        match d.deserialize_any(NumberVisitor { words_allowed: false, max: Decimal::MAX })? {
            Scalar::Number(n) => Ok(Number(n)),
            Scalar::Word(w) => Err(de::Error::invalid_type(de::Unexpected::Str(&w), &"a number")),
        }
    }
}

impl<'de> Deserialize<'de> for PriceField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PriceField, D::Error> {
        Ok(match d.deserialize_any(NumberVisitor { words_allowed: true, max: Decimal::from(MAX_AMOUNT) })? {
            Scalar::Number(n) => PriceField::Amount(n),
            Scalar::Word(w) => PriceField::Word(w),
        })
    }
}

pub fn check_currency(code: &str) -> Result<()> {
    match iso_currency::Currency::from_code(code) {
        Some(c) if !c.is_fund() && !c.is_special() => Ok(()),
        _ => bail!(crate::msg!("money-bad-currency", code = code)),
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

#[derive(Debug, Clone, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RatesFile {
    base: String,
    date: String,
    source: Option<crate::text::Text>,
    max_age_days: Option<u32>,
    rates: BTreeMap<String, Number>,
}

/// Rates converted to "1 unit of the site currency = r units of X".
#[derive(Debug, Clone)]
pub struct Rates {
    pub date: NaiveDate,
    /// Where the rates come from, in each language (`Banco de México y BCE` / `Bank of Mexico and ECB`).
    pub source: Option<crate::text::Text>,
    /// Rates older than this many days get a warning (`max_age_days:` in rates.yaml, default 30).
    pub max_age_days: u32,
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
            bail!(crate::msg!("rates-missing-file", file = RATES_FILE, currencies = needed.join(", ")));
        }
        let src =
            std::fs::read_to_string(&path).with_context(|| crate::msg!("io-cannot-read", path = path.display()))?;
        let file: RatesFile = crate::yaml::parse(&src, Path::new(RATES_FILE), 1)?;
        let rates = Rates::from_file(file, site_currency).map_err(|e| at_rate_line(e, &src))?;
        check_not_future(rates.date, today)
            .with_context(|| crate::msg!("file-field", file = RATES_FILE, field = "date"))?;
        for c in needed {
            if c != site_currency && !rates.per_base.contains_key(c) {
                bail!(crate::msg!("rates-no-rate", file = RATES_FILE, code = c, site_currency = site_currency));
            }
        }
        Ok(Some(rates))
    }

    fn from_file(file: RatesFile, site_currency: &str) -> Result<Rates> {
        let base = file.base.trim().to_uppercase();
        check_currency(&base).with_context(|| crate::msg!("file-field", file = RATES_FILE, field = "base"))?;
        let date = NaiveDate::parse_from_str(file.date.trim(), "%Y-%m-%d")
            .with_context(|| crate::msg!("rates-bad-date", file = RATES_FILE, date = file.date))?;
        let mut table = BTreeMap::new();
        for (key, Number(rate)) in file.rates {
            let code = key.trim().to_uppercase();
            check_currency(&code).map_err(|e| RateError {
                key: key.clone(),
                message: crate::msg!("yaml-in-field", field = format!("rates.{key}"), what = e.to_string()),
            })?;
            if rate <= Decimal::ZERO {
                bail!(RateError {
                    key,
                    message: crate::msg!("rates-not-positive", code = code, rate = rate.to_string(), base = base)
                });
            }
            table.insert(code, (key, rate));
        }
        table.insert(base.clone(), ("base".to_string(), Decimal::ONE));
        // Cross rates through the file's base: X→Y = rate(Y) / rate(X).
        let Some((_, site_rate)) = table.get(site_currency).cloned() else {
            bail!(crate::msg!("rates-no-site-rate", file = RATES_FILE, base = base, site_currency = site_currency));
        };
        let limit = Decimal::from(10u64.pow(RATE_LIMIT_DIGITS));
        let mut per_base = BTreeMap::new();
        for (code, (key, r)) in table {
            let cross = r.checked_div(site_rate).filter(|c| *c <= limit && *c * limit >= Decimal::ONE);
            let Some(cross) = cross else {
                let wrong = if code == base || code == site_currency { site_currency } else { &code };
                bail!(RateError {
                    key: if code == base { site_currency.to_string() } else { key },
                    message: match r.checked_div(site_rate) {
                        Some(c) => crate::msg!(
                            "rates-unreal",
                            wrong = wrong,
                            site_currency = site_currency,
                            amount = c.normalize().to_string(),
                            code = code,
                            base = base
                        ),
                        None => crate::msg!(
                            "rates-unreal-overflow",
                            wrong = wrong,
                            site_currency = site_currency,
                            code = code,
                            base = base
                        ),
                    }
                });
            };
            per_base.insert(code, cross);
        }
        let max_age_days = file.max_age_days.unwrap_or(crate::rates::DEFAULT_MAX_AGE_DAYS);
        Ok(Rates { date, source: file.source, max_age_days, per_base })
    }

    /// Converts an amount of the site currency into `to`. Rates and prices are bounded when they are read, so
    /// the product always fits; `checked_mul` keeps even a future caller from panicking.
    pub fn convert(&self, amount: Decimal, to: &str) -> Option<Decimal> {
        self.per_base.get(to).and_then(|r| amount.checked_mul(*r))
    }
}

/// A rate that is wrong, with the key it was written under to find its line in rates.yaml.
#[derive(Debug)]
struct RateError {
    key: String,
    message: String,
}

impl fmt::Display for RateError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RateError {}

/// Prefixes a rate error with `rates.yaml:LINE:` (the line of its key under `rates:`).
fn at_rate_line(e: anyhow::Error, src: &str) -> anyhow::Error {
    let Some(rate) = e.downcast_ref::<RateError>() else {
        return e;
    };
    let under_rates = src.lines().position(|l| l.trim_end() == "rates:" || l.starts_with("rates:")).unwrap_or(0);
    let line = src.lines().enumerate().skip(under_rates).find_map(|(i, l)| {
        let rest = l.trim_start().strip_prefix(rate.key.as_str())?;
        rest.trim_start().starts_with(':').then_some(i + 1)
    });
    match line {
        Some(n) => anyhow::anyhow!("{RATES_FILE}:{n}: {}", rate.message),
        None => anyhow::anyhow!("{RATES_FILE}: {}", rate.message),
    }
}

/// A date an owner writes for something that already happened (rates published, product updated) may not
/// be in the future. One day of slack: a build machine running on UTC can be a day behind the owner.
pub fn check_not_future(date: NaiveDate, today: NaiveDate) -> Result<()> {
    if date > today + chrono::Days::new(1) {
        bail!(crate::msg!("date-in-future", date = date.to_string(), today = today.to_string()));
    }
    Ok(())
}

/// Formats money for one locale, all from CLDR through ICU4X: the number shape (grouping, decimal mark),
/// the currency's symbol in that locale (`MX$` in English, `$MX` in French, `$` in Mexican Spanish) and where
/// it goes (`MX$850.00`, `850,00 $MX`).
pub struct MoneyFormat {
    locale: icu_locale_core::Locale,
    numbers: DecimalFormatter,
    /// One CLDR currency formatter per currency, made on first use; pages of one language are rendered in
    /// parallel, hence the lock (read-mostly).
    currencies: RwLock<HashMap<String, Arc<CurrencyFormatter<DecimalFormatter>>>>,
}

impl MoneyFormat {
    pub fn new(locale: &str) -> Result<MoneyFormat> {
        let loc = icu_locale_core::Locale::from_str(locale)
            .with_context(|| crate::msg!("money-bad-locale", locale = locale))?;
        let numbers = DecimalFormatter::try_new((&loc).into(), Default::default())
            .with_context(|| crate::msg!("money-no-number-formats", locale = locale))?;
        Ok(MoneyFormat { locale: loc, numbers, currencies: RwLock::new(HashMap::new()) })
    }

    /// `amount` rounded to `dp` decimals, grouped and punctuated for the locale.
    pub fn number(&self, amount: Decimal, dp: u32) -> String {
        self.numbers.format_to_string(&icu_decimal_of(amount, dp))
    }

    /// An exact price: `$1,234.50 MXN` (es-MX), `MX$1,234.50` (en-US), `1 234,50 $MX` (fr-FR), `62,96 €`.
    pub fn exact(&self, amount: Decimal, currency: &str) -> String {
        self.with_symbol(amount, display_digits(currency), currency)
    }

    /// An indicative conversion: small amounts keep their cents, large ones are rounded to whole units
    /// so an approximation never looks like a firm offer.
    pub fn approximate(&self, amount: Decimal, currency: &str) -> String {
        let dp = if amount.abs() >= Decimal::from(1000) { 0 } else { display_digits(currency) };
        self.with_symbol(amount, dp, currency)
    }

    fn with_symbol(&self, amount: Decimal, dp: u32, currency: &str) -> String {
        let number = icu_decimal_of(amount, dp);
        let Some(formatter) = self.currency(currency) else {
            // Not a currency CLDR can format (codes are checked on load, so only a future caller): the
            // number with the ISO code is still unambiguous.
            return format!("{}{NBSP}{currency}", self.numbers.format_to_string(&number));
        };
        let mut text = formatter.format_fixed_decimal(&number).to_string();
        // The CLDR formatter pads to the currency's digits; an approximation rounded to whole units keeps none.
        if dp == 0 {
            let whole = self.numbers.format_to_string(&number);
            for pad in (1..=3).rev() {
                let padded = self.numbers.format_to_string(&icu_decimal_of(amount.round_dp(0), pad));
                if text.contains(&padded) {
                    text = text.replacen(&padded, &whole, 1);
                    break;
                }
            }
        }
        // A bare `$` or `¥` is a dozen currencies: CLDR writes `$` for the peso in Mexican Spanish and for the
        // dollar in US English, but a catalog is read abroad, so the code follows (`$850.00 MXN`).
        let symbol_only: String =
            text.chars().filter(|c| !c.is_numeric() && !",.'’ \u{a0}\u{202f}-−".contains(*c)).collect();
        if SHARED_SYMBOLS.contains(&symbol_only.as_str()) {
            format!("{text}{NBSP}{currency}")
        } else {
            text
        }
    }

    /// The CLDR formatter for `currency` in this locale (made once).
    fn currency(&self, currency: &str) -> Option<Arc<CurrencyFormatter<DecimalFormatter>>> {
        if let Some(f) = self.currencies.read().ok()?.get(currency) {
            return Some(f.clone());
        }
        let code = CurrencyType::try_from_str(currency).ok()?;
        let f =
            CurrencyFormatter::try_new_symbol_unstable(&cldr::Baked, (&self.locale).into(), code, Default::default())
                .ok()?;
        let f = Arc::new(f);
        self.currencies.write().ok()?.insert(currency.to_string(), f.clone());
        Some(f)
    }
}

const NBSP: char = '\u{a0}';

/// Symbols CLDR gives to several currencies at once (in different locales): alone they do not say which.
const SHARED_SYMBOLS: &[&str] = &["$", "¥", "￥", "元", "kr", "kr.", "Kr"];

/// A `rust_decimal` as ICU's decimal, rounded half away from zero to `dp` digits and padded to them.
fn icu_decimal_of(amount: Decimal, dp: u32) -> IcuDecimal {
    let mut a = amount.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
    a.rescale(dp);
    IcuDecimal::from_str(&a.to_string()).expect("a rust_decimal string is a valid decimal")
}

/// Digits shown to people; CLDR drops the cents of a few currencies whose ISO exponent is 2 (their cash
/// digits are 0).
fn display_digits(currency: &str) -> u32 {
    match currency {
        "HUF" | "IDR" | "TWD" | "CLP" | "COP" | "PKR" | "ISK" => 0,
        c => minor_units(c),
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
        // CLDR's symbol and pattern for each locale; a shared sign (`$`, `¥`) gets its ISO code.
        for (locale, currency, exact, approximate) in [
            ("es-MX", "MXN", "$1,234.50\u{a0}MXN", "$67.90\u{a0}MXN"),
            ("es-MX", "USD", "US$1,234.50", "US$67.90"),
            ("en-US", "MXN", "MX$1,234.50", "MX$67.90"),
            ("en-US", "USD", "$1,234.50\u{a0}USD", "$67.90\u{a0}USD"),
            ("en-US", "JPY", "¥1,235\u{a0}JPY", "¥68\u{a0}JPY"),
            ("fr-FR", "MXN", "1\u{202f}234,50\u{a0}$MX", "67,90\u{a0}$MX"),
            ("fr-FR", "EUR", "1\u{202f}234,50\u{a0}€", "67,90\u{a0}€"),
            ("de-DE", "MXN", "1.234,50\u{a0}MX$", "67,90\u{a0}MX$"),
            ("pt-BR", "MXN", "MX$\u{a0}1.234,50", "MX$\u{a0}67,90"),
            ("ja-JP", "MXN", "MX$1,234.50", "MX$67.90"),
            ("es-ES", "EUR", "1234,50\u{a0}€", "67,90\u{a0}€"),
            ("en-GB", "GBP", "£1,234.50", "£67.90"),
        ] {
            let m = MoneyFormat::new(locale).unwrap();
            assert_eq!(m.exact(d("1234.5"), currency), exact, "{locale} {currency}");
            assert_eq!(m.approximate(d("67.8951"), currency), approximate, "{locale} {currency}");
        }
        let us = MoneyFormat::new("en-US").unwrap();
        assert_eq!(us.approximate(d("1359.99"), "EUR"), "€1,360", "whole units from 1,000");
        assert_eq!(us.exact(d("1234.5"), "HUF"), "HUF\u{a0}1,235", "no cents where CLDR's cash digits are 0");
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
            max_age_days: None,
            rates: [("USD".to_string(), Number(d("1.10"))), ("MXN".to_string(), Number(d("20")))].into(),
        };
        let r = Rates::from_file(file, "MXN").unwrap();
        assert_eq!(r.convert(d("100"), "EUR").unwrap(), d("5"));
        assert_eq!(r.convert(d("100"), "USD").unwrap().round_dp(4), d("5.5"));
        assert!(r.convert(d("1"), "GBP").is_none());
    }

    #[test]
    fn absurd_rates_are_refused_with_their_line() {
        for (rates, line) in [
            ("  MXN: 20\n  USD: 1.0e27\n", 6),
            ("  MXN: 20\n  USD: 0.0000000000000000000000001\n", 6),
            ("  MXN: 1e-20\n", 5),
        ] {
            let src = format!("base: EUR\ndate: 2026-09-30\nsource: ECB\nrates:\n{rates}");
            let file: RatesFile = serde_yaml::from_str(&src).unwrap();
            let e = at_rate_line(Rates::from_file(file, "MXN").unwrap_err(), &src).to_string();
            assert!(e.starts_with(&format!("rates.yaml:{line}: field `rates.")), "{e}");
            assert!(e.contains("no real exchange rate") && e.contains("hint:"), "{e}");
        }
    }

    #[test]
    fn numbers_refuse_nan_infinity_and_huge_values() {
        for bad in [".nan", ".inf", "-.inf", "1e30"] {
            let e = serde_yaml::from_str::<Number>(bad).unwrap_err().to_string();
            assert!(e.contains("not a number") || e.contains("too large"), "{bad}: {e}");
        }
        let e = serde_yaml::from_str::<PriceField>("100000000000000000000").unwrap_err().to_string();
        assert!(e.contains("too large"), "{e}");
        assert_eq!(serde_yaml::from_str::<Number>("1.10").unwrap(), Number(d("1.10")));
    }
}
