//! Tera templates: the embedded theme, overridden file by file by the site's `templates/`.

use anyhow::{anyhow, Context, Result};
use std::path::Path;
use tera::Tera;

mod recursion;

pub(crate) struct Templates {
    tera: Tera,
    /// Every template's source by name, to point at the line of a render error.
    texts: std::collections::HashMap<String, String>,
    /// Per template, what identifies it, every template it can reach (its `extends` chain, its includes and
    /// the files it imports macros from, and theirs) and the program that renders them: part of the input hash
    /// of every page rendered with it, so a changed template re-renders the pages that use it and only those,
    /// and a new vitrina re-renders every page.
    fingerprints: std::collections::HashMap<String, [u8; 32]>,
    /// The same over every template, for a name not in `fingerprints`.
    fingerprint: [u8; 32],
}

/// The templates each template can reach, itself included. Tera names another template only as a string literal
/// (`extends`, `include`, `import`), so every other template's name written in quotes in a template's source is
/// taken as reached: a name in a comment or a plain string only adds a page that is rendered for nothing,
/// never a page kept when it should change.
fn reach(sources: &[(String, String)]) -> Vec<Vec<usize>> {
    let names: Vec<String> = sources.iter().map(|(n, _)| n.clone()).collect();
    let direct: Vec<Vec<usize>> = sources
        .iter()
        .map(|(_, src)| {
            (0..names.len())
                .filter(|&j| ['"', '\'', '`'].iter().any(|q| src.contains(&format!("{q}{}{q}", names[j]))))
                .collect()
        })
        .collect();
    (0..names.len())
        .map(|i| {
            let mut seen = vec![false; names.len()];
            let mut stack = vec![i];
            seen[i] = true;
            while let Some(t) = stack.pop() {
                for &j in &direct[t] {
                    if !seen[j] {
                        seen[j] = true;
                        stack.push(j);
                    }
                }
            }
            (0..names.len()).filter(|&j| seen[j]).collect()
        })
        .collect()
}

/// The running program: its version plus the size and time of its executable, so that even a rebuilt
/// binary of the same version (a developer's) never reuses pages rendered by another.
fn program_identity() -> String {
    let exe = std::env::current_exe().ok().and_then(|p| std::fs::metadata(p).ok());
    let stamp = exe.map(|m| format!("{} {:?}", m.len(), m.modified().ok())).unwrap_or_default();
    format!("vitrina {} {stamp}", env!("CARGO_PKG_VERSION"))
}

/// HTML escaping for text and attribute values. Tera's default also escapes `/`, which bloats every URL
/// without making anything safer inside quoted attributes.
fn escape_html(input: &str) -> String {
    // Runs of plain text are copied whole: Tera escapes every value it prints, so this runs for almost every
    // byte of every page.
    let mut out = String::with_capacity(input.len() + 8);
    let mut plain = 0;
    for (i, b) in input.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        // The five characters are ASCII, so `i` is a character boundary.
        out.push_str(&input[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&input[plain..]);
    out
}

impl Templates {
    pub(crate) fn load(site: &Path) -> Result<Templates> {
        let mut sources: Vec<(String, String)> =
            crate::theme::templates().map(|(n, s)| (n.to_string(), s.to_string())).collect();
        let mut own: Vec<String> = Vec::new();
        let dir = site.join("templates");
        if dir.is_dir() {
            for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
                let entry = entry.with_context(|| crate::msg!("io-cannot-list", path = dir.display()))?;
                if !entry.file_type().is_file() {
                    continue;
                }
                let name = entry.path().strip_prefix(&dir).expect("inside").to_string_lossy().replace('\\', "/");
                let src = std::fs::read_to_string(entry.path())
                    .with_context(|| crate::msg!("io-cannot-read", path = format!("templates/{name}")))?;
                sources.retain(|(n, _)| *n != name);
                own.push(name.clone());
                sources.push((name, src));
            }
        }
        // `get_env()` (the only Tera function of this build whose result is not in the page's context; `now()`
        // and `get_random()` are left out of it) would make a kept page stale: a site whose templates call it
        // is rendered in full every time.
        let mut program = program_identity();
        if sources.iter().any(|(_, src)| src.contains("get_env(")) {
            program.push_str(&format!(" {:?}", std::time::SystemTime::now()));
        }
        let hash_of = |which: &mut dyn Iterator<Item = usize>| {
            let mut h = blake3::Hasher::new();
            h.update(program.as_bytes());
            for (name, src) in which.map(|i| &sources[i]) {
                for part in [name.as_bytes(), b"\0", src.as_bytes(), b"\0"] {
                    h.update(part);
                }
            }
            *h.finalize().as_bytes()
        };
        let fingerprint = hash_of(&mut (0..sources.len()));
        let fingerprints = reach(&sources)
            .into_iter()
            .enumerate()
            .map(|(i, reached)| (sources[i].0.clone(), hash_of(&mut reached.into_iter())))
            .collect();
        let mut tera = Tera::default();
        tera.autoescape_on(vec![".html", ".xml"]);
        tera.set_escape_fn(escape_html);
        tera.register_filter("fill", fill);
        tera.register_filter("local_date", local_date);
        tera.register_function("qr", Qr(crate::qr::Memo::new()));
        let texts: std::collections::HashMap<String, String> = sources.iter().cloned().collect();
        tera.add_raw_templates(sources)
            .map_err(|e| anyhow!(crate::msg!("render-template-error", error = chain(&e))))?;
        recursion::check(&tera, &texts, &own)?;
        Ok(Templates { tera, texts, fingerprints, fingerprint })
    }

    /// What identifies `template` and everything it can reach (`fingerprints`).
    pub(crate) fn fingerprint_of(&self, template: &str) -> &[u8; 32] {
        self.fingerprints.get(template).unwrap_or(&self.fingerprint)
    }

    pub(crate) fn render(&self, name: &str, ctx: &tera::Context) -> Result<String> {
        self.tera.render(name, ctx).map_err(|e| {
            let full = chain(&e);
            match self.unknown_variable(&full) {
                Some(located) => anyhow!(located),
                None => anyhow!("{full}"),
            }
        })
    }

    /// A template that reads a variable (or a UI string key) that does not exist must not render as empty text.
    /// Tera says which variable and which template but not where: the first line of that template (or of
    /// any template, for a variable read in an included or parent one) that mentions it.
    fn unknown_variable(&self, error: &str) -> Option<String> {
        let var = error.split("Variable `").nth(1)?.split('`').next()?;
        let tpl = error.split("while rendering '").nth(1)?.split('\'').next()?;
        let mut candidates: Vec<(&String, &String)> = self.texts.iter().filter(|(n, _)| *n == tpl).collect();
        let mut others: Vec<(&String, &String)> = self.texts.iter().filter(|(n, _)| *n != tpl).collect();
        others.sort();
        candidates.extend(others);
        candidates.into_iter().find_map(|(name, src)| {
            let line = src.lines().position(|l| l.contains(var))? + 1;
            Some(crate::msg!("render-unknown-variable", template = name, line = line, variable = var))
        })
    }
}

