//! Contact channels an owner writes in company.yaml: phone (and WhatsApp) numbers and e-mail addresses,
//! checked when the profile loads and turned into the one form every page uses. Numbers are parsed with
//! libphonenumber's metadata (the `phonenumber` crate) and kept in international form (`+52 443 123 4567`),
//! whose digits are the E.164 number that `tel:` and `wa.me` links carry; addresses are checked with the
//! `email_address` crate. Errors say what is wrong and how to fix it; the caller adds the file and field.

use anyhow::{bail, Result};
use email_address::{EmailAddress, Options};
use phonenumber::{country, Mode, PhoneNumber};
use std::collections::BTreeMap;
use std::sync::Mutex;

/// Numbers `phone` already put in international form, by what was written (`+…`). Loading the phone
/// metadata takes longer than everything else an edit build of 10,000 products does to load the site, and a
/// profile's numbers rarely change: the build cache keeps them between builds (`cache::phones`, through
/// `known` and `learn`), and `serve` reuses them on every reload.
static KNOWN: Mutex<BTreeMap<String, String>> = Mutex::new(BTreeMap::new());

/// The numbers checked so far, to save for the next build.
pub fn known() -> BTreeMap<String, String> {
    KNOWN.lock().map(|k| k.clone()).unwrap_or_default()
}

/// Takes numbers checked by an earlier build. Only a pair that `phone` could have made is taken: the form
/// `+52 443 123 4567` (a plus, digits and spaces) with the digits written, so whatever a cache file says, a
/// number on the site is one the owner wrote and a link holds nothing else.
pub fn learn(pairs: impl IntoIterator<Item = (String, String)>) {
    let Ok(mut known) = KNOWN.lock() else { return };
    for (written, international) in pairs {
        let form = international.strip_prefix('+').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_digit()) && rest.chars().all(|c| c.is_ascii_digit() || c == ' ')
        });
        if form
            && written.starts_with('+')
            && written.chars().all(phone_chars)
            && digits(&written) == digits(&international)
        {
            known.insert(written, international);
        }
    }
}

/// Characters people write in phone numbers. Anything else (letters, `:`, `;`) is refused before the
/// parser sees it, so `javascript:alert(1)` or an extension never turns into part of a link.
fn phone_chars(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-' | '.' | '/' | '\u{a0}')
}

fn parse(region: Option<country::Id>, text: &str) -> Option<PhoneNumber> {
    // The library has panicked on odd input in the past; a profile must never crash the build.
    let parsed = std::panic::catch_unwind(|| phonenumber::parse(region, text)).ok()?.ok()?;
    parsed.is_valid().then_some(parsed)
}

fn international(n: &PhoneNumber) -> String {
    n.format().mode(Mode::International).to_string()
}

/// A phone or WhatsApp number in international form (`+52 443 123 4567`). `country` is the profile's
/// `location.country`, used only to show a number written without its country code the way it should be.
pub fn phone(number: &str, country: Option<&str>) -> Result<String> {
    let trimmed = number.trim();
    if trimmed.is_empty() || !trimmed.chars().all(phone_chars) {
        bail!(crate::msg!("contact-phone-characters", number = number));
    }
    // `00` is the international prefix of most countries: `00 52 …` is `+52 …`.
    let written = match trimmed.strip_prefix("00") {
        Some(rest) => format!("+{rest}"),
        None => trimmed.to_string(),
    };
    if written.starts_with('+') {
        if let Some(known) = KNOWN.lock().ok().and_then(|k| k.get(&written).cloned()) {
            return Ok(known);
        }
        return match parse(None, &written) {
            Some(n) => {
                let made = international(&n);
                if let Ok(mut k) = KNOWN.lock() {
                    k.insert(written, made.clone());
                }
                Ok(made)
            }
            None => bail!(crate::msg!("contact-phone-invalid", number = number)),
        };
    }
    let region = country.and_then(|c| c.parse::<country::Id>().ok());
    match region.and_then(|r| parse(Some(r), &written)) {
        Some(n) => bail!(crate::msg!("contact-phone-no-country-known", number = number, fixed = international(&n))),
        None => bail!(crate::msg!("contact-phone-no-country", number = number)),
    }
}

