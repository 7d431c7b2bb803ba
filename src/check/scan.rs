//! The checks only `vitrina check` makes, on a loaded site: every photo decoded (naming the product files that
//! use one that cannot be read), alt texts, titles and descriptions longer than search engines show, and
//! links in descriptions to pages the site does not have.

use super::report::{Diagnostic, Report, Severity};
use super::Names;
use crate::routes::Routes;
use crate::site::Site;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashSet};

/// Search engines show about this many characters of a title and of a description (Google cuts by width,
/// about 600 px: ~60 characters of a title and ~160 of a description).
pub(crate) const TITLE_CHARS: usize = 60;
pub(crate) const DESCRIPTION_CHARS: usize = 160;

/// Decodes every photo the site uses with the same decoder `build` uses, reporting each one that fails with
/// the files that use it. Returns the photos that failed.
pub(crate) fn photos(site: &Site, report: &mut Report) -> HashSet<String> {
    let mut users: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for p in &site.content.products {
        for im in &p.images {
            let files = users.entry(im.src.as_str()).or_default();
            let file = p.texts[0].source.display().to_string();
            if !files.contains(&file) {
                files.push(file);
            }
        }
    }
    if let Some(logo) = &site.profile.logo {
        if site.root.join("images").join(logo).is_file() {
            users.entry(logo.as_str()).or_default().push(crate::config::PROFILE_FILE.to_string());
        }
    }
    let failed: Vec<(String, Diagnostic)> = users
        .par_iter()
        .filter_map(|(src, files)| {
            let label = format!("images/{src}");
            let path = site.root.join("images").join(src);
            let (code, error) = match std::fs::read(&path) {
                Ok(bytes) => {
                    let code = if crate::images::encode::heif_kind(&bytes).is_some() {
                        "image-heic"
                    } else {
                        "image-unreadable"
                    };
                    (code, crate::images::encode::decode(&bytes, &label).err()?)
                }
                Err(e) => {
                    let e = anyhow::Error::new(e).context(crate::msg!("io-cannot-read", path = label));
                    ("image-unreadable", e)
                }
            };
            let mut d = Diagnostic::from_error(code, &error).in_file(files[0].clone()).with_field("images");
            d.message = crate::msg!("check-photo-used-by", error = d.message, files = files.join(", "));
            Some((src.to_string(), d))
        })
        .collect();
    let mut bad = HashSet::new();
    for (src, d) in failed {
        bad.insert(src);
        report.push(d);
    }
    bad
}

/// A photo without `alt:` shows nothing to a buyer with a screen reader or a slow connection, and search
/// engines index it without words.
pub(crate) fn alt_texts(site: &Site, report: &mut Report) {
    for p in &site.content.products {
        let text = &p.texts[0];
        let missing: Vec<&str> = p
            .images
            .iter()
            .zip(&text.image_alts)
            .filter(|(_, alt)| alt.trim().is_empty())
            .map(|(im, _)| im.src.as_str())
            .collect();
        if !missing.is_empty() {
            let file = text.source.display().to_string();
            let message = crate::msg!("check-alt-missing", file = file, photos = missing.join(", "));
            report.push(Diagnostic::from_text(Severity::Warning, "alt-missing", &message).with_field("images"));
        }
    }
}

/// Titles and descriptions written longer than search results show are cut there, often mid-word.
pub(crate) fn lengths(site: &Site, report: &mut Report) {
    let mut check = |file: String, field: &str, text: &str, max: usize, code: &str| {
        let chars = text.chars().count();
        if chars > max {
            let message = crate::msg!("check-too-long", file = file, field = field, chars = chars, max = max);
            report.push(Diagnostic::from_text(Severity::Warning, code, &message).in_file(file).with_field(field));
        }
    };
    // (file, title, description) of every product and page text written in its own file.
    let mut texts: Vec<(String, &str, Option<&str>)> = Vec::new();
    for p in &site.content.products {
        let own = p.texts.iter().enumerate().filter(|(i, t)| *i == 0 || t.translated);
        texts.extend(own.map(|(_, t)| (t.source.display().to_string(), t.title.as_str(), t.description.as_deref())));
    }
    for p in &site.content.pages {
        let own = p.texts.iter().enumerate().filter(|(i, t)| *i == 0 || t.translated);
        texts.extend(own.map(|(_, t)| (t.source.display().to_string(), t.title.as_str(), t.description.as_deref())));
    }
    for (file, title, description) in texts {
        check(file.clone(), "title", title, TITLE_CHARS, "title-too-long");
        if let Some(d) = description {
            check(file, "description", d, DESCRIPTION_CHARS, "description-too-long");
        }
    }
}

