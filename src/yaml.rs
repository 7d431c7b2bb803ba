//! YAML parsing with error messages that name the file, line and field, say what is wrong in words (never a
//! serde type name such as `struct RawProduct` or `untagged enum`) and how to fix the usual mistakes.

use anyhow::{anyhow, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// What `text::Text` reports for `{es: Café, en: Coffee, beans}`: a bare word after an unquoted comma reads
/// as a key without a value. It is a marker, not a message: `describe` recognises it, says it in the owner's
/// language and shows the fixed line.
pub const KEY_WITHOUT_TEXT: &str = "vitrina:key-without-text:";

/// Parses `src` (which starts at line `first_line` of `file`) into `T`. A UTF-8 byte order mark, which some
/// Windows editors write, is dropped: YAML would otherwise read it as part of the first key.
pub fn parse<T: DeserializeOwned>(src: &str, file: &Path, first_line: usize) -> Result<T> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    serde_yaml::from_str(src).map_err(|e| describe(&e, src, file, first_line))
}

fn describe(e: &serde_yaml::Error, src: &str, file: &Path, first_line: usize) -> anyhow::Error {
    let (field, raw) = split_path(&strip_location(&e.to_string()));
    let line_in_src = e.location().map(|l| l.line());
    let kind = classify(&raw, field.is_none() && first_line > 1);
    let msg = kind.words();
    let what = match &field {
        Some(f) => crate::msg!("yaml-in-field", field = f, what = msg),
        None => msg,
    };
    let hint = hint_for(&kind, src, line_in_src, first_line);
    match e.location() {
        Some(loc) => {
            anyhow!("{}:{}:{}: {}{}", file.display(), loc.line() + first_line - 1, loc.column(), what, hint)
        }
        None => anyhow!("{}: {}{}", file.display(), what, hint),
    }
}

/// serde_yaml appends "at line X column Y" which we already print in front, relative to the file.
fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// serde_yaml puts the path of the value in front (`images[0].focus: invalid type…`).
fn split_path(msg: &str) -> (Option<String>, String) {
    if let Some((path, rest)) = msg.split_once(": ") {
        let is_path = !path.is_empty()
            && !path.contains(' ')
            && path.chars().all(|c| c.is_alphanumeric() || "_-.[]".contains(c))
            && path != "invalid type";
        if is_path {
            return (Some(path.to_string()), rest.to_string());
        }
    }
    (None, msg.to_string())
}

/// What serde or the YAML parser said, sorted into the cases vitrina explains. serde's messages name Rust
/// types and are English; each case is said again in the owner's language from the catalog.
enum Kind {
    BadCharacter,
    TooDeep,
    WrongShape,
    KeyWithoutText(String),
    UnknownField {
        field: String,
        known: Vec<String>,
    },
    UnknownValue {
        value: String,
        expected: Vec<String>,
    },
    MissingField(String),
    Duplicate(String),
    NotAMap {
        front_matter: bool,
    },
    WrongType {
        found: Found,
        expected: Expected,
    },
    /// Already said in the owner's language by one of vitrina's own deserializers (money), with its hint.
    Ours(String),
    Indentation,
    ControlCharacters,
    Unclosed,
    /// A parser message vitrina has no words for; shown as the parser wrote it.
    Other(String),
}

enum Found {
    Text(String),
    Number(String),
    Word(String),
    List,
    Map,
    Nothing,
}

enum Expected {
    Map,
    Number,
    Text,
    List,
    Boolean,
    WholeNumber,
    Pair,
    /// The words of one of vitrina's own deserializers (`expecting`), already in the owner's language.
    Said(String),
}

