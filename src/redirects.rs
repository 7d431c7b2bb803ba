//! Redirects for renamed products. `aliases:` in a product's front matter lists the page's old addresses; each
//! gets a small HTML page that sends browsers on (meta refresh, plus a link for anyone it does not move) and
//! tells search engines where the page lives now (canonical), and `_redirects` lists them all as real 301s for
//! hosts that read that file (Netlify, Cloudflare Pages). Links already shared keep working.

/// One old address and the page it leads to, both site paths (`productos/viejo/` → `productos/nuevo/`).
pub struct Redirect {
    pub from: String,
    pub to: String,
    /// The language of the page it leads to (index into the site's languages).
    pub lang: usize,
    /// The product file that asked for it, for messages.
    pub source: String,
}

/// An alias as written (`/productos/viejo/`, `productos/viejo`, `viejo.html`) as a clean site path
/// (`productos/viejo/`, `viejo.html`), or why it cannot be one. The file it becomes passes the output path
/// check, so an alias can never write outside the output folder.
pub fn normalise(alias: &str) -> Result<String, String> {
    // Checked before the leading slash is dropped: `//host/x` is an address on another site.
    let raw = alias.trim();
    if raw.contains("://") || raw.starts_with("//") {
        return Err(crate::msg!("alias-why-url"));
    }
    let a = raw.trim_start_matches('/');
    if a.contains("://") || a.starts_with("//") {
        return Err(crate::msg!("alias-why-url"));
    }
    if a.is_empty() {
        return Err(crate::msg!("alias-why-home"));
    }
    // The path is written into `_redirects` (space-separated) and into URLs: plain characters only.
    if !a.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/')) {
        return Err(crate::msg!("alias-why-characters"));
    }
    let path = if a.ends_with('/') || a.ends_with(".html") { a.to_string() } else { format!("{a}/") };
    match crate::output::path::problem(&file_for(&path)) {
        Some(why) => Err(why),
        None => Ok(path),
    }
}

/// The output file of a redirect: `old/` → `old/index.html`, `old.html` stays.
pub fn file_for(path: &str) -> String {
    if path.ends_with(".html") {
        path.to_string()
    } else {
        crate::routes::file_for(path)
    }
}

/// The `_redirects` file: one `from to 301` line per alias, paths from the host's root (`base_path` is the
/// path part of the base URL, `/` or `/catalog/`).
pub fn redirects_file(base_path: &str, list: &[Redirect]) -> String {
    let mut out = String::new();
    for r in list {
        out.push_str(&format!("{base_path}{} {base_path}{} 301\n", r.from, r.to));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_become_clean_paths() {
        assert_eq!(normalise("/productos/viejo/").unwrap(), "productos/viejo/");
        assert_eq!(normalise("productos/viejo").unwrap(), "productos/viejo/");
        assert_eq!(normalise("old-page.html").unwrap(), "old-page.html");
        assert_eq!(normalise("en/products/café").unwrap(), "en/products/café/");
    }

    #[test]
    fn aliases_cannot_leave_the_output_or_break_redirects() {
        for bad in [
            "",
            "/",
            "../outside",
            "a/../../b",
            "a//b",
            "./a",
            "https://example.com/x",
            "//example.com/x",
            "C:/x",
            "a\\b",
            "a b",
            "a?b",
            "a#b",
            "a\"b",
            "<script>",
            "a/./b",
        ] {
            assert!(normalise(bad).is_err(), "{bad:?} passed");
        }
    }

    #[test]
    fn redirects_file_lists_every_alias_from_the_base_path() {
        let r = Redirect { from: "viejo/".into(), to: "productos/nuevo/".into(), lang: 0, source: "x.md".into() };
        assert_eq!(redirects_file("/catalog/", &[r]), "/catalog/viejo/ /catalog/productos/nuevo/ 301\n");
    }
}
