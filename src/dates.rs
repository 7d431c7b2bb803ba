//! Dates for people: every date a page shows (the exchange rates' date, testimonials, "updated") written the
//! way its language writes dates — `November 20, 2026`, `20 de noviembre de 2026`, `20 novembre 2026`,
//! `20. November 2026`, `2026年11月20日` — from CLDR through ICU4X's date formatter. Machine values (sitemaps,
//! `<time datetime>`, JSON-LD) stay ISO 8601.
//!
//! Always the Gregorian calendar: dates in a catalog are commercial (rates, quotes), which every buyer reads
//! in Gregorian, even where the locale's everyday calendar is another.

use anyhow::{Context, Result};
use chrono::{Datelike, NaiveDate};
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::YMD;
use icu_datetime::FixedCalendarDateTimeFormatter;
use std::collections::HashMap;
use std::str::FromStr;
use std::sync::{Arc, Mutex, OnceLock};

/// Formats dates for one locale, in CLDR's long form (month in words: never `11/12` read two ways).
pub struct DateFormat {
    formatter: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
}

impl DateFormat {
    pub fn new(locale: &str) -> Result<DateFormat> {
        let loc = icu_locale_core::Locale::from_str(locale)
            .with_context(|| crate::msg!("money-bad-locale", locale = locale))?;
        let formatter = FixedCalendarDateTimeFormatter::try_new((&loc).into(), YMD::long())
            .with_context(|| crate::msg!("dates-no-formats", locale = locale))?;
        Ok(DateFormat { formatter })
    }

    /// `2026-11-20` as `November 20, 2026` (en-US).
    pub fn long(&self, date: NaiveDate) -> String {
        // Every chrono date is a valid Gregorian date (same proleptic calendar); ISO text is the fallback for
        // a year outside ICU's range, which no real catalog date reaches.
        match Date::try_new_gregorian(date.year(), date.month() as u8, date.day() as u8) {
            Ok(d) => self.formatter.format(&d).to_string(),
            Err(_) => date.to_string(),
        }
    }

    /// The formatter for `locale`, made once per process: the template filter is called per date shown.
    pub fn shared(locale: &str) -> Result<Arc<DateFormat>> {
        static CACHE: OnceLock<Mutex<HashMap<String, Arc<DateFormat>>>> = OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        if let Some(f) = cache.lock().ok().and_then(|c| c.get(locale).cloned()) {
            return Ok(f);
        }
        let f = Arc::new(DateFormat::new(locale)?);
        if let Ok(mut c) = cache.lock() {
            c.insert(locale.to_string(), f.clone());
        }
        Ok(f)
    }
}

/// An ISO date (`2026-11-20`) written for `locale`; any other text comes back as it was, since owners may
/// write a testimonial's date as `2025` or `March 2025`.
pub fn display(text: &str, locale: &str) -> String {
    match (NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d"), DateFormat::shared(locale)) {
        (Ok(d), Ok(f)) => f.long(d),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_dates_in_each_shipped_locale() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        for (locale, want) in [
            ("es-MX", "20 de noviembre de 2026"),
            ("en-US", "November 20, 2026"),
            ("fr-FR", "20 novembre 2026"),
            ("de-DE", "20. November 2026"),
            ("pt-BR", "20 de novembro de 2026"),
            ("ja-JP", "2026年11月20日"),
        ] {
            assert_eq!(DateFormat::new(locale).unwrap().long(d), want, "{locale}");
        }
    }

    #[test]
    fn non_iso_text_is_kept() {
        assert_eq!(display("March 2025", "en-US"), "March 2025");
        assert_eq!(display("2025-02-30", "en-US"), "2025-02-30");
        assert_eq!(display(" 2025-03-01", "de-DE"), "1. März 2025");
    }
}