/// The names between backticks in a serde message (`unknown field `prise`, expected one of `title`, …`).
fn backticked(msg: &str) -> Vec<String> {
    msg.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

fn classify(msg: &str, front_matter: bool) -> Kind {
    if let Some(lang) = msg.strip_prefix(KEY_WITHOUT_TEXT) {
        return Kind::KeyWithoutText(lang.to_string());
    }
    if msg.contains('\n') {
        return Kind::Ours(msg.to_string());
    }
    if msg.starts_with("found character that cannot start any token") {
        return Kind::BadCharacter;
    }
    if msg.starts_with("recursion limit exceeded") {
        return Kind::TooDeep;
    }
    if msg.contains("untagged enum") {
        return Kind::WrongShape;
    }
    let mut names = backticked(msg).into_iter();
    if msg.starts_with("unknown field") {
        return Kind::UnknownField { field: names.next().unwrap_or_default(), known: names.collect() };
    }
    if msg.starts_with("unknown variant") {
        return Kind::UnknownValue { value: names.next().unwrap_or_default(), expected: names.collect() };
    }
    if msg.starts_with("missing field") {
        return Kind::MissingField(names.next().unwrap_or_default());
    }
    if msg.starts_with("duplicate") {
        let name = names.next().or_else(|| msg.split('"').nth(1).map(str::to_string)).unwrap_or_default();
        return Kind::Duplicate(name);
    }
    if msg.contains("did not find expected") || msg.contains("mapping values are not allowed") {
        return Kind::Indentation;
    }
    if msg.contains("control characters") {
        return Kind::ControlCharacters;
    }
    if msg.contains("unexpected end of stream") {
        return Kind::Unclosed;
    }
    let Some(rest) = msg.strip_prefix("invalid type: ").or_else(|| msg.strip_prefix("invalid value: ")) else {
        return Kind::Other(msg.to_string());
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return Kind::Other(msg.to_string());
    };
    if expected.starts_with("struct ") && found == "sequence" {
        return Kind::NotAMap { front_matter };
    }
    Kind::WrongType { found: found_kind(found), expected: expected_kind(expected) }
}

fn found_kind(found: &str) -> Found {
    let value = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches('`').to_string());
    if let Some(v) = value("string ") {
        Found::Text(v)
    } else if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        Found::Number(v)
    } else if let Some(v) = value("boolean ") {
        Found::Word(v)
    } else {
        match found {
            "sequence" => Found::List,
            "map" => Found::Map,
            "unit value" | "null" => Found::Nothing,
            other => Found::Word(other.to_string()),
        }
    }
}

fn expected_kind(expected: &str) -> Expected {
    if expected.starts_with("struct ") || expected == "a map" {
        return Expected::Map;
    }
    if expected.contains("Decimal") || expected == "f32" || expected == "f64" {
        return Expected::Number;
    }
    match expected {
        "a string" => Expected::Text,
        "a sequence" => Expected::List,
        "a boolean" => Expected::Boolean,
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => Expected::WholeNumber,
        e if e.starts_with("an array of length 2") => Expected::Pair,
        other => Expected::Said(other.to_string()),
    }
}

impl Found {
    fn words(&self) -> String {
        match self {
            Found::Text(v) => crate::msg!("yaml-found-text", value = v),
            Found::Number(v) => crate::msg!("yaml-found-number", value = v),
            Found::Word(v) => v.clone(),
            Found::List => crate::msg!("yaml-found-list"),
            Found::Map => crate::msg!("yaml-found-map"),
            Found::Nothing => crate::msg!("yaml-found-nothing"),
        }
    }
}

impl Expected {
    fn words(&self) -> String {
        match self {
            Expected::Map => crate::msg!("yaml-expected-map"),
            Expected::Number => crate::msg!("yaml-expected-number"),
            Expected::Text => crate::msg!("yaml-expected-text"),
            Expected::List => crate::msg!("yaml-expected-list"),
            Expected::Boolean => crate::msg!("yaml-expected-boolean"),
            Expected::WholeNumber => crate::msg!("yaml-expected-whole-number"),
            Expected::Pair => crate::msg!("yaml-expected-pair"),
            Expected::Said(words) => words.clone(),
        }
    }
}

/// The names as `a`, `b`, `c`, for a message.
fn listed(names: &[String]) -> String {
    names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ")
}

impl Kind {
    /// What is wrong, in the owner's language.
    fn words(&self) -> String {
        match self {
            Kind::BadCharacter => crate::msg!("yaml-bad-character"),
            Kind::TooDeep => crate::msg!("yaml-too-deep"),
            Kind::WrongShape => crate::msg!("yaml-wrong-shape"),
            Kind::KeyWithoutText(lang) => crate::msg!("yaml-key-without-text", key = lang),
            Kind::UnknownField { field, known } if known.is_empty() => {
                crate::msg!("yaml-unknown-field-none", field = field)
            }
            Kind::UnknownField { field, known } => {
                crate::msg!("yaml-unknown-field", field = field, known = listed(known))
            }
            Kind::UnknownValue { value, expected } => {
                crate::msg!("yaml-unknown-value", value = value, expected = listed(expected))
            }
            Kind::MissingField(field) => crate::msg!("yaml-missing-field", field = field),
            Kind::Duplicate(field) => crate::msg!("yaml-duplicate", field = field),
            Kind::NotAMap { front_matter: true } => crate::msg!("yaml-front-matter-not-a-list"),
            Kind::NotAMap { front_matter: false } => crate::msg!("yaml-file-not-a-list"),
            Kind::WrongType { found, expected } => {
                crate::msg!("yaml-wrong-type", found = found.words(), expected = expected.words())
            }
            Kind::Ours(text) => text.clone(),
            Kind::Indentation => crate::msg!("yaml-indentation"),
            Kind::ControlCharacters => crate::msg!("yaml-control-characters"),
            Kind::Unclosed => crate::msg!("yaml-unclosed"),
            Kind::Other(text) => crate::msg!("yaml-other", detail = text),
        }
    }
}

