//! Languages and UI strings. The theme ships `es` and `en`; a site's `i18n/<lang>.yaml` overrides single
//! strings or adds a language. Strings are a nested map (`order.whatsapp`), handed to templates as `t`.
//!
//! A string that counts something may have plural forms instead of one text: a map of CLDR plural
//! categories (`{one: "{n} producto", other: "{n} productos"}`). `fill(n=…)` in templates, `Strings::count`
//! in code and the theme's scripts (`Intl.PluralRules`) pick the form the language's rules give for the number.

use crate::config::LanguageSpec;
use anyhow::{bail, Context, Result};
use serde::Serialize;
use serde_json::Value;
use std::path::Path;

#[derive(Debug, Clone, Serialize)]
pub struct Language {
    /// The code used in URLs and `<html lang>`: `es`, `en`.
    pub code: String,
    /// BCP 47 locale for number formats: `es-MX`.
    pub locale: String,
    /// Value of `hreflang`: `es`, or `es-MX` if the owner targets a region.
    pub hreflang: String,
    /// Open Graph locale: `es_MX`.
    pub og_locale: String,
    /// The language's own name for the switcher: `Español`.
    pub name: String,
    /// URL prefix under the site root: `` for the default language, `en/` for the others.
    pub prefix: String,
}

fn default_locale(code: &str) -> String {
    match code {
        "es" => "es-MX",
        "en" => "en-US",
        "fr" => "fr-FR",
        "de" => "de-DE",
        "pt" => "pt-BR",
        "it" => "it-IT",
        "nl" => "nl-NL",
        "ja" => "ja-JP",
        "zh" => "zh-CN",
        "ko" => "ko-KR",
        "ar" => "ar-SA",
        other => return other.to_string(),
    }
    .to_string()
}

pub fn resolve_languages(specs: &[LanguageSpec]) -> Result<Vec<Language>> {
    let mut out: Vec<Language> = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let (code, locale, hreflang, name) = match spec {
            LanguageSpec::Code(c) => (c.clone(), None, None, None),
            LanguageSpec::Full { code, locale, hreflang, name } => {
                (code.clone(), locale.clone(), hreflang.clone(), name.clone())
            }
        };
        let code = code.trim().to_string();
        let Some(iso) = isolang::Language::from_639_1(&code) else {
            bail!(crate::msg!("lang-bad-code", index = i, code = code));
        };
        if out.iter().any(|l| l.code == code) {
            bail!(crate::msg!("lang-twice", code = code));
        }
        let locale = locale.unwrap_or_else(|| default_locale(&code));
        crate::money::MoneyFormat::new(&locale).and_then(|_| crate::dates::DateFormat::shared(&locale)).with_context(
            || crate::msg!("file-field", file = "company.yaml", field = format!("languages[{i}].locale")),
        )?;
        if !locale.starts_with(&code) {
            bail!(crate::msg!("lang-locale-mismatch", index = i, locale = locale, code = code));
        }
        let hreflang = hreflang.unwrap_or_else(|| code.clone());
        check_hreflang(&hreflang, &code).with_context(|| {
            crate::msg!("file-field", file = "company.yaml", field = format!("languages[{i}].hreflang"))
        })?;
        let name = name.unwrap_or_else(|| capitalise(iso.to_autonym().unwrap_or(iso.to_name())));
        let og_locale = locale.replace('-', "_");
        let prefix = if i == 0 { String::new() } else { format!("{code}/") };
        out.push(Language { code, locale, hreflang, og_locale, name, prefix });
    }
    Ok(out)
}

