//! A category page: its description and the cards of its first products (`listing.rs` renders it and the
//! pages after it).

use super::kind::{Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use super::Scope;
use crate::routes::Routes;
use crate::site::Site;
use anyhow::{bail, Result};

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Category,
    template: "category.html",
    paths,
    render,
    languages: Languages::Every,
    partial: |site, _, scope, i| match scope {
        Scope::All => true,
        // Page 1 of the category's listing: see `listing::KIND`.
        Scope::Products { moved, members, .. } => {
            moved.contains(&site.profile.categories[i].id)
                || scope.touches(super::listing::page_of(site, members[i].iter().copied(), 1))
        }
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

/// Page 1 of the category's listing (the pages after it are `listing.rs` items).
fn render(r: &Renderer, ld: &LangData, c: usize) -> Result<()> {
    super::listing::render(r, ld, Some(c), 1)
}