/// How to fix it: the `\n  hint: …` line (empty when the message brings its own).
/// `first_line` is where `src` starts in its file (a product's front matter starts on line 2).
fn hint_for(kind: &Kind, src: &str, line: Option<usize>, first_line: usize) -> String {
    let line_text = |n: usize| src.lines().nth(n.checked_sub(1)?);
    if let Some(tab_line) = tab_indented_line(src, line) {
        return crate::msg!("yaml-hint-tab", line = tab_line + first_line - 1);
    }
    match kind {
        Kind::KeyWithoutText(_) => match line.and_then(line_text).and_then(quote_flow_map) {
            Some(fixed) => crate::msg!("yaml-hint-comma-fixed", fixed = fixed.trim()),
            None => crate::msg!("yaml-hint-comma"),
        },
        Kind::Ours(_) => String::new(),
        Kind::UnknownField { field, known } => unknown_field_hint(field, known),
        Kind::WrongShape => crate::msg!("yaml-hint-wrong-shape"),
        Kind::MissingField(_) => crate::msg!("yaml-hint-missing-field"),
        Kind::BadCharacter => crate::msg!("yaml-hint-bad-character"),
        Kind::TooDeep => crate::msg!("yaml-hint-too-deep"),
        Kind::Indentation => crate::msg!("yaml-hint-indentation"),
        Kind::WrongType { found: Found::Number(_), expected: Expected::Text } => {
            crate::msg!("yaml-hint-number-as-text")
        }
        Kind::NotAMap { front_matter: true } => crate::msg!("yaml-hint-front-matter-not-a-list"),
        Kind::WrongType { expected: Expected::List, .. } => crate::msg!("yaml-hint-list"),
        Kind::Duplicate(_) => crate::msg!("yaml-hint-duplicate"),
        Kind::UnknownValue { .. } => crate::msg!("yaml-hint-unknown-value"),
        Kind::WrongType { .. } => crate::msg!("yaml-hint-wrong-type"),
        Kind::Unclosed => crate::msg!("yaml-hint-unclosed"),
        Kind::ControlCharacters => crate::msg!("yaml-hint-stray-characters"),
        Kind::Other(text) if text.contains("invalid") => crate::msg!("yaml-hint-stray-characters"),
        Kind::NotAMap { front_matter: false } | Kind::Other(_) => crate::msg!("yaml-hint-other"),
    }
}

/// An unknown field: name the closest known field.
fn unknown_field_hint(unknown: &str, known: &[String]) -> String {
    let best = known
        .iter()
        .map(|known| (strsim::damerau_levenshtein(unknown, known), known))
        .filter(|(d, known)| *d <= 2.max(known.len() / 3))
        .min();
    match best {
        Some((_, known)) => crate::msg!("yaml-hint-did-you-mean", field = known),
        None => crate::msg!("yaml-hint-field-spelling"),
    }
}

/// The line (1-based) indented with a tab, preferring the line of the error.
fn tab_indented_line(src: &str, line: Option<usize>) -> Option<usize> {
    let tabbed = |l: &str| l.chars().take_while(|c| c.is_whitespace()).any(|c| c == '\t');
    if let Some(n) = line {
        if src.lines().nth(n.saturating_sub(1)).is_some_and(tabbed) {
            return Some(n);
        }
    }
    src.lines().position(tabbed).map(|i| i + 1)
}

/// `title: {es: Café, en: Coffee, beans}` → `title: {es: Café, en: "Coffee, beans"}`: a part without `:` after
/// a comma belongs to the text before it.
fn quote_flow_map(line: &str) -> Option<String> {
    let open = line.find('{')?;
    let close = line.rfind('}')?;
    let inner = line.get(open + 1..close)?;
    let mut entries: Vec<(String, String)> = Vec::new();
    for part in inner.split(',') {
        match part.split_once(':') {
            Some((k, v)) => entries.push((k.trim().to_string(), v.trim().to_string())),
            None => {
                let last = entries.last_mut()?;
                last.1 = format!("{}, {}", last.1, part.trim());
            }
        }
    }
    let body: Vec<String> = entries
        .iter()
        .map(|(k, v)| {
            if v.contains(',') && !v.starts_with('"') {
                format!("{k}: \"{}\"", v.replace('"', "\\\""))
            } else {
                format!("{k}: {v}")
            }
        })
        .collect();
    Some(format!("{}{{{}}}{}", &line[..open], body.join(", "), &line[close + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_the_text_with_a_comma() {
        assert_eq!(
            quote_flow_map("title: {es: Café, en: Coffee, beans}").unwrap(),
            "title: {es: Café, en: \"Coffee, beans\"}"
        );
    }

    #[test]
    fn names_the_closest_field() {
        let known = ["title".to_string(), "price".to_string()];
        assert!(unknown_field_hint("prise", &known).contains("`price`"));
    }
}