/// `{{ t.home.years | fill(n=12) }}`: replaces `{n}` placeholders in a UI string, as `order::fill` does in code.
/// A string with plural forms (`crate::i18n`) is first narrowed to the form for the number given as `n` or
/// `count`.
fn fill(value: &tera::Value, args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let s = match value {
        tera::Value::Object(forms) => {
            use crate::i18n::PluralNumber;
            let number = match args.get("n").or_else(|| args.get("count")) {
                Some(tera::Value::Number(n)) => match n.as_u64() {
                    Some(whole) => PluralNumber::Whole(whole),
                    None => PluralNumber::Decimal(n.as_f64().unwrap_or(0.0)),
                },
                Some(tera::Value::String(text)) => PluralNumber::Text(text),
                _ => return Err(tera::Error::msg(crate::msg!("render-fill-plural-no-number"))),
            };
            crate::i18n::plural_form(forms, number).unwrap_or_default().to_string()
        }
        other => tera::try_get_value!("fill", "value", String, other),
    };
    let vars: Vec<(&str, String)> = args
        .iter()
        .map(|(k, v)| {
            let text = match v {
                tera::Value::String(x) => x.clone(),
                other => other.to_string(),
            };
            (k.as_str(), text)
        })
        .collect();
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    Ok(tera::Value::String(crate::order::fill(&s, &vars)))
}

/// `{{ q.date | local_date(locale=lang.locale) }}`: an ISO date (`2026-11-20`) written for the page's
/// locale (`20 novembre 2026`); other text is left as it is.
fn local_date(value: &tera::Value, args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
    let text = tera::try_get_value!("local_date", "value", String, value);
    let locale = match args.get("locale") {
        Some(l) => tera::try_get_value!("local_date", "locale", String, l),
        None => return Err(tera::Error::msg(crate::msg!("render-local-date-no-locale"))),
    };
    Ok(tera::Value::String(crate::dates::display(&text, &locale)))
}

/// `{{ qr(url=p.url) }}`: the QR code of a URL as inline SVG (`crate::qr`). Drawn while the template runs, so
/// only pages that are rendered make codes; the URL decides the code, and the program drawing it is part of the
/// templates' fingerprints, so a page's input hash (which holds the URL) stays honest. The markup is safe
/// (the URL is only in the modules), so it needs no `| safe`, though the theme writes one to say it is markup.
struct Qr(crate::qr::Memo);

impl tera::Function for Qr {
    fn call(&self, args: &std::collections::HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let url = match args.get("url") {
            Some(u) => tera::try_get_value!("qr", "url", String, u),
            None => return Err(tera::Error::msg(crate::msg!("render-qr-no-url"))),
        };
        self.0.svg(&url).map(tera::Value::String).map_err(|e| tera::Error::msg(e.to_string()))
    }

    fn is_safe(&self) -> bool {
        true
    }
}

/// Tera nests the useful message (which variable, which line) in its source chain.
fn chain(e: &dyn std::error::Error) -> String {
    let mut msg = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        src = s.source();
    }
    msg
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_attribute_breakers() {
        assert_eq!(
            super::escape_html(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(super::escape_html("Año «ñ» & café"), "Año «ñ» &amp; café");
        assert_eq!(super::escape_html(""), "");
        assert_eq!(super::escape_html("plain"), "plain");
    }
}