/// The E.164 digits of a number in the form `phone` returns (`524431234567`), for `wa.me` and `tel:`.
pub fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Characters a mailto address may hold as they are (RFC 6068 `qchar` without `%`): everything else would
/// change the link's meaning (`?cc=…`, `&bcc=…`) and must not be in an address published as a link.
fn mailto_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-._~!$'()*+,;:@".contains(c)
}

/// Checks an e-mail address: one plain address (no name, no `<…>`, no second address), a domain with a dot,
/// and nothing that would add recipients or fields to a `mailto:` link.
pub fn email(address: &str) -> Result<String> {
    let a = address.trim();
    let options = Options::default().without_display_text().without_domain_literal().with_required_tld();
    if let Err(e) = EmailAddress::parse_with_options(a, options) {
        bail!(crate::msg!("contact-email-invalid", address = address, error = e.to_string()));
    }
    if let Some(c) = a.chars().find(|&c| c.is_ascii() && !mailto_char(c)) {
        bail!(crate::msg!("contact-email-character", address = address, character = format!("{c:?}")));
    }
    Ok(a.to_string())
}

/// `mailto:` followed by the address percent-encoded per RFC 6068 (non-ASCII letters as UTF-8 `%XX`).
pub fn mailto(address: &str) -> String {
    let mut out = String::from("mailto:");
    for c in address.trim().chars() {
        if mailto_char(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What an earlier build learnt is used only when it is a number's international form with its digits.
    #[test]
    fn learnt_numbers_are_only_ever_the_digits_written() {
        learn([
            ("+34 600 000 001".to_string(), "+34 600 000 001".to_string()),
            ("+34 600 000 002".to_string(), "+34 600 000 009".to_string()),
            ("+34 600 000 003".to_string(), "javascript:alert(1)".to_string()),
            ("+34 600 000 004".to_string(), "+34 600 000 004\"><script>".to_string()),
        ]);
        let known = known();
        assert_eq!(known.get("+34 600 000 001").map(String::as_str), Some("+34 600 000 001"));
        for refused in ["+34 600 000 002", "+34 600 000 003", "+34 600 000 004"] {
            assert!(!known.contains_key(refused), "{refused}");
        }
        // An invalid number is still refused, whatever was learnt.
        assert!(phone("+52 1", None).is_err());
    }

    #[test]
    fn phone_numbers_become_international() {
        assert_eq!(phone("+52 (443) 123-4567", None).unwrap(), "+52 443 123 4567");
        assert_eq!(phone("00 52 443 123 4567", Some("MX")).unwrap(), "+52 443 123 4567");
        assert_eq!(digits("+52 443 123 4567"), "524431234567");
        let local = phone("967 123 4567", Some("MX")).unwrap_err().to_string();
        assert!(local.contains("\"+52 967 123 4567\""), "{local}");
        assert!(phone("967 123 4567", None).unwrap_err().to_string().contains("no country code"));
        for bad in ["javascript:alert(1)", "+1 555 0100 ext. 3", "", "+52 1", "tel:+524431234567"] {
            assert!(phone(bad, Some("MX")).is_err(), "{bad}");
        }
    }

    #[test]
    fn email_addresses_are_plain_and_encoded() {
        assert_eq!(email(" ventas@a.example ").unwrap(), "ventas@a.example");
        assert!(email("o'brien+pedidos@a.example").is_ok());
        for bad in [
            "ventas@a.example?cc=spy@evil.example&bcc=x@evil.example",
            "ventas?cc=spy%40evil.example@a.example",
            "Ventas <ventas@a.example>",
            "ventas@localhost",
            "ventas",
            "a@b.example, c@d.example",
            "javascript:alert(1)//@a.example",
        ] {
            assert!(email(bad).is_err(), "{bad}");
        }
        assert_eq!(mailto("josé@a.example"), "mailto:jos%C3%A9@a.example");
        assert_eq!(mailto("ventas@a.example"), "mailto:ventas@a.example");
    }
}
