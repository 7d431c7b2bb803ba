//! `vitrina rates`: reads an exchange-rate file the owner downloaded from a central bank and writes
//! `rates.yaml` re-based to the site's currency, with the date and source, so nobody types rates by hand.
//! Understood: the ECB euro reference rates (`eurofxref-daily.xml`, `eurofxref-hist.xml`, and the CSV inside
//! `eurofxref.zip` / `eurofxref-hist.zip`), and Banco de México's SIE series download as CSV (the FIX,
//! SF43718, and the other peso series listed in [`BANXICO_SERIES`]). Also here: the stale-rates warning that
//! `build` and `check` give, because the import is what fixes it.

use crate::money::{Rates, RATES_FILE};
use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::Path;
use std::str::FromStr;

/// Rates older than this many days are reported, unless rates.yaml sets `max_age_days:`.
pub(crate) const DEFAULT_MAX_AGE_DAYS: u32 = 30;

/// Banco de México series (pesos per unit of the currency) and the currency each one prices.
pub(crate) const BANXICO_SERIES: &[(&str, &str)] =
    &[("SF43718", "USD"), ("SF60653", "USD"), ("SF46410", "EUR"), ("SF60632", "CAD"), ("SF46406", "GBP")];

impl Rates {
    /// The warning for rates older than `max_age_days` on `today`, if they are.
    pub(crate) fn stale_warning(&self, today: NaiveDate) -> Option<String> {
        let age = (today - self.date).num_days();
        (age > i64::from(self.max_age_days)).then(|| {
            crate::msg!(
                "rates-stale",
                file = RATES_FILE,
                date = self.date.to_string(),
                days = age,
                max = self.max_age_days
            )
        })
    }
}

/// Where a rate file came from, for `source:` and the messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bank {
    Ecb,
    Banxico,
}

impl Bank {
    fn name(self, lang: &str) -> &'static str {
        match (self, lang) {
            (Bank::Ecb, "es") => "Banco Central Europeo (BCE)",
            (Bank::Ecb, _) => "European Central Bank (ECB)",
            (Bank::Banxico, "es") => "Banco de México (FIX)",
            (Bank::Banxico, _) => "Bank of Mexico (FIX)",
        }
    }
}

/// A bank's rates for one day, as "1 unit of the bank's own currency (EUR, MXN) = `per_numeraire[X]` units of X".
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub bank: Bank,
    pub date: NaiveDate,
    pub per_numeraire: BTreeMap<String, Decimal>,
}

impl Table {
    /// "1 `site` = r X" for every currency in the table (the site's own left out), rounded to 8 significant
    /// digits: far more than a displayed, approximate price needs.
    pub(crate) fn rebased(&self, site: &str) -> Result<BTreeMap<String, Decimal>> {
        let Some(site_rate) = self.per_numeraire.get(site).copied() else {
            bail!(crate::msg!(
                "rates-import-no-site-currency",
                currency = site,
                currencies = self.per_numeraire.keys().cloned().collect::<Vec<_>>().join(", ")
            ));
        };
        let mut out = BTreeMap::new();
        for (code, r) in &self.per_numeraire {
            if code != site {
                if let Some(x) = r.checked_div(site_rate) {
                    out.insert(code.clone(), x.round_sf(8).unwrap_or(x).normalize());
                }
            }
        }
        Ok(out)
    }
}

/// Reads a rate file, recognising its format from its content.
pub(crate) fn read(path: &Path) -> Result<Table> {
    let bytes = std::fs::read(path).with_context(|| crate::msg!("io-cannot-read", path = path.display()))?;
    // Banxico's downloads are Latin-1 on some pages ("BANCO DE M\xC9XICO"); only the digits matter.
    let text = String::from_utf8_lossy(&bytes);
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    let table = if trimmed.starts_with('<') {
        ecb_xml(trimmed)
    } else if trimmed.starts_with("Date") {
        ecb_csv(trimmed)
    } else if trimmed.contains("SF") {
        banxico_csv(trimmed)
    } else {
        bail!(crate::msg!("rates-import-unknown-format", file = path.display()))
    };
    table.with_context(|| crate::msg!("rates-import-cannot-read", file = path.display()))
}

fn number(text: &str) -> Option<Decimal> {
    Decimal::from_str(text.trim()).ok().filter(|d| *d > Decimal::ZERO)
}

