//! Reads every sentence the example site generates, in both languages, for the leftovers a buyer notices:
//! unfilled placeholders (`{n}`), a word said twice ("PayPal — PayPal", "de de"), and a count run into a
//! quantity ("Minimum order 2 1 kg bag"), a count of one in the plural ("1 productos").

use crate::common;
use common::*;

/// The page's text with script and style bodies dropped; inline tags vanish, block tags end a line, so a line
/// is what a reader takes as one phrase.
fn lines(html: &str) -> Vec<String> {
    const INLINE: &[&str] = &["a", "strong", "em", "b", "i", "span", "data", "abbr", "small", "time", "code"];
    let mut text = String::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text.push_str(&rest[..start]);
        let Some(end) = rest[start..].find('>') else { break };
        let tag = &rest[start + 1..start + end];
        let name: String =
            tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>();
        rest = &rest[start + end + 1..];
        if (name == "script" || name == "style") && !tag.starts_with('/') {
            let close = format!("</{name}>");
            rest = rest.find(&close).map(|i| &rest[i + close.len()..]).unwrap_or("");
            continue;
        }
        if !INLINE.contains(&name.to_ascii_lowercase().as_str()) {
            text.push('\n');
        }
    }
    text.push_str(rest);
    text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect()
}

fn is_word(w: &str) -> bool {
    w.chars().count() > 1 && w.chars().all(char::is_alphabetic)
}

fn problems(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    if let Some(i) = line.find('{') {
        if line[i..].find('}').is_some_and(|j| line[i + 1..i + j].chars().all(|c| c.is_alphanumeric() || c == '_')) {
            found.push(format!("placeholder left: {line}"));
        }
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| ",.:;()¿?¡!\"“”".contains(c)).to_lowercase())
        .collect();
    for k in 1..words.len() {
        if is_word(&words[k]) && words[k] == words[k - 1] {
            found.push(format!("doubled word {:?}: {line}", words[k]));
        }
        if k >= 2
            && ["—", "-", "–", "·"].contains(&words[k - 1].as_str())
            && is_word(&words[k])
            && words[k] == words[k - 2]
        {
            found.push(format!("same word either side of {:?}: {line}", words[k - 1]));
        }
        if words[k - 1] == "1" && ["productos", "products", "años", "years"].contains(&words[k].as_str()) {
            found.push(format!("a count of one in the plural: {line}"));
        }
        let num = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
        if k >= 2
            && num(&words[k - 2])
            && num(&words[k - 1])
            && ["kg", "g", "l", "ml", "cm", "m", "mm"].contains(&words[k].as_str())
        {
            found.push(format!("count run into a quantity: {line}"));
        }
    }
    found
}

#[test]
fn the_checker_catches_what_it_looks_for() {
    assert!(!problems("Minimum order 2 1 kg bag").is_empty());
    assert!(!problems("PayPal — PayPal").is_empty());
    assert!(!problems("{n} años de oficio").is_empty());
    assert!(!problems("pague de de inmediato").is_empty());
    assert!(!problems("Molcajetes 1 productos").is_empty());
    assert!(problems("Molcajetes 1 producto · 11 productos").is_empty());
    assert!(problems("Minimum order: 2 × 1 kg bag").is_empty());
    assert_eq!(lines("<p><strong>PayPal</strong> — PayPal</p><p>b</p>"), vec!["PayPal — PayPal", "b"]);
}

#[test]
fn example_sentences_have_no_leftovers_in_either_language() {
    let out = example_built().out.clone();
    let mut found = Vec::new();
    let files = html_files(&out);
    assert!(files.iter().any(|f| f.starts_with(out.join("en"))), "English pages are read too");
    for f in &files {
        let html = read(f);
        for line in lines(&html) {
            found.extend(problems(&line).into_iter().map(|p| format!("{}: {p}", f.display())));
        }
        // Attributes a reader also sees (descriptions in search results and link previews, alt texts).
        for key in ["description", "og:description", "og:title"] {
            for v in meta_values(&html, key) {
                found.extend(problems(&v).into_iter().map(|p| format!("{} ({key}): {p}", f.display())));
            }
        }
        for v in attr_values(&html, "alt") {
            found.extend(problems(&v).into_iter().map(|p| format!("{} (alt): {p}", f.display())));
        }
    }
    assert!(found.is_empty(), "{} leftover(s):\n{}", found.len(), found.join("\n"));
}