/// hreflang is a language code, optionally with an ISO 3166 region (`en-GB`, never `en-UK`).
fn check_hreflang(h: &str, code: &str) -> Result<()> {
    let mut parts = h.split('-');
    if parts.next() != Some(code) {
        bail!(crate::msg!("lang-hreflang-prefix", hreflang = h, code = code));
    }
    if let Some(region) = parts.next() {
        crate::config::check_country(region)?;
    }
    if parts.next().is_some() {
        bail!(crate::msg!("lang-hreflang-shape", hreflang = h));
    }
    Ok(())
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// UI strings for one language, as the nested JSON object handed to templates.
#[derive(Debug, Clone)]
pub struct Strings {
    pub tree: Value,
}

impl Strings {
    /// Theme strings for `lang`, overlaid with the site's `i18n/<lang>.yaml`; keys the language lacks
    /// are filled from English and reported in `warnings`.
    pub fn load(site: &Path, lang: &str, warnings: &mut Vec<String>) -> Result<Strings> {
        let theme = crate::theme::i18n(lang)
            .map(|src| parse_strings(src, &format!("themes/default/i18n/{lang}.yaml")))
            .transpose()?;
        let site_file = site.join("i18n").join(format!("{lang}.yaml"));
        let local = if site_file.exists() {
            let src = std::fs::read_to_string(&site_file)
                .with_context(|| crate::msg!("io-cannot-read", path = site_file.display()))?;
            let local = parse_strings(&src, &format!("i18n/{lang}.yaml"))?;
            report_unknown_keys(&local, lang, warnings)?;
            Some(local)
        } else {
            None
        };
        let mut tree = match (theme, local) {
            (None, None) => bail!(crate::msg!("lang-no-strings", lang = lang)),
            (Some(t), None) => t,
            (None, Some(l)) => l,
            (Some(mut t), Some(l)) => {
                merge(&mut t, l);
                t
            }
        };
        if lang != "en" {
            let english = parse_strings(crate::theme::i18n("en").expect("theme ships en"), "en")?;
            let mut missing = Vec::new();
            fill_missing(&mut tree, &english, String::new(), &mut missing);
            if !missing.is_empty() {
                warnings.push(crate::msg!(
                    "lang-strings-untranslated",
                    lang = lang,
                    count = missing.len(),
                    keys = missing.join(", ")
                ));
            }
        }
        check_paths(&tree, lang, &site_file)?;
        check_plurals(&mut tree, lang, String::new(), &site_file)?;
        Ok(Strings { tree })
    }

    /// A string by dotted key; a missing key is a theme bug, so it shows the key (never a silent empty text).
    pub fn get<'a>(&'a self, key: &'a str) -> &'a str {
        self.lookup(key).unwrap_or(key)
    }

    /// A string by dotted key, or `None` when the UI strings do not have it (for optional strings such as a
    /// country's local name).
    pub fn lookup(&self, key: &str) -> Option<&str> {
        key.split('.').try_fold(&self.tree, |v, part| v.get(part))?.as_str()
    }

    /// A string that counts something, in the form the language uses for `n` (`1 producto`, `3 productos`),
    /// with `{count}` still to fill; a string without plural forms is returned as it is.
    pub fn count<'a>(&'a self, key: &'a str, n: u64) -> &'a str {
        match key.split('.').try_fold(&self.tree, |v, part| v.get(part)) {
            Some(Value::Object(forms)) => plural_form(forms, PluralNumber::Whole(n)).unwrap_or(key),
            Some(Value::String(s)) => s,
            _ => key,
        }
    }
}

/// CLDR plural categories: a map whose keys are all among them is one string with plural forms.
const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Key under which `Strings::load` writes the language into each plural map, so that `fill` (which only sees
/// the string) picks the form by that language's rules and a site's templates need not pass it.
const PLURAL_LANG: &str = "_lang";

fn plural_keys(map: &serde_json::Map<String, Value>) -> bool {
    !map.is_empty() && map.keys().all(|k| PLURAL_FORMS.contains(&k.as_str()) || k == PLURAL_LANG)
}

/// The number a plural form is chosen for, as the template or the code gave it.
pub(crate) enum PluralNumber<'a> {
    Whole(u64),
    Decimal(f64),
    /// A number written as text (`"2.50"`): CLDR rules look at the visible decimals.
    Text(&'a str),
}

/// The form of a plural map (`{one, other, _lang}`) for `n`: the category the language's CLDR rules give,
/// else `other`. Languages the rules do not know count like English and Spanish (one for 1, other else).
pub(crate) fn plural_form<'a>(forms: &'a serde_json::Map<String, Value>, n: PluralNumber) -> Option<&'a str> {
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    let lang = forms.get(PLURAL_LANG).and_then(Value::as_str).unwrap_or("en");
    let rules = lang.parse::<unic_langid::LanguageIdentifier>().ok().and_then(|id| {
        PluralRules::create(id.clone(), PluralRuleType::CARDINAL)
            .or_else(|_| {
                PluralRules::create(
                    unic_langid::LanguageIdentifier::from_parts(id.language, None, None, &[]),
                    PluralRuleType::CARDINAL,
                )
            })
            .ok()
    });
    let category = match (&rules, n) {
        (Some(r), PluralNumber::Whole(n)) => r.select(n).ok(),
        (Some(r), PluralNumber::Decimal(n)) => r.select(n).ok(),
        (Some(r), PluralNumber::Text(n)) => r.select(n).ok(),
        (None, PluralNumber::Whole(1)) => Some(PluralCategory::ONE),
        (None, _) => None,
    };
    let name = match category {
        Some(PluralCategory::ZERO) => "zero",
        Some(PluralCategory::ONE) => "one",
        Some(PluralCategory::TWO) => "two",
        Some(PluralCategory::FEW) => "few",
        Some(PluralCategory::MANY) => "many",
        Some(PluralCategory::OTHER) | None => "other",
    };
    forms.get(name).or_else(|| forms.get("other")).and_then(Value::as_str)
}

