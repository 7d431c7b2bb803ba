//! The "about us" page: the company's story, markets, certifications, memberships, testimonials and policies.

use super::kind::{never, single, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer, TestimonialView};
use super::shared::{CountryView, LangData};
use crate::seo::jsonld::script_json;
use anyhow::Result;
use serde::Serialize;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::About,
    template: "about.html",
    paths: |_, routes| single(routes, |r| r.about()),
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: Some(|_, _, profile_date| profile_date),
};

/// The variables of `about.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct AboutContext<'a> {
    pub page: Meta<'a>,
    pub about: AboutView<'a>,
}

/// `about`: the company's story and credentials in the page's language.
#[derive(Serialize)]
pub(crate) struct AboutView<'a> {
    pub story: Option<&'a str>,
    pub markets: Vec<CountryView<'a>>,
    pub certifications: Vec<CertificationView<'a>>,
    pub memberships: Vec<MembershipView<'a>>,
    pub testimonials: Vec<TestimonialView<'a>>,
    pub returns: Option<&'a str>,
    pub terms: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct CertificationView<'a> {
    pub name: String,
    pub issuer: Option<&'a str>,
    pub id: Option<&'a str>,
    pub url: Option<&'a str>,
    pub year: Option<i32>,
}

#[derive(Serialize)]
pub(crate) struct MembershipView<'a> {
    pub name: String,
    pub url: Option<&'a str>,
    pub since: Option<i32>,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let pr = &site.profile;
    let cluster = r.paths.single(Kind::About);
    let prose = &site.prose[ld.idx];
    let story = prose.story.as_ref();
    let name = ld.text(site, &pr.name);
    let description =
        story.as_ref().map(|s| s.summary.clone()).or(ld.opt_text(site, &pr.tagline)).unwrap_or_else(|| name.clone());
    let mut meta = r.meta(ld, cluster, &format!("{} | {name}", ld.t.get("about.title")), &description);
    meta.image = r.default_image(ld);
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(ld.t.get("about.title").to_string(), cluster[ld.idx].clone())]);
    meta.breadcrumbs = Some(crumbs);
    meta.jsonld = Some(vec![script_json(&r.organization_jsonld(ld)), script_json(&crumbs_ld)]);
    let about = AboutView {
        story: story.map(|s| s.html.as_str()),
        markets: pr.markets.iter().map(|c| CountryView { code: c, name: ld.country(c) }).collect(),
        certifications: pr
            .certifications
            .iter()
            .map(|c| CertificationView {
                name: ld.text(site, &c.name),
                issuer: c.issuer.as_deref(),
                id: c.id.as_deref(),
                url: c.url.as_deref(),
                year: c.year,
            })
            .collect(),
        memberships: pr
            .memberships
            .iter()
            .map(|m| MembershipView { name: ld.text(site, &m.name), url: m.url.as_deref(), since: m.since })
            .collect(),
        testimonials: r.testimonials(ld),
        returns: prose.returns.as_deref(),
        terms: prose.terms.as_deref(),
    };
    let path = meta.path;
    r.emit(KIND.template, ld, path, &AboutContext { page: meta, about })
}