/// A count of one reads in the singular in both languages (the theme's counting strings have plural forms):
/// the home page's category cards and the line sheet's list of parts, from a category left with one product.
/// The search script gets the forms as JSON and picks one with the browser's plural rules.
#[test]
fn a_count_of_one_reads_in_the_singular() {
    let (_tmp, site) = common::fixture_with_image_cache("example");
    for f in ["molcajete-30.md", "molcajete-30.en.md", "molcajete-cerdito.md", "molcajete-cerdito.en.md"] {
        std::fs::remove_file(site.join("products").join(f)).unwrap();
    }
    let out = common::build(&site);
    let mut found = Vec::new();
    for f in html_files(&out) {
        for line in lines(&read(&f)) {
            found.extend(problems(&line).into_iter().map(|p| format!("{}: {p}", f.display())));
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    let text = |p: &str| lines(&read(out.join(p)));
    let shows = |ls: &[String], name: &str, count: &str| ls.windows(2).any(|w| w[0] == name && w[1] == count);
    assert!(shows(&text("index.html"), "Molcajetes", "1 producto"), "{:?}", text("index.html"));
    assert!(shows(&text("index.html"), "Barro", "4 productos"), "other counts stay plural");
    assert!(shows(&text("en/index.html"), "Molcajetes", "1 product"), "{:?}", text("en/index.html"));
    let sheet = text("linea/index.html");
    assert!(sheet.iter().any(|l| l == "1 producto"), "{sheet:?}");
    assert!(text("en/line-sheet/index.html").iter().any(|l| l == "1 product"));
    let results = attr_values(&read(out.join("productos/index.html")), "data-results").remove(0);
    let results = results.replace("&quot;", "\"").replace("&#x2F;", "/");
    let forms: serde_json::Value = serde_json::from_str(&results).expect("data-results is JSON");
    assert_eq!(forms["one"], "{n} producto encontrado", "{forms}");
    assert_eq!(forms["other"], "{n} productos encontrados");
}

/// The text of the ordered list of steps on a how-to-order page, one string per step.
fn steps(html: &str) -> Vec<String> {
    let list = html.split("<ol class=\"steps\">").nth(1).expect("steps list").split("</ol>").next().unwrap();
    list.split("<li>").skip(1).map(|s| s.split("</li>").next().unwrap().trim().to_string()).collect()
}

#[test]
fn default_steps_name_only_the_channels_and_payments_the_profile_configures() {
    let (_tmp, site) = fixture("example");
    // Only e-mail (no WhatsApp, Messenger or phone) and only PayPal.
    let path = site.join("company.yaml");
    let mut profile: serde_yaml::Value = serde_yaml::from_str(&read(&path)).unwrap();
    let contact = profile["contact"].as_mapping_mut().unwrap();
    for k in ["whatsapp", "messenger", "phone"] {
        contact.remove(k);
    }
    profile["payment_methods"] = serde_yaml::from_str("[{type: paypal, currencies: [USD]}]").unwrap();
    std::fs::write(&path, serde_yaml::to_string(&profile).unwrap()).unwrap();
    let out = build(&site);
    for (page, write, pay) in [
        ("como-comprar/index.html", "Escríbanos por correo:", "Usted paga con PayPal;"),
        ("en/how-to-order/index.html", "Write to us by e-mail:", "You pay by PayPal;"),
    ] {
        let steps = steps(&read(out.join(page)));
        assert_eq!(steps.len(), 6, "{page}: {steps:?}");
        assert!(steps[0].starts_with(write), "{page}: {}", steps[0]);
        assert!(steps[2].starts_with(pay), "{page}: {}", steps[2]);
        let all = steps.join("\n");
        for absent in ["WhatsApp", "Messenger", "{", "transfer", "depósito", "botones", "buttons"] {
            assert!(!all.contains(absent), "{page} names {absent}:\n{all}");
        }
    }
    // The example itself (WhatsApp, Messenger, e-mail; five payment methods) lists them with "or" / "o".
    let (_tmp, site) = fixture("example");
    let out = build(&site);
    let es = steps(&read(out.join("como-comprar/index.html")));
    assert!(es[0].starts_with("Escríbanos por WhatsApp, Messenger o correo:"), "{}", es[0]);
    let en = steps(&read(out.join("en/how-to-order/index.html")));
    assert!(en[0].starts_with("Write to us by WhatsApp, Messenger or e-mail:"), "{}", en[0]);
    assert!(en[2].starts_with("You pay by bank transfer, ") && en[2].contains(" or "), "{}", en[2]);
}