/// Every string with plural forms needs `other` (the form any language falls back to) and only text in its
/// forms; each gets the language it is written in (`PLURAL_LANG`).
fn check_plurals(tree: &mut Value, lang: &str, path: String, site_file: &Path) -> Result<()> {
    let Value::Object(map) = tree else {
        return Ok(());
    };
    if plural_keys(map) {
        let file = match site_file.exists() {
            true => format!("i18n/{lang}.yaml"),
            false => format!("themes/default/i18n/{lang}.yaml"),
        };
        if !map.get("other").is_some_and(Value::is_string) || !map.values().all(Value::is_string) {
            bail!(crate::msg!("lang-plural-needs-other", file = file, key = path));
        }
        map.insert(PLURAL_LANG.to_string(), Value::String(lang.to_string()));
        return Ok(());
    }
    for (k, child) in map.iter_mut() {
        let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
        check_plurals(child, lang, p, site_file)?;
    }
    Ok(())
}

/// Path words become folders of the output, so each must be one URL segment (`routes::path_word_problem`):
/// `paths: {order: "/srv/other-site"}` would otherwise write outside the output.
fn check_paths(tree: &Value, lang: &str, site_file: &Path) -> Result<()> {
    let file = format!("i18n/{lang}.yaml");
    // Only on the error path: the file is read again for the line number.
    let line = |key: &str| {
        let src = std::fs::read_to_string(site_file).ok();
        src.and_then(|s| line_of_path_key(&s, key)).map(|n| format!(":{n}")).unwrap_or_default()
    };
    let Some(paths) = tree.get("paths").and_then(Value::as_object) else {
        bail!(crate::msg!("lang-paths-not-a-map", at = format!("{file}{}", line(""))));
    };
    for (key, value) in paths {
        let problem = match value.as_str() {
            Some(word) => crate::routes::path_word_problem(word),
            None => Some(crate::msg!("routes-word-not-text")),
        };
        if let Some(why) = problem {
            bail!(crate::msg!(
                "lang-bad-path-word",
                at = format!("{file}{}", line(key)),
                key = key,
                value = value.to_string(),
                why = why
            ));
        }
    }
    Ok(())
}

/// The line of `key` inside the `paths:` block of a UI strings file (of `paths:` itself for an empty key or
/// a flow map), for messages.
fn line_of_path_key(src: &str, key: &str) -> Option<usize> {
    let lines: Vec<&str> = src.lines().collect();
    let start = lines.iter().position(|l| l.trim_start_matches('\u{feff}').starts_with("paths:"))?;
    if key.is_empty() || lines[start].contains('{') {
        return Some(start + 1);
    }
    for (i, l) in lines.iter().enumerate().skip(start + 1) {
        let t = l.trim_start();
        if t.len() == l.len() && !t.is_empty() && !t.starts_with('#') {
            break;
        }
        if t.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with(':')) {
            return Some(i + 1);
        }
    }
    Some(start + 1)
}

fn parse_strings(src: &str, file: &str) -> Result<Value> {
    let y: serde_yaml::Value = crate::yaml::parse(src, Path::new(file), 1)?;
    let v = serde_json::to_value(y).with_context(|| crate::msg!("lang-strings-not-a-map", file = file))?;
    if !v.is_object() {
        bail!(crate::msg!("lang-strings-not-a-map", file = file));
    }
    Ok(v)
}

/// A key the theme does not have is most likely a typo (`order.whatsap`): the string would silently never
/// show. Reported as a warning, with the nearest known key, since a site's own templates may use extra keys.
fn report_unknown_keys(local: &Value, lang: &str, warnings: &mut Vec<String>) -> Result<()> {
    let english = parse_strings(crate::theme::i18n("en").unwrap_or_default(), "en")?;
    let mut known = Vec::new();
    leaf_keys(&english, String::new(), &mut known);
    // A few strings only some languages need (Spanish `order.or_before_o`) are known in that language.
    if let Some(own) = crate::theme::i18n(lang).filter(|_| lang != "en") {
        leaf_keys(&parse_strings(own, lang)?, String::new(), &mut known);
    }
    let mut unknown = Vec::new();
    leaf_keys(local, String::new(), &mut unknown);
    for key in unknown.iter().filter(|k| !known.contains(k)) {
        let nearest = known.iter().map(|k| (strsim::damerau_levenshtein(key, k), k)).min();
        warnings.push(match nearest {
            Some((d, k)) if d <= 3.max(key.len() / 4) => {
                crate::msg!("lang-unknown-key-near", lang = lang, key = key, near = k)
            }
            _ => crate::msg!("lang-unknown-key", lang = lang, key = key),
        });
    }
    Ok(())
}

