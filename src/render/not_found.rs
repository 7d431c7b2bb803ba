//! The 404 page: one file for the whole site that says "not found" in every language.

use super::kind::{never, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use anyhow::{Context as _, Result};
use serde_json::{json, Value};

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::NotFound,
    template: "404.html",
    paths: |_, _| Ok(vec![vec!["404.html".to_string()]]),
    render,
    languages: Languages::First,
    partial: never,
    sitemap: None,
};

/// Hosts serve it at any depth, so its links are root-relative from the base URL's path instead of
/// page-relative.
fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let home = r.paths.single(Kind::Home);
    let base_path = base_path(&site.profile.base_url);
    let mut meta = r.meta(ld, home, ld.t.get("notfound.title"), ld.t.get("notfound.text"));
    meta.insert("path".into(), "404.html".into());
    meta.insert("root".into(), base_path.into());
    meta.insert("noindex".into(), true.into());
    meta.insert("alternates".into(), json!([]));
    let messages: Vec<Value> = site
        .languages
        .iter()
        .zip(&site.strings)
        .enumerate()
        .map(|(i, (lang, t))| {
            json!({
                "lang": lang.code, "title": t.get("notfound.title"), "text": t.get("notfound.text"),
                "back": t.get("notfound.back"), "home": home[i],
            })
        })
        .collect();
    let mut ctx = ld.base.clone();
    ctx.insert("page", &meta);
    ctx.insert("messages", &messages);
    // Always rendered: one small page, not worth an input hash.
    let html = r.tpl.render(KIND.template, &ctx).with_context(|| crate::msg!("render-404-failed"))?;
    r.rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    r.out.write("404.html", html.as_bytes())
}

/// The path part of the base URL: `https://u.github.io/catalog/` → `/catalog/`.
fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map(|(_, r)| r).unwrap_or(base_url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}
