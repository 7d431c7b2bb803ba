//! A free page (`pages/*.md`): a title and a Markdown body, at `/<slug>/`.

use super::kind::{never, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::LangData;
use crate::routes::Routes;
use crate::site::Site;
use anyhow::Result;
use serde::Serialize;

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

/// The variables of `page.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct PageContext<'a> {
    pub page: Meta<'a>,
    pub content: ContentView<'a>,
}

/// `content`: a free page's title and its body as HTML.
#[derive(Serialize)]
pub(crate) struct ContentView<'a> {
    pub title: &'a str,
    pub body: &'a str,
    /// When this language shows the default language's text.
    pub text_lang: Option<&'a str>,
}

fn render(r: &Renderer, ld: &LangData, g: usize) -> Result<()> {
    let page = &r.site.content.pages[g];
    let text = &page.texts[ld.idx];
    let body = &text.body;
    let description = text.description.clone().unwrap_or_else(|| body.summary.clone());
    let mut meta = r.meta(ld, &r.paths.of(Kind::Page)[g], &text.title, &description);
    r.untranslated(ld, &mut meta, |j| page.texts[j].translated);
    meta.image = r.default_image(ld);
    let content = ContentView {
        title: &text.title,
        body: &body.html,
        text_lang: (!text.translated).then_some(r.site.languages[0].code.as_str()),
    };
    let path = meta.path;
    r.emit(KIND.template, ld, path, &PageContext { page: meta, content })
}
