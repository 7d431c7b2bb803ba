//! The home page of each language: featured products, categories, testimonials, Organization JSON-LD.

use super::kind::{single, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer, TestimonialView};
use super::shared::{Card, LangData};
use crate::order;
use crate::seo::jsonld::script_json;
use anyhow::Result;
use serde::Serialize;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Home,
    template: "home.html",
    paths: |_, routes| single(routes, |r| r.home()),
    render,
    languages: Languages::Every,
    // It lists featured products and counts per category: any product change may touch it.
    partial: |_, _, _, _| true,
    // The newest product, or the profile if that is newer.
    sitemap: Some(|site, _, profile_date| {
        site.content.products.iter().filter_map(|p| p.updated).max().max(profile_date)
    }),
};

/// The variables of `home.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct HomeContext<'a> {
    pub page: Meta<'a>,
    pub featured: Vec<&'a Card<'a>>,
    pub testimonials: Vec<TestimonialView<'a>>,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let name = ld.text(site, &site.profile.name);
    let tagline = ld.opt_text(site, &site.profile.tagline).unwrap_or_default();
    let title = if tagline.is_empty() { name.clone() } else { format!("{name} — {tagline}") };
    let description = if tagline.is_empty() {
        let categories = ld.category_names.join(", ");
        order::fill(ld.t.get("home.meta_description"), &[("name", &name), ("categories", &categories)])
    } else {
        tagline.clone()
    };
    let mut meta = r.meta(ld, r.paths.single(Kind::Home), &title, &description);
    meta.image = r.default_image(ld);
    meta.jsonld = Some(vec![script_json(&r.organization_jsonld(ld))]);
    let products = &site.content.products;
    let mut featured: Vec<&Card> = (0..products.len()).filter(|&i| products[i].featured).map(|i| ld.card(i)).collect();
    if featured.is_empty() {
        featured = (0..products.len().min(8)).map(|i| ld.card(i)).collect();
    }
    let testimonials = r.testimonials(ld);
    let path = meta.path;
    r.emit(KIND.template, ld, path, &HomeContext { page: meta, featured, testimonials })
}
