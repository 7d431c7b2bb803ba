//! A category page: its description and the cards of its products.

use super::kind::{Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use super::Scope;
use crate::routes::Routes;
use crate::seo::jsonld::script_json;
use crate::site::Site;
use anyhow::{bail, Result};
use serde_json::{json, Value};

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Category,
    template: "category.html",
    paths,
    render,
    languages: Languages::Every,
    partial: |site, scope, i| match scope {
        Scope::All => true,
        Scope::Products { categories, .. } => categories.iter().any(|c| *c == site.profile.categories[i].id),
    },
    // The newest of its products, or the profile if that is newer (it holds the category's name).
    sitemap: Some(|site, i, profile_date| {
        let id = &site.profile.categories[i].id;
        let d = site.content.products.iter().filter(|x| x.category == *id).filter_map(|x| x.updated).max();
        d.max(profile_date)
    }),
};

fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    let default = &site.languages[0].code;
    let mut categories = Vec::new();
    for c in &site.profile.categories {
        let mut per_lang = Vec::new();
        for r in routes {
            let slug =
                c.slug.as_ref().map(|s| s.get(&r.lang.code, default).to_string()).unwrap_or_else(|| c.id.clone());
            if !crate::config::is_slug(&slug) {
                let example = crate::content::documents::suggest_slug(&slug);
                bail!(crate::msg!(
                    "render-bad-category-slug",
                    category = c.id,
                    lang = r.lang.name,
                    slug = slug,
                    example = example
                ));
            }
            per_lang.push(r.category(&slug));
        }
        categories.push(per_lang);
    }
    Ok(categories)
}

fn render(r: &Renderer, ld: &LangData, c: usize) -> Result<()> {
    let site = r.site;
    let cat = &site.profile.categories[c];
    let cluster = &r.paths.of(Kind::Category)[c];
    let name = &ld.category_names[c];
    let description = ld.opt_text(site, &cat.description).unwrap_or_default();
    let site_name = ld.text(site, &site.profile.name);
    let meta_desc = if description.is_empty() { format!("{name} — {site_name}") } else { description.clone() };
    let mut meta = r.meta(ld, cluster, &format!("{name} | {site_name}"), &meta_desc);
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(name.clone(), cluster[ld.idx].clone())]);
    meta.insert("breadcrumbs".into(), crumbs);
    meta.insert("jsonld".into(), json!([script_json(&crumbs_ld)]));
    let products: Vec<&Value> = ld.cards.iter().filter(|card| card["category"] == cat.id.as_str()).collect();
    if let Some(first) = site.content.products.iter().find(|p| p.category == cat.id) {
        meta.insert("image".into(), r.share_image(ld, first));
    }
    let category = json!({"name": name, "description": description, "products": products});
    r.emit(KIND.template, ld, meta, vec![("category", category)])
}
