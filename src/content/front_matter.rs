//! Splitting a Markdown file into YAML front matter and body.

use anyhow::{bail, Result};
use std::path::Path;

pub struct Split<'a> {
    pub yaml: &'a str,
    /// Line number (1-based) where the YAML starts, for error messages.
    pub yaml_line: usize,
    pub body: &'a str,
}

pub fn split<'a>(src: &'a str, file: &Path) -> Result<Split<'a>> {
    let src = src.strip_prefix('\u{feff}').unwrap_or(src);
    let rest = match src.strip_prefix("---\n").or_else(|| src.strip_prefix("---\r\n")) {
        Some(r) => r,
        None => bail!(crate::msg!("content-no-front-matter", file = file.display())),
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let body = &rest[offset + line.len()..];
            return Ok(Split { yaml: &rest[..offset], yaml_line: 2, body });
        }
        offset += line.len();
    }
    bail!(crate::msg!("content-front-matter-not-closed", file = file.display()))
}

/// The 1-based line of a top-level `key:` in a file, to point semantic errors at the right place.
pub fn line_of(src: &str, key: &str) -> Option<usize> {
    src.lines().position(|l| l.strip_prefix(key).is_some_and(|r| r.trim_start().starts_with(':'))).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_and_reports() {
        let s = split("---\ntitle: A\n---\nBody\n", Path::new("a.md")).unwrap();
        assert_eq!(s.yaml, "title: A\n");
        assert_eq!(s.body, "Body\n");
        assert!(split("title: A\n", Path::new("a.md")).is_err());
        assert!(split("---\ntitle: A\n", Path::new("a.md")).is_err());
        assert_eq!(line_of("---\ntitle: A\nsku: X\n", "sku"), Some(3));
    }
}
