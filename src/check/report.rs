//! What `vitrina check` found, as one list: each problem with its severity, a stable code, the file (and line
//! and field when known), the message and the hint, printed for a person or as JSON for a CI job.
//!
//! The messages are the very texts `build` prints (they come from the same loading code); file, line, field
//! and hint are read back from their fixed shape (`products/x.md:4: field `price`: … \n hint: …`), so no
//! message needs a second, structured copy.

use serde::Serialize;

/// The version of the JSON report's shape; raised only when a field changes meaning or goes away.
pub(crate) const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, Serialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// A short, stable, English code: `image-heic`, `contact`, `rates-stale`, `alt-missing`… (docs/cli.md).
    pub code: String,
    /// The file to fix, relative to the site folder.
    pub file: Option<String>,
    pub line: Option<u32>,
    pub field: Option<String>,
    /// What is wrong, in the language of the messages.
    pub message: String,
    /// How to fix it, when there is a hint.
    pub hint: Option<String>,
}

impl Diagnostic {
    /// A problem from a message text (as `msg!` made it: the hint after a line break and the hint prefix).
    pub(crate) fn from_text(severity: Severity, code: &str, text: &str) -> Diagnostic {
        let (message, hint) = split_hint(text);
        Diagnostic::new(severity, code, message, hint)
    }

    /// A problem from an error and its causes (`company.yaml: field `whatsapp`` caused by `"967…" has no
    /// country code`), joined as `build` prints them, the hint of the innermost cause kept.
    pub(crate) fn from_error(code: &str, e: &anyhow::Error) -> Diagnostic {
        let mut parts = Vec::new();
        let mut hint = None;
        for cause in e.chain() {
            let (m, h) = split_hint(&cause.to_string());
            parts.push(m);
            hint = h.or(hint);
        }
        Diagnostic::new(Severity::Error, code, parts.join(": "), hint)
    }

    fn new(severity: Severity, code: &str, message: String, hint: Option<String>) -> Diagnostic {
        let (file, line) = location(&message);
        let field = field(&message);
        Diagnostic { severity, code: code.to_string(), file, line, field, message, hint }
    }

    /// The same problem, naming `file` (when the message itself names none or another).
    pub(crate) fn in_file(mut self, file: impl Into<String>) -> Diagnostic {
        self.file = Some(file.into());
        self
    }

    pub(crate) fn with_field(mut self, field: impl Into<String>) -> Diagnostic {
        self.field = Some(field.into());
        self
    }
}

fn split_hint(text: &str) -> (String, Option<String>) {
    let prefix = crate::msg!("prefix-hint");
    match text.split_once('\n') {
        Some((message, rest)) => {
            let rest = rest.trim();
            let hint = rest.strip_prefix(prefix.as_str()).unwrap_or(rest).trim();
            (message.trim_end().to_string(), (!hint.is_empty()).then(|| hint.to_string()))
        }
        None => (text.to_string(), None),
    }
}

/// `products/x.md:4: …` → (`products/x.md`, 4); `company.yaml: …` → (`company.yaml`, none). A first word
/// that is no file name (no dot, or spaces) names nothing.
fn location(message: &str) -> (Option<String>, Option<u32>) {
    let Some((head, _)) = message.split_once(": ") else { return (None, None) };
    if head.contains(char::is_whitespace) || !head.contains('.') {
        return (None, None);
    }
    let mut parts = head.splitn(3, ':');
    let file = parts.next().unwrap_or_default().trim_matches('"').to_string();
    let line = parts.next().and_then(|l| l.parse().ok());
    (Some(file), line)
}

/// The first field a message names: ``field `price` `` (English) or ``campo `price` `` (Spanish).
fn field(message: &str) -> Option<String> {
    for word in ["field `", "campo `"] {
        if let Some(i) = message.find(word) {
            let rest = &message[i + word.len()..];
            return rest.split_once('`').map(|(f, _)| f.to_string());
        }
    }
    None
}

/// Everything one `check` run found.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub version: u32,
    pub errors: usize,
    pub warnings: usize,
    pub products: usize,
    pub pages: usize,
    pub languages: usize,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub(crate) fn push(&mut self, d: Diagnostic) {
        match d.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
        }
        self.diagnostics.push(d);
    }

    /// Errors first, then warnings, each in the order found (files in name order within each check).
    pub(crate) fn sort(&mut self) {
        self.diagnostics.sort_by_key(|d| d.severity != Severity::Error);
        self.version = SCHEMA_VERSION;
    }

    /// The exit code `check` ends with: 0 all good (warnings allowed), 1 errors (build would refuse the site),
    /// 2 warnings only, with `--strict`.
    pub fn exit_code(&self, strict: bool) -> u8 {
        if self.errors > 0 {
            1
        } else if strict && self.warnings > 0 {
            2
        } else {
            0
        }
    }

    /// `Err` with the errors (as the text report prints them) when there are any: for callers that only need
    /// to know whether the site builds, as `check` answered before it collected everything.
    pub fn into_result(self) -> anyhow::Result<()> {
        if self.errors == 0 {
            return Ok(());
        }
        let errors = Report {
            diagnostics: self.diagnostics.into_iter().filter(|d| d.severity == Severity::Error).collect(),
            ..Report::default()
        };
        Err(anyhow::anyhow!("{}", errors.text().trim_end()))
    }

    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// The report for a person: every problem as `build` would print it, then a count.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for d in &self.diagnostics {
            let prefix = match d.severity {
                Severity::Error => crate::msg!("prefix-error"),
                Severity::Warning => crate::msg!("prefix-warning"),
            };
            out.push_str(&format!("{prefix} {}\n", d.message));
            if let Some(h) = &d.hint {
                out.push_str(&format!("  {} {h}\n", crate::msg!("prefix-hint")));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_line_field_and_hint_are_read_from_the_message() {
        let d = Diagnostic::from_text(
            Severity::Error,
            "product",
            "products/cafe.md:4: field `price`: too many decimals\n  hint: write 12.50",
        );
        assert_eq!(d.file.as_deref(), Some("products/cafe.md"));
        assert_eq!(d.line, Some(4));
        assert_eq!(d.field.as_deref(), Some("price"));
        assert_eq!(d.hint.as_deref(), Some("write 12.50"));
        assert_eq!(d.message, "products/cafe.md:4: field `price`: too many decimals");
        let e = anyhow::anyhow!("\"967\" has no country code\n  hint: write it as \"+52 967\"")
            .context("company.yaml: field `contact.whatsapp`");
        let d = Diagnostic::from_error("contact", &e);
        assert_eq!((d.file.as_deref(), d.line), (Some("company.yaml"), None));
        assert_eq!(d.field.as_deref(), Some("contact.whatsapp"));
        assert_eq!(d.hint.as_deref(), Some("write it as \"+52 967\""));
        let d = Diagnostic::from_text(Severity::Warning, "x", "3 products have no English text");
        assert_eq!((d.file, d.line, d.hint), (None, None, None));
    }

    #[test]
    fn exit_codes() {
        let mut r = Report::default();
        assert_eq!(r.exit_code(true), 0);
        r.push(Diagnostic::from_text(Severity::Warning, "x", "w"));
        assert_eq!((r.exit_code(false), r.exit_code(true)), (0, 2));
        r.push(Diagnostic::from_text(Severity::Error, "x", "e"));
        assert_eq!(r.exit_code(false), 1);
    }
}
