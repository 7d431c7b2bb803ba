//! YAML parsing with error messages that name the file and line, and say how to fix the usual mistakes.

use anyhow::{anyhow, Result};
use serde::de::DeserializeOwned;
use std::path::Path;

/// Parses `src` (which starts at line `first_line` of `file`) into `T`.
pub fn parse<T: DeserializeOwned>(src: &str, file: &Path, first_line: usize) -> Result<T> {
    serde_yaml::from_str(src).map_err(|e| describe(&e, file, first_line))
}

pub fn describe(e: &serde_yaml::Error, file: &Path, first_line: usize) -> anyhow::Error {
    let msg = strip_location(&e.to_string());
    let hint = hint_for(&msg);
    match e.location() {
        Some(loc) => anyhow!("{}:{}:{}: {}{}", file.display(), loc.line() + first_line - 1, loc.column(), msg, hint),
        None => anyhow!("{}: {}{}", file.display(), msg, hint),
    }
}

/// serde_yaml appends "at line X column Y" which we already print in front, relative to the file.
fn strip_location(msg: &str) -> String {
    match msg.find(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

fn hint_for(msg: &str) -> &'static str {
    if msg.contains("untagged enum Text") {
        "\n  hint: a text is one string, or a map of language → string like { es: Hola, en: Hello }; put texts that contain commas or colons in quotes"
    } else if msg.contains("unknown field") {
        "\n  hint: check the spelling of the field name (see docs/content-format.md for the list)"
    } else if msg.contains("missing field") {
        "\n  hint: add the field; see docs/content-format.md for what it must hold"
    } else if msg.contains("did not find expected") || msg.contains("mapping values are not allowed") {
        "\n  hint: check the indentation and that text containing ': ' is in quotes"
    } else if msg.contains("expected a string") && (msg.contains("floating point") || msg.contains("integer")) {
        "\n  hint: put the value in quotes so it is read as text, e.g. hs_code: \"6912.00\" or postal_code: \"58440\""
    } else if msg.contains("invalid type") {
        "\n  hint: a text can be one string or a map of language → string; numbers and lists must not be quoted wrongly"
    } else {
        ""
    }
}
