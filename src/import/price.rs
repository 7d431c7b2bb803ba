//! Prices as owners and shops write them: `$1,299.00`, `1.299,00 €`, `MXN 850`, `850.00 MXN`, `1 299,50`.
//! A currency symbol or code may stand before or after the number; the decimal separator is whichever of `.`
//! and `,` comes last when both appear. One separator followed by exactly three digits (`1,299`, `1.299`) is
//! read two ways by half the world, so it is refused as ambiguous rather than guessed.

use rust_decimal::Decimal;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
pub(crate) enum Parsed {
    /// The amount and the ISO 4217 code when the text named one (`€`, `MXN`, `US$`).
    Amount(Decimal, Option<String>),
    /// `1,299`: either 1299 or 1.299; both readings are given for the message.
    Ambiguous(String, String),
    Invalid,
}

/// Symbols that name one currency. A bare `$` names none (pesos, dollars and a dozen others use it).
const SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("MX$", "MXN"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("A$", "AUD"),
    ("R$", "BRL"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
    ("₹", "INR"),
];

pub(crate) fn parse(text: &str) -> Parsed {
    let mut rest = text.trim().to_string();
    let mut currency = None;
    for (sym, code) in SYMBOLS {
        if rest.contains(sym) {
            rest = rest.replacen(sym, "", 1);
            currency = Some(code.to_string());
            break;
        }
    }
    // A three-letter code before or after the number (`MXN 850`, `850.00 MXN`).
    let letters: String = rest.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    if !letters.is_empty() {
        let code = letters.to_ascii_uppercase();
        if code.len() != 3 || iso_currency::Currency::from_code(&code).is_none() || currency.is_some() {
            return Parsed::Invalid;
        }
        currency = Some(code);
    }
    let number: String =
        rest.chars().filter(|c| !c.is_ascii_alphabetic() && !matches!(c, '$' | ' ' | '\u{a0}' | '\u{202f}')).collect();
    if number.is_empty() || !number.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '\'')) {
        return Parsed::Invalid;
    }
    let number = number.replace('\'', "");
    let last_dot = number.rfind('.');
    let last_comma = number.rfind(',');
    let decimal_sep = match (last_dot, last_comma) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (Some(_), None) | (None, Some(_)) => {
            let sep = if last_dot.is_some() { '.' } else { ',' };
            let count = number.matches(sep).count();
            let after = number.rsplit(sep).next().unwrap_or_default();
            if count > 1 {
                None // 1.299.000: only grouping
            } else if after.len() == 3 {
                let whole = number.replace(sep, "");
                let decimal = number.replace(sep, ".");
                return Parsed::Ambiguous(whole, decimal);
            } else {
                Some(sep)
            }
        }
        (None, None) => None,
    };
    let normalised: String = match decimal_sep {
        Some(sep) => {
            let (int, frac) = number.rsplit_once(sep).unwrap_or((&number, ""));
            let int: String = int.chars().filter(char::is_ascii_digit).collect();
            if !frac.chars().all(|c| c.is_ascii_digit()) {
                return Parsed::Invalid;
            }
            format!("{int}.{frac}")
        }
        None => number.chars().filter(char::is_ascii_digit).collect(),
    };
    match Decimal::from_str(normalised.trim_end_matches('.')) {
        Ok(d) => Parsed::Amount(d.normalize(), currency),
        Err(_) => Parsed::Invalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn amount(s: &str) -> (String, Option<String>) {
        match parse(s) {
            Parsed::Amount(d, c) => (d.to_string(), c),
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn symbols_codes_and_separators() {
        assert_eq!(amount("$1,299.00"), ("1299".into(), None));
        assert_eq!(amount("1.299,00 €"), ("1299".into(), Some("EUR".into())));
        assert_eq!(amount("MXN 850"), ("850".into(), Some("MXN".into())));
        assert_eq!(amount("850.00 MXN"), ("850".into(), Some("MXN".into())));
        assert_eq!(amount("1 299,50"), ("1299.5".into(), None));
        assert_eq!(amount("US$ 49.90"), ("49.9".into(), Some("USD".into())));
        assert_eq!(amount("1.299.000"), ("1299000".into(), None));
        assert_eq!(amount("12,5"), ("12.5".into(), None));
        assert_eq!(amount("¥3,000.00"), ("3000".into(), Some("JPY".into())));
        assert_eq!(amount("850"), ("850".into(), None));
    }

    #[test]
    fn three_digits_after_one_separator_is_ambiguous() {
        assert_eq!(parse("1,299"), Parsed::Ambiguous("1299".into(), "1.299".into()));
        assert_eq!(parse("$1.299"), Parsed::Ambiguous("1299".into(), "1.299".into()));
    }

    #[test]
    fn nonsense_is_invalid() {
        for s in ["", "a consultar", "12-5", "850 pesos", "€ 5 USD", "1.2.3,4,5x"] {
            assert_eq!(parse(s), Parsed::Invalid, "{s}");
        }
    }
}