/// `<Cube time='2026-11-27'><Cube currency='USD' rate='1.0565'/>…`; a history file lists the newest day first.
fn ecb_xml(text: &str) -> Result<Table> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut date: Option<NaiveDate> = None;
    let mut rates = BTreeMap::new();
    loop {
        let event =
            reader.read_event().map_err(|e| anyhow::anyhow!(crate::msg!("rates-import-xml", error = e.to_string())))?;
        let e = match event {
            Event::Start(e) | Event::Empty(e) => e,
            Event::Eof => break,
            _ => continue,
        };
        if e.local_name().as_ref() != b"Cube" {
            continue;
        }
        let mut attrs: BTreeMap<String, String> = BTreeMap::new();
        for a in e.attributes().flatten() {
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).to_string();
            attrs.insert(
                key,
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map(|v| v.to_string()).unwrap_or_default(),
            );
        }
        if let Some(t) = attrs.get("time") {
            if date.is_some() {
                break; // the next (older) day of a history file
            }
            date = Some(parse_date(t)?);
        } else if let (Some(c), Some(r)) = (attrs.get("currency"), attrs.get("rate")) {
            if let Some(r) = number(r) {
                rates.insert(c.trim().to_uppercase(), r);
            }
        }
    }
    let Some(date) = date else { bail!(crate::msg!("rates-import-no-rates")) };
    ecb_table(date, rates)
}

fn ecb_table(date: NaiveDate, mut rates: BTreeMap<String, Decimal>) -> Result<Table> {
    if rates.is_empty() {
        bail!(crate::msg!("rates-import-no-rates"));
    }
    rates.insert("EUR".into(), Decimal::ONE);
    Ok(Table { bank: Bank::Ecb, date, per_numeraire: rates })
}

/// `Date, USD, JPY, …` then `27 November 2026, 1.0565, 158.51, …` (daily) or `2026-11-27,1.0565,…`
/// (history, newest first; `N/A` where a currency was not quoted).
fn ecb_csv(text: &str) -> Result<Table> {
    let mut rows =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut records = rows.records();
    let header = records.next().transpose()?.unwrap_or_default();
    let Some(first) = records.next().transpose()? else { bail!(crate::msg!("rates-import-no-rates")) };
    let date = parse_date(first.get(0).unwrap_or_default())?;
    let mut rates = BTreeMap::new();
    for (code, value) in header.iter().zip(first.iter()).skip(1) {
        if let (false, Some(r)) = (code.is_empty(), number(value)) {
            rates.insert(code.to_uppercase(), r);
        }
    }
    ecb_table(date, rates)
}

/// Banxico SIE: a few title lines, then `"Fecha","SF43718",…` and one line per day, oldest first
/// (`"27/11/2026","18.4167"`; `N/E` on days without a rate). The newest day with every series is used.
fn banxico_csv(text: &str) -> Result<Table> {
    let mut rows =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut series: Option<Vec<Option<&str>>> = None;
    let mut newest: Option<(NaiveDate, BTreeMap<String, Decimal>)> = None;
    for row in rows.records() {
        let row = row?;
        let first = row.get(0).unwrap_or_default();
        if first.eq_ignore_ascii_case("fecha") {
            let codes = row
                .iter()
                .skip(1)
                .map(|id| BANXICO_SERIES.iter().find(|(s, _)| s.eq_ignore_ascii_case(id)).map(|(_, c)| *c));
            series = Some(codes.collect());
            continue;
        }
        let (Some(codes), Ok(date)) = (&series, NaiveDate::parse_from_str(first, "%d/%m/%Y")) else { continue };
        let values: Vec<(&str, Option<Decimal>)> =
            codes.iter().zip(row.iter().skip(1)).filter_map(|(c, v)| c.map(|c| (c, number(v)))).collect();
        if values.is_empty() || values.iter().any(|(_, v)| v.is_none()) {
            continue;
        }
        // Pesos per unit of X: 1 MXN = 1/v X.
        let mut per = BTreeMap::from([("MXN".to_string(), Decimal::ONE)]);
        for (code, v) in values {
            if let Some(x) = v.and_then(|v| Decimal::ONE.checked_div(v)) {
                per.entry(code.to_string()).or_insert(x);
            }
        }
        if newest.as_ref().is_none_or(|(d, _)| date >= *d) {
            newest = Some((date, per));
        }
    }
    if series.as_ref().is_none_or(|s| s.iter().all(Option::is_none)) {
        bail!(crate::msg!(
            "rates-import-no-series",
            series = BANXICO_SERIES.iter().map(|(s, c)| format!("{s} ({c})")).collect::<Vec<_>>().join(", ")
        ));
    }
    let Some((date, per_numeraire)) = newest else { bail!(crate::msg!("rates-import-no-rates")) };
    Ok(Table { bank: Bank::Banxico, date, per_numeraire })
}