/// Dotted paths of every string in a nested map (`order.whatsapp`); a string with plural forms is one.
fn leaf_keys(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) if !plural_keys(m) => {
            for (k, child) in m {
                leaf_keys(child, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
            }
        }
        _ => out.push(path),
    }
}

fn merge(base: &mut Value, over: Value) {
    match (base, over) {
        (Value::Object(b), Value::Object(o)) => {
            for (k, v) in o {
                match b.get_mut(&k) {
                    Some(existing) => merge(existing, v),
                    None => {
                        b.insert(k, v);
                    }
                }
            }
        }
        (b, o) => *b = o,
    }
}

fn fill_missing(tree: &mut Value, reference: &Value, path: String, missing: &mut Vec<String>) {
    let (Value::Object(t), Value::Object(r)) = (tree, reference) else {
        return;
    };
    // Plural forms differ by language (Japanese has only `other`, Polish adds `few` and `many`): a language's
    // own set is complete as it is.
    if plural_keys(t) || plural_keys(r) {
        return;
    }
    for (k, rv) in r {
        let p = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
        match t.get_mut(k) {
            Some(tv) => fill_missing(tv, rv, p, missing),
            None => {
                missing.push(p);
                t.insert(k.clone(), rv.clone());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lang: &str, pairs: &[(&str, &str)]) -> serde_json::Map<String, Value> {
        let mut m: serde_json::Map<String, Value> =
            pairs.iter().map(|(k, v)| (k.to_string(), Value::String(v.to_string()))).collect();
        m.insert(PLURAL_LANG.into(), Value::String(lang.into()));
        m
    }

    #[test]
    fn plural_forms_follow_each_languages_rules() {
        let es = forms("es", &[("one", "{n} producto"), ("other", "{n} productos")]);
        let form = |m, n| plural_form(m, PluralNumber::Whole(n)).unwrap();
        assert_eq!(form(&es, 1), "{n} producto");
        for n in [0, 2, 5, 21, 1000] {
            assert_eq!(form(&es, n), "{n} productos", "{n}");
        }
        // Polish: 2–4 take `few`, 5–21 `many`; a form the map lacks falls back to `other`.
        let pl =
            forms("pl", &[("one", "1 produkt"), ("few", "{n} produkty"), ("many", "{n} produktów"), ("other", "x")]);
        assert_eq!(form(&pl, 3), "{n} produkty");
        assert_eq!(form(&pl, 5), "{n} produktów");
        assert_eq!(form(&pl, 22), "{n} produkty");
        let ja = forms("ja", &[("other", "{n} 点")]);
        assert_eq!(form(&ja, 1), "{n} 点");
        // Visible decimals count: "1.0" is not "one" in English.
        let en = forms("en", &[("one", "{n} kilo"), ("other", "{n} kilos")]);
        assert_eq!(plural_form(&en, PluralNumber::Text("1.0")), Some("{n} kilos"));
        assert_eq!(plural_form(&en, PluralNumber::Decimal(1.5)), Some("{n} kilos"));
        // A language the rules do not know counts like English.
        let xx = forms("zz-unknown", &[("one", "one"), ("other", "other")]);
        assert_eq!(form(&xx, 1), "one");
        assert_eq!(form(&xx, 2), "other");
    }

    #[test]
    fn a_plural_map_without_other_is_refused_and_its_keys_count_as_one_string() {
        let mut tree: Value = serde_json::json!({"home": {"products_count": {"one": "{n} producto"}}});
        let err = check_plurals(&mut tree, "es", String::new(), Path::new("/nonexistent/i18n/es.yaml"));
        assert!(format!("{:#}", err.unwrap_err()).contains("home.products_count"));
        let mut tree: Value = serde_json::json!({"home": {"products_count": {"one": "a", "other": "b"}}});
        check_plurals(&mut tree, "es", String::new(), Path::new("/nonexistent")).unwrap();
        assert_eq!(tree["home"]["products_count"][PLURAL_LANG], "es");
        let mut keys = Vec::new();
        leaf_keys(&tree, String::new(), &mut keys);
        assert_eq!(keys, vec!["home.products_count"]);
    }
}
