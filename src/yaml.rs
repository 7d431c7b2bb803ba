//! YAML parsing with error messages that name the file, line and field, say what is wrong in words (never a
//! serde type name such as `struct RawProduct` or `untagged enum`) and how to fix the usual mistakes.

use anyhow::{anyhow, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// The message `text::Text` gives for `{es: Café, en: Coffee, beans}`: a bare word after an unquoted comma
/// reads as a key without a value. `describe` recognises it to show the fixed line.
pub const KEY_WITHOUT_TEXT: &str = "has no text after it";

/// Parses `src` (which starts at line `first_line` of `file`) into `T`. A UTF-8 byte order mark, which some
/// Windows editors write, is dropped: YAML would otherwise read it as part of the first key.
pub fn parse<T: DeserializeOwned>(src: &str, file: &Path, first_line: usize) -> Result<T> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    serde_yaml::from_str(src).map_err(|e| describe(&e, src, file, first_line))
}

fn describe(e: &serde_yaml::Error, src: &str, file: &Path, first_line: usize) -> anyhow::Error {
    let (field, msg) = split_path(&strip_location(&e.to_string()));
    let line_in_src = e.location().map(|l| l.line());
    let msg = in_words(&msg, field.is_none() && first_line > 1);
    let what = match &field {
        Some(f) => format!("field `{f}`: {msg}"),
        None => msg.clone(),
    };
    let hint = hint_for(&msg, src, line_in_src);
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

/// Rewrites serde's messages, which name Rust types, into what an owner can act on.
fn in_words(msg: &str, front_matter: bool) -> String {
    if msg.starts_with("found character that cannot start any token") {
        return "this line has a character YAML cannot read here (a tab, or a symbol like `@` or `` ` `` at the start of a value)".to_string();
    }
    if msg.starts_with("recursion limit exceeded") {
        return "values are nested too deeply (more than a hundred levels of `{`, `[` or indentation)".to_string();
    }
    if msg.contains("untagged enum") {
        return "this value has the wrong shape".to_string();
    }
    let Some(rest) = msg.strip_prefix("invalid type: ").or_else(|| msg.strip_prefix("invalid value: ")) else {
        return msg.replace("unknown variant", "unknown value");
    };
    let Some((found, expected)) = rest.split_once(", expected ") else {
        return msg.to_string();
    };
    if expected.starts_with("struct ") && found == "sequence" {
        return if front_matter {
            "the front matter must be a set of `field: value` lines (like `title: Cuenco`), not a list".to_string()
        } else {
            "the file must be a set of `field: value` lines (like `currency: MXN`), not a list".to_string()
        };
    }
    format!("found {}, but it must be {}", found_words(found), expected_words(expected))
}

fn found_words(found: &str) -> String {
    let value = |prefix: &str| found.strip_prefix(prefix).map(|v| v.trim_matches('`').to_string());
    if let Some(v) = value("string ") {
        format!("the text {v}")
    } else if let Some(v) = value("integer ").or_else(|| value("floating point ")) {
        format!("the number {v}")
    } else if let Some(v) = value("boolean ") {
        v.to_string()
    } else {
        match found {
            "sequence" => "a list".to_string(),
            "map" => "a set of `field: value` lines".to_string(),
            "unit value" | "null" => "nothing".to_string(),
            other => other.to_string(),
        }
    }
}

fn expected_words(expected: &str) -> String {
    if expected.starts_with("struct ") || expected == "a map" {
        return "a set of `field: value` lines".to_string();
    }
    if expected.contains("Decimal") || expected == "f32" || expected == "f64" {
        return "a plain number like 850 or 1250.50".to_string();
    }
    match expected {
        "a string" => "a text (put it in quotes)".to_string(),
        "a sequence" => "a list, like [a, b] or one `- item` per line".to_string(),
        "a boolean" => "true or false".to_string(),
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "a whole number".to_string(),
        e if e.starts_with("an array of length 2") => "two numbers, like [0.5, 0.3]".to_string(),
        e if e.starts_with("a ") || e.starts_with("an ") || e.starts_with("one of") => e.to_string(),
        other => format!("a {other}"),
    }
}

fn hint_for(msg: &str, src: &str, line: Option<usize>) -> String {
    let line_text = |n: usize| src.lines().nth(n.checked_sub(1)?);
    if let Some(tab_line) = tab_indented_line(src, line) {
        return format!(
            "\n  hint: line {tab_line} is indented with a tab; YAML allows only spaces: indent with two spaces instead"
        );
    }
    if msg.contains(KEY_WITHOUT_TEXT) {
        if let Some(fixed) = line.and_then(line_text).and_then(quote_flow_map) {
            return format!("\n  hint: a comma inside a text ends it; put the text in quotes:\n    {}", fixed.trim());
        }
        return "\n  hint: a comma inside a text ends it; put texts that contain commas or colons in quotes"
            .to_string();
    }
    let hint = if msg.contains("wrong shape") {
        "a text is one string, or a map of language → string like { es: Hola, en: Hello }; put texts that contain commas or colons in quotes"
    } else if msg.contains("unknown field") {
        return unknown_field_hint(msg);
    } else if msg.contains("missing field") {
        "add the field; see docs/content-format.md for what it must hold"
    } else if msg.contains("is not a number") || msg.contains("is too large") {
        "write the amount with digits and a dot for decimals, like `1250.50`; check for a misplaced exponent (`e`)"
    } else if msg.contains("cannot read here") {
        "put the value in quotes, like `name: \"@barro\"`"
    } else if msg.contains("nested too deeply") {
        "look for a `{` or `[` that is never closed"
    } else if msg.contains("did not find expected") || msg.contains("mapping values are not allowed") {
        "check the indentation and that text containing ': ' is in quotes"
    } else if msg.contains("must be a text") && msg.contains("the number") {
        "put the value in quotes so it is read as text, e.g. hs_code: \"6912.00\" or postal_code: \"58440\""
    } else if msg.contains("front matter must be") {
        "write each field on its own line as `name: value`, without a leading `- `"
    } else if msg.contains("a list") && msg.contains("must be a list") {
        "write the items as [a, b] or one `- item` per line under the field"
    } else if msg.contains("duplicate") {
        "each field may appear once; remove or merge the repeated line"
    } else if msg.contains("unknown value") {
        "use one of the values listed"
    } else if msg.contains("found ") && msg.contains(", but it must be ") {
        "see docs/content-format.md for what each field holds"
    } else if msg.contains("control characters") || msg.contains("invalid") {
        "check the line for characters that do not belong there (stray quotes, brackets or invisible characters)"
    } else {
        "check the line against the examples in docs/content-format.md; text with `: `, `#`, `{`, `[` or a leading `-` needs quotes"
    };
    format!("\n  hint: {hint}")
}

/// `unknown field `prise`, expected one of `title`, …`: name the closest known field.
fn unknown_field_hint(msg: &str) -> String {
    let mut names = msg.split('`').skip(1).step_by(2);
    let Some(unknown) = names.next() else {
        return String::new();
    };
    let best = names
        .map(|known| (strsim::damerau_levenshtein(unknown, known), known))
        .filter(|(d, known)| *d <= 2.max(known.len() / 3))
        .min();
    match best {
        Some((_, known)) => format!("\n  hint: did you mean `{known}`? check the spelling of the field name"),
        None => "\n  hint: check the spelling of the field name (see docs/content-format.md for the list)".to_string(),
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
        assert!(unknown_field_hint("unknown field `prise`, expected one of `title`, `price`").contains("`price`"));
    }
}
