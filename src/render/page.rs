//! A free page (`pages/*.md`): a title and a Markdown body, at `/<slug>/`.

use super::kind::{never, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use crate::markdown;
use crate::routes::Routes;
use crate::site::Site;
use anyhow::Result;
use serde_json::json;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Page,
    template: "page.html",
    paths,
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: Some(|_, _, _| None),
};

fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    Ok(site
        .content
        .pages
        .iter()
        .map(|p| routes.iter().enumerate().map(|(i, r)| r.page(&p.texts[i].slug)).collect())
        .collect())
}

fn render(r: &Renderer, ld: &LangData, g: usize) -> Result<()> {
    let page = &r.site.content.pages[g];
    let text = &page.texts[ld.idx];
    let body = markdown::render(&text.body);
    let description = text.description.clone().unwrap_or_else(|| body.summary.clone());
    let mut meta = r.meta(ld, &r.paths.of(Kind::Page)[g], &text.title, &description);
    if let Some(img) = r.default_image(ld) {
        meta.insert("image".into(), img);
    }
    let text_lang = (!text.translated).then(|| r.site.languages[0].code.clone());
    r.emit(
        KIND.template,
        ld,
        meta,
        vec![("content", json!({"title": text.title, "body": body.html, "text_lang": text_lang}))],
    )
}
