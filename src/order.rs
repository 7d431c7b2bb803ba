//! Order hand-off links: WhatsApp click-to-chat, Messenger and e-mail, with a message already written in the
//! buyer's language. Encoding follows the specs: wa.me wants digits only; mailto is RFC 6068 (`%20`, `%0D%0A`).
//! Numbers and addresses arrive checked and normalised by `crate::contact` when the profile loads.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// Everything but RFC 3986 unreserved characters is escaped, like JavaScript's `encodeURIComponent`.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');

pub fn encode(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// Replaces `{name}` placeholders in a UI-string template.
pub fn fill(template: &str, vars: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (k, v) in vars {
        out = out.replace(&format!("{{{k}}}"), v);
    }
    out
}

pub fn whatsapp(number: &str, text: &str) -> String {
    format!("https://wa.me/{}?text={}", crate::contact::digits(number), encode(text))
}

/// A `tel:` link in E.164 (`tel:+524431234567`).
pub fn tel(number: &str) -> String {
    format!("tel:+{}", crate::contact::digits(number))
}

pub fn messenger(page: &str, reference: Option<&str>) -> String {
    let page = page.trim().trim_start_matches('@');
    let page = page.rsplit('/').find(|s| !s.is_empty()).unwrap_or(page);
    match reference {
        Some(r) => format!("https://m.me/{}?ref={}", encode(page), encode(r)),
        None => format!("https://m.me/{}", encode(page)),
    }
}

pub fn mailto(address: &str, subject: &str, body: &str) -> String {
    let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
    format!("{}?subject={}&body={}", crate::contact::mailto(address), encode(subject), encode(&body))
}

/// `a`, `a or b`, `a, b or c`: a list in a sentence, `or` being the language's word (`o`, `or`). Spanish
/// says `u` before a word that starts with the sound o (`transferencia u OXXO`, `PayPal u Hotmart`): the
/// theme's `order.or_before_o`, which languages without such a rule do not have.
pub fn either(items: &[String], or: &str, or_before_o: Option<&str>) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let or = match or_before_o {
                Some(u) if sounds_like_o(last) => u,
                _ => or,
            };
            format!("{} {or} {last}", rest.join(", "))
        }
    }
}

/// Starts with the vowel sound o: `o`, `ó` or a silent `h` before it (`hotel`), whatever the case.
fn sounds_like_o(word: &str) -> bool {
    let plain = deunicode::deunicode(word.trim_start()).to_lowercase();
    plain.strip_prefix('h').unwrap_or(&plain).starts_with('o')
}

/// The `{channels}` and `{payments}` of the order steps, in the language of `t`: only what the profile
/// configures, so the steps never name Messenger on a site without it, nor leave out its PayPal. A profile
/// with no payment method gets the language's generic wording (`order.any_payment`).
pub(crate) fn step_vars(
    contact: &crate::config::Contact,
    payments: &[crate::config::PaymentMethod],
    t: &crate::i18n::Strings,
) -> [(&'static str, String); 2] {
    let (or, or_before_o) = (t.get("order.or"), t.lookup("order.or_before_o"));
    let configured = [
        ("whatsapp", contact.whatsapp.is_some()),
        ("messenger", contact.messenger.is_some()),
        ("email", contact.email.is_some()),
    ];
    let mut channels: Vec<String> = configured
        .iter()
        .filter(|(_, on)| *on)
        .map(|(k, _)| t.get(&format!("order.channel_names.{k}")).to_string())
        .collect();
    if channels.is_empty() && contact.phone.is_some() {
        channels.push(t.get("order.channel_names.phone").to_string());
    }
    let mut names: Vec<String> = Vec::new();
    for p in payments {
        // "Other" says nothing in a sentence: its provider does (`Wise`).
        let name = match (&p.kind[..], &p.provider) {
            ("other", Some(provider)) => provider.clone(),
            (kind, _) => t.get(&format!("order.payment_names.{kind}")).to_string(),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let payments =
        if names.is_empty() { t.get("order.any_payment").to_string() } else { either(&names, or, or_before_o) };
    [("channels", either(&channels, or, or_before_o)), ("payments", payments)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spanish_or_becomes_u_before_the_sound_o() {
        let list = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        let u = Some("u");
        assert_eq!(either(&list(&["transferencia", "OXXO"]), "o", u), "transferencia u OXXO");
        assert_eq!(either(&list(&["PayPal", "Wise", "Hotmart"]), "o", u), "PayPal, Wise u Hotmart");
        assert_eq!(either(&list(&["tarjeta", "órdenes de pago"]), "o", u), "tarjeta u órdenes de pago");
        assert_eq!(either(&list(&["OXXO", "PayPal"]), "o", u), "OXXO o PayPal");
        assert_eq!(either(&list(&["WhatsApp", "huipil"]), "o", u), "WhatsApp o huipil", "hu is not the sound o");
        assert_eq!(either(&list(&["bank transfer", "OXXO"]), "or", None), "bank transfer or OXXO");
        assert_eq!(either(&list(&["Wise"]), "o", u), "Wise");
    }

    #[test]
    fn links_follow_the_specs() {
        assert_eq!(
            whatsapp("+52 (443) 123-4567", "Hola & ¿precio?\nSKU"),
            "https://wa.me/524431234567?text=Hola%20%26%20%C2%BFprecio%3F%0ASKU"
        );
        assert_eq!(
            mailto("a@b.mx", "Pedido MOL-20", "Hola,\nquiero"),
            "mailto:a@b.mx?subject=Pedido%20MOL-20&body=Hola%2C%0D%0Aquiero"
        );
        assert_eq!(
            messenger("https://facebook.com/artesanias/", Some("MOL 20")),
            "https://m.me/artesanias?ref=MOL%2020"
        );
        assert_eq!(tel("+52 443 123 4567"), "tel:+524431234567");
        assert_eq!(fill("{a} y {b}", &[("a", "1"), ("b", "2")]), "1 y 2");
    }
}
