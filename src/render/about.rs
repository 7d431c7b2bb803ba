//! The "about us" page: the company's story, markets, certifications, memberships, testimonials and policies.

use super::kind::{never, single, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use crate::markdown;
use crate::seo::jsonld::script_json;
use anyhow::Result;
use serde_json::json;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::About,
    template: "about.html",
    paths: |_, routes| single(routes, |r| r.about()),
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: Some(|_, _, profile_date| profile_date),
};

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let pr = &site.profile;
    let cluster = r.paths.single(Kind::About);
    let story = ld.opt_text(site, &pr.story).map(|s| markdown::render(&s));
    let name = ld.text(site, &pr.name);
    let description =
        story.as_ref().map(|s| s.summary.clone()).or(ld.opt_text(site, &pr.tagline)).unwrap_or_else(|| name.clone());
    let mut meta = r.meta(ld, cluster, &format!("{} | {name}", ld.t.get("about.title")), &description);
    if let Some(img) = r.default_image(ld) {
        meta.insert("image".into(), img);
    }
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(ld.t.get("about.title").to_string(), cluster[ld.idx].clone())]);
    meta.insert("breadcrumbs".into(), crumbs);
    meta.insert("jsonld".into(), json!([script_json(&r.organization_jsonld(ld)), script_json(&crumbs_ld)]));
    let md = |t: &Option<crate::text::Text>| ld.opt_text(site, t).map(|s| markdown::render(&s).html);
    let data = json!({
        "story": story.map(|s| s.html),
        "markets": pr.markets.iter().map(|c| json!({"code": c, "name": ld.country(c)})).collect::<Vec<_>>(),
        "certifications": pr.certifications.iter().map(|c| json!({"name": ld.text(site, &c.name), "issuer": c.issuer, "id": c.id, "url": c.url, "year": c.year})).collect::<Vec<_>>(),
        "memberships": pr.memberships.iter().map(|m| json!({"name": ld.text(site, &m.name), "url": m.url, "since": m.since})).collect::<Vec<_>>(),
        "testimonials": r.testimonials(ld),
        "returns": md(&pr.legal.returns),
        "terms": md(&pr.legal.terms),
    });
    r.emit(KIND.template, ld, meta, vec![("about", data)])
}