/// `2026-11-27`, `27 November 2026` or `27/11/2026`.
fn parse_date(text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    ["%Y-%m-%d", "%d %B %Y", "%d/%m/%Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(t, f).ok())
        .ok_or_else(|| anyhow::anyhow!(crate::msg!("rates-import-bad-date", date = t)))
}

/// What `vitrina rates` wrote or would write.
pub struct Imported {
    pub date: NaiveDate,
    /// The site's currency, which the rates are re-based to.
    pub currency: String,
    pub bank: Bank,
    /// "1 X = r site-currency", the form banks publish, for the summary.
    pub per_unit: Vec<(String, Decimal)>,
    pub yaml: String,
    pub written: bool,
}

/// Reads `file`, re-bases it to the site's currency and writes SITE/rates.yaml. An existing rates.yaml is
/// the owner's file: it is replaced only with `replace` (it stays as it was otherwise, and the caller shows
/// what would be written).
pub fn import(site: &Path, file: &Path, replace: bool) -> Result<Imported> {
    let today = chrono::Local::now().date_naive();
    let profile = crate::config::Profile::load(site, today)?;
    let table = read(file)?;
    crate::money::check_not_future(table.date, today)
        .with_context(|| crate::msg!("rates-import-cannot-read", file = file.display()))?;
    let site_currency = profile.currency.as_str();
    let mut rates = table.rebased(site_currency)?;
    if !profile.display_currencies.is_empty() {
        let missing: Vec<&str> = profile
            .display_currencies
            .iter()
            .map(String::as_str)
            .filter(|c| *c != site_currency && !rates.contains_key(*c))
            .collect();
        if !missing.is_empty() {
            bail!(crate::msg!("rates-import-missing", file = file.display(), currencies = missing.join(", ")));
        }
        rates.retain(|c, _| profile.display_currencies.contains(c));
    }
    let languages = crate::i18n::resolve_languages(&profile.languages)?;
    let lang = languages.first().map(|l| l.code.as_str()).unwrap_or("en");
    let per_unit: Vec<(String, Decimal)> = rates
        .iter()
        .filter_map(|(c, r)| Decimal::ONE.checked_div(*r).map(|u| (c.clone(), u.round_sf(6).unwrap_or(u).normalize())))
        .collect();
    let mut yaml = crate::msg!(
        "rates-import-header",
        file = file.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default(),
        date = table.date.to_string()
    )
    .lines()
    .map(|l| format!("# {l}\n"))
    .collect::<String>();
    yaml.push_str(&format!("base: {site_currency}\ndate: {}\n", table.date));
    yaml.push_str(&format!("source: \"{}\"\nmax_age_days: {DEFAULT_MAX_AGE_DAYS}\nrates:\n", table.bank.name(lang)));
    for ((code, r), (_, unit)) in rates.iter().zip(&per_unit) {
        yaml.push_str(&format!("  {code}: {r}    # 1 {code} = {unit} {site_currency}\n"));
    }
    let target = site.join(RATES_FILE);
    let exists = target.symlink_metadata().is_ok();
    let written = !exists || replace;
    if written {
        if target.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
            bail!(crate::msg!("rates-import-symlink", file = RATES_FILE));
        }
        std::fs::write(&target, &yaml).with_context(|| crate::msg!("io-cannot-write", path = target.display()))?;
    }
    Ok(Imported { date: table.date, currency: site_currency.to_string(), bank: table.bank, per_unit, yaml, written })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn ecb_rates_are_rebased_to_the_site_currency() {
        let xml = "<gesmes:Envelope xmlns:gesmes='g' xmlns='e'><Cube><Cube time='2026-11-27'>\
                   <Cube currency='USD' rate='1.05'/><Cube currency='MXN' rate='21.00'/></Cube>\
                   <Cube time='2026-11-26'><Cube currency='USD' rate='9'/></Cube></Cube></gesmes:Envelope>";
        let t = ecb_xml(xml).unwrap();
        assert_eq!(t.date.to_string(), "2026-11-27");
        let r = t.rebased("MXN").unwrap();
        assert_eq!(r["USD"], d("0.05"));
        assert_eq!(r["EUR"], d("0.047619048"));
        assert!(t.rebased("JPY").is_err());
    }

    #[test]
    fn banxico_takes_the_newest_complete_day() {
        let csv = "\"BANCO DE MÉXICO\"\n\"Fecha\",\"SF43718\",\"SF46410\"\n\"26/11/2026\",\"18.00\",\"20.00\"\n\
                   \"27/11/2026\",\"18.15\",\"N/E\"\n";
        let t = banxico_csv(csv).unwrap();
        assert_eq!(t.date.to_string(), "2026-11-26");
        let r = t.rebased("USD").unwrap();
        assert_eq!(r["MXN"], d("18"));
        assert_eq!(r["EUR"], d("0.9"));
    }
}
