//! The 404 page, one per language (`404.html` in the first, `en/404.html`, …): a dead `/en/` link gets an
//! English menu where the host serves a folder's own 404 page. Each says "not found" in every language.

use super::kind::{never, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::LangData;
use anyhow::{Context as _, Result};
use serde::Serialize;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::NotFound,
    template: "404.html",
    paths: |_, routes| {
        let file = |(l, r): (usize, &crate::routes::Routes)| {
            if l == 0 {
                "404.html".to_string()
            } else {
                format!("{}404.html", r.home())
            }
        };
        Ok(vec![routes.iter().enumerate().map(file).collect()])
    },
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: None,
};

/// The variables of `404.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct NotFoundContext<'a> {
    pub page: Meta<'a>,
    /// "Not found" in every language of the site, each with a link to that language's home page.
    pub messages: Vec<NotFoundMessage<'a>>,
}

#[derive(Serialize)]
pub(crate) struct NotFoundMessage<'a> {
    pub lang: &'a str,
    pub title: &'a str,
    pub text: &'a str,
    pub back: &'a str,
    pub home: &'a str,
}

/// Hosts serve it at any depth, so its links are root-relative from the base URL's path instead of
/// page-relative.
fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let home = r.paths.single(Kind::Home);
    let mut meta = r.meta(ld, home, ld.t.get("notfound.title"), ld.t.get("notfound.text"));
    let file = &r.paths.of(Kind::NotFound)[0][ld.idx];
    meta.path = file;
    meta.root = base_path(&site.profile.base_url);
    meta.noindex = true;
    meta.alternates = Vec::new();
    let messages = site
        .languages
        .iter()
        .zip(&site.strings)
        .enumerate()
        .map(|(i, (lang, t))| NotFoundMessage {
            lang: &lang.code,
            title: t.get("notfound.title"),
            text: t.get("notfound.text"),
            back: t.get("notfound.back"),
            home: &home[i],
        })
        .collect();
    let mut ctx = ld.base.clone();
    ctx.extend(
        tera::Context::from_serialize(NotFoundContext { page: meta, messages }).expect("a struct is a valid context"),
    );
    // Always rendered: one small page, not worth an input hash.
    let html = r.tpl.render(KIND.template, &ctx).with_context(|| crate::msg!("render-404-failed"))?;
    r.rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    r.out.write(file, html.as_bytes())
}

/// The path part of the base URL: `https://u.github.io/catalog/` → `/catalog/`.
pub(super) fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map(|(_, r)| r).unwrap_or(base_url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}
