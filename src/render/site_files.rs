//! The site-wide outputs beside the pages: the sitemap (clusters from the table of page kinds), robots.txt and
//! each language's product feeds (the product → feed-item mapping).

use super::kind::{Kind, Paths};
use super::renderer::Renderer;
use super::shared::LangData;
use super::splice::Splice;
use crate::seo;
use anyhow::Result;
use rayon::prelude::*;

/// `sitemap.xml` (or an index over several) with every page of every kind that is in the sitemap, each with
/// its translations as hreflang alternates, then `robots.txt`.
pub(super) fn sitemap_and_robots(r: &Renderer, paths: &Paths) -> Result<()> {
    let site = r.site;
    let profile_date = std::fs::metadata(site.root.join(crate::config::PROFILE_FILE))
        .and_then(|m| m.modified())
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
    let mut entries = Vec::new();
    for kind in super::KINDS {
        let Some(lastmod) = kind.sitemap else { continue };
        for (i, cluster) in paths.of(kind.kind).iter().enumerate() {
            let date = lastmod(site, i, profile_date);
            // A page whose text fell back to the first language is left out, and out of its translations'
            // alternates.
            let own: Vec<bool> = (0..cluster.len()).map(|l| translated(site, kind.kind, i, l)).collect();
            let alternates: Vec<(String, String)> = site
                .languages
                .iter()
                .zip(cluster)
                .zip(&own)
                .filter(|(_, t)| **t)
                .map(|((l, path), _)| (l.hreflang.clone(), r.abs(path)))
                .collect();
            for (path, _) in cluster.iter().zip(&own).filter(|(_, t)| **t) {
                entries.push(seo::SitemapEntry {
                    loc: r.abs(path),
                    lastmod: date.map(|d| d.to_string()),
                    alternates: alternates.clone(),
                    x_default: r.abs(&cluster[0]),
                });
            }
        }
    }
    let base = &site.profile.base_url;
    if entries.len() <= seo::SITEMAP_LIMIT {
        urlset(r, "sitemap.xml".to_string(), &entries)?;
    } else {
        let chunks: Vec<&[seo::SitemapEntry]> = entries.chunks(seo::SITEMAP_LIMIT).collect();
        for (i, chunk) in chunks.iter().enumerate() {
            urlset(r, seo::sitemap_file(i), chunk)?;
        }
        r.out.write_owned("sitemap.xml", seo::sitemap_index(base, chunks.len()).into_bytes())?;
    }
    r.out.write("robots.txt", seo::robots(base).as_bytes())
}

/// One sitemap file of `entries`, its unchanged `<url>`s copied from the last build's (`super::splice`).
fn urlset(r: &Renderer, rel: String, entries: &[seo::SitemapEntry]) -> Result<()> {
    let keys: Vec<[u8; 16]> = entries.par_iter().map(|e| e.key()).collect();
    let mut file = Splice::new(r, rel, entries.len() * 400);
    file.text(seo::URLSET_HEAD.as_bytes());
    for (e, key) in entries.iter().zip(&keys) {
        file.piece(*key, |out| {
            let mut s = String::with_capacity(400);
            seo::url(&mut s, e);
            out.extend_from_slice(s.as_bytes());
            Ok(())
        })?;
    }
    file.text(seo::URLSET_TAIL.as_bytes());
    file.finish(r)
}

/// Whether item `i` of a kind has its own text in language `lang` (products and free pages can fall back).
fn translated(site: &crate::site::Site, kind: Kind, i: usize, lang: usize) -> bool {
    match kind {
        Kind::Product => site.content.products[i].texts[lang].translated,
        Kind::Page => site.content.pages[i].texts[lang].translated,
        _ => true,
    }
}

/// The Meta catalog CSV and the Google Merchant RSS feed of one language, at `feeds/meta-<lang>.csv`
/// and `feeds/google-<lang>.xml`.
pub(super) fn feeds(r: &Renderer, ld: &LangData) -> Result<()> {
    let site = r.site;
    let brand = ld.text(site, &site.profile.name);
    let product_paths = r.paths.of(Kind::Product);
    let items: Vec<crate::feeds::FeedItem> = site
        .content
        .products
        .par_iter()
        .enumerate()
        .filter_map(|(i, p)| {
            // Products with their price on request are left out: feeds require a price.
            let amount = crate::pricing::base_amount(&site.profile, p)?;
            let text = &p.texts[ld.idx];
            // Feeds want the full description; the front-matter one is a short meta description.
            let plain = text.prose.plain_key();
            let (description, plain) = match text.prose.here() {
                _ if plain.empty => (text.description.as_deref().unwrap_or_default(), None),
                Some(made) => (made.plain.as_str(), Some((plain, None))),
                None => ("", Some((plain, Some(&text.prose)))),
            };
            let renditions: Vec<String> =
                p.images.iter().map(|im| r.abs(&r.images.renditions[&im.src].largest().fallback)).collect();
            let cat = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
            Some(crate::feeds::FeedItem {
                id: &p.sku,
                title: &text.title,
                description,
                plain,
                link: r.abs(&product_paths[i][ld.idx]),
                image: renditions[0].clone(),
                additional_images: renditions[1..].to_vec(),
                availability: p.availability,
                price: format!("{amount} {}", site.profile.currency),
                brand: p.brand.as_deref().unwrap_or(&brand),
                product_type: &ld.category_names[cat],
                gtin: p.gtin.as_deref(),
                mpn: p.mpn.as_deref(),
                weight_kg: p.weight_kg.map(|w| w.normalize().to_string()),
            })
        })
        .collect();
    let keys: Vec<[u8; 16]> = items.par_iter().map(|it| it.key()).collect();
    let code = &ld.lang.code;
    let channel = crate::feeds::Channel {
        title: &brand,
        link: &r.abs(&r.paths.single(Kind::Home)[ld.idx]),
        description: &ld.opt_text(site, &site.profile.tagline).unwrap_or_default(),
        language: &ld.lang.hreflang,
    };
    let (meta, google) = rayon::join(
        || {
            let size = crate::feeds::size_of(&items, crate::feeds::META_MARKUP);
            let mut file = Splice::new(r, format!("feeds/meta-{code}.csv"), size);
            file.text(&crate::feeds::meta_head());
            for (it, key) in items.iter().zip(&keys) {
                file.piece(*key, |out| it.described(|it| crate::feeds::meta_row(out, it)))?;
            }
            file.finish(r)
        },
        || {
            let size = crate::feeds::size_of(&items, crate::feeds::GOOGLE_MARKUP);
            let mut file = Splice::new(r, format!("feeds/google-{code}.xml"), size);
            file.text(crate::feeds::google_head(&channel).as_bytes());
            for (it, key) in items.iter().zip(&keys) {
                file.piece(*key, |out| {
                    it.described(|it| {
                        let mut s = String::with_capacity(it.size() + crate::feeds::GOOGLE_MARKUP);
                        crate::feeds::google_item(&mut s, it);
                        out.extend_from_slice(s.as_bytes());
                    })
                })?;
            }
            file.text(crate::feeds::GOOGLE_TAIL.as_bytes());
            file.finish(r)
        },
    );
    meta.and(google)
}
