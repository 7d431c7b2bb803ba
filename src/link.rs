//! Links written by owners (profile fields, Markdown bodies): which addresses may become a live `href`.
//! One rule for every place a link is published: http, https, mailto, tel, or an address relative to the
//! site. Anything else (`javascript:`, `data:`, `vbscript:`, `file:` …) could run script or leave the web
//! in a visitor's browser, so it is never published as a link.

/// The schemes a published link may use.
pub const SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The scheme of `url` as a browser would read it, lower-cased, or `None` for a relative address.
/// Browsers drop ASCII tabs and line breaks anywhere and control characters and spaces at both ends before
/// reading the scheme, so `java\tscript:` is `javascript:`; this does the same.
pub fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_matches(|c: char| c.is_ascii_control() || c == ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let (head, _) = cleaned.split_once(':')?;
    let mut chars = head.chars();
    let first = chars.next()?;
    // Only a run of scheme characters before the first `:` is a scheme; `./a:b` or `a/b:c` are paths.
    (first.is_ascii_alphabetic() && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
        .then(|| head.to_ascii_lowercase())
}

/// True when `url` may be published as a link.
pub fn is_safe(url: &str) -> bool {
    scheme(url).is_none_or(|s| SCHEMES.contains(&s.as_str()))
}

/// Checks a link written in a profile field; the error says what is wrong and how to fix it (the caller
/// adds the file and field).
pub fn check(url: &str) -> anyhow::Result<()> {
    if url.chars().any(|c| c.is_control()) {
        anyhow::bail!(crate::msg!("link-control-character", url = url));
    }
    if let Some(s) = scheme(url).filter(|s| !SCHEMES.contains(&s.as_str())) {
        anyhow::bail!(crate::msg!("link-bad-scheme", url = url, scheme = s));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_mail_phone_and_relative_links_are_safe() {
        for ok in [
            "https://a.example/x?y=1#z",
            "HTTP://a.example",
            "mailto:a@b.example",
            "tel:+524431234567",
            "/about/",
            "../x.pdf",
            "x.pdf",
            "./javascript:alert(1)",
            "#top",
            "//cdn.example/x",
            "a/b:c",
        ] {
            assert!(is_safe(ok), "{ok}");
            assert!(check(ok).is_ok(), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "sms:+1",
        ] {
            assert!(!is_safe(bad), "{bad:?}");
            assert!(check(bad).is_err(), "{bad:?}");
        }
        assert_eq!(scheme("Data:x").as_deref(), Some("data"));
        let msg = check("javascript:alert(1)").unwrap_err().to_string();
        assert!(msg.contains("`javascript:`") && msg.contains("hint:"), "{msg}");
    }
}