/// Links in product descriptions and pages to addresses inside the site that no page or file answers.
pub(crate) fn links(site: &Site, names: &Names, report: &mut Report) {
    let base_path = base_path(&site.profile.base_url);
    for (i, lang) in site.languages.iter().enumerate() {
        let routes = Routes { lang, strings: &site.strings[i] };
        let mut documents: Vec<(String, String, String)> = Vec::new();
        for p in &site.content.products {
            let t = &p.texts[i];
            if t.translated || i == 0 {
                // `check` loads every product from its file, so every description is at hand.
                let html = t.prose.here().map(|d| d.html.clone()).unwrap_or_default();
                documents.push((t.source.display().to_string(), routes.product(&t.slug), html));
            }
        }
        for p in &site.content.pages {
            let t = &p.texts[i];
            if t.translated || i == 0 {
                let html = t.body.html.clone();
                documents.push((t.source.display().to_string(), routes.page(&t.slug), html));
            }
        }
        for (file, page, html) in documents {
            for href in hrefs(&html) {
                if let Some(target) = internal_target(&href, &page, &base_path) {
                    if !exists(names, &target) {
                        let message = crate::msg!("check-link-broken", file = file, link = href, lang = lang.code);
                        report.push(Diagnostic::from_text(Severity::Warning, "link-broken", &message));
                    }
                }
            }
        }
    }
}

/// `https://example.com/catalogo/` → `catalogo/`: the folder the site is published under.
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map(|(_, r)| r).unwrap_or(base_url);
    let path = after_scheme.split_once('/').map(|(_, p)| p).unwrap_or("");
    let path = path.trim_matches('/');
    if path.is_empty() {
        String::new()
    } else {
        format!("{path}/")
    }
}

/// Every `href="…"` of rendered HTML, unescaped.
fn hrefs(html: &str) -> Vec<String> {
    html.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split_once('"').map(|(v, _)| v.replace("&amp;", "&")))
        .collect()
}

/// The output path (relative to the output folder) an internal link points to, or `None` for links that
/// leave the site (`https:`, `mailto:`) or stay on the page (`#…`).
fn internal_target(href: &str, page: &str, base_path: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap_or_default();
    if href.is_empty() || href.starts_with("//") {
        return None;
    }
    let first = href.split('/').next().unwrap_or_default();
    if first.contains(':') {
        return None;
    }
    let href = percent_encoding::percent_decode_str(href).decode_utf8_lossy().to_string();
    let joined = match href.strip_prefix('/') {
        Some(abs) => abs.strip_prefix(base_path).unwrap_or(abs).to_string(),
        None => format!("{page}{href}"),
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    Some(parts.join("/"))
}

fn exists(names: &Names, target: &str) -> bool {
    let folder = if target.is_empty() || target.ends_with('/') {
        format!("{target}index.html")
    } else {
        format!("{target}/index.html")
    };
    names.has(target) || names.has(&folder)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_links_resolve_against_the_page() {
        assert_eq!(internal_target("../otro/", "productos/uno/", "").as_deref(), Some("productos/otro/"));
        assert_eq!(internal_target("/catalogo/en/", "x/", "catalogo/").as_deref(), Some("en/"));
        assert_eq!(internal_target("../../pedidos/#pago", "productos/uno/", "").as_deref(), Some("pedidos/"));
        assert_eq!(internal_target("https://a.example/x", "p/", ""), None);
        assert_eq!(internal_target("mailto:a@b.example", "p/", ""), None);
        assert_eq!(internal_target("#top", "p/", ""), None);
        assert_eq!(base_path("https://a.github.io/catalogo/"), "catalogo/");
        assert_eq!(base_path("https://a.example"), "");
        assert_eq!(hrefs("<a href=\"a?x=1&amp;y=2\">x</a> <a href=\"b\">"), ["a?x=1&y=2", "b"]);
    }
}
