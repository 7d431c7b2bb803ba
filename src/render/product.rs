//! The product page: photos, price, attributes, order links and share links, with Product JSON-LD.

use super::kind::{Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::{picture, Card, LangData, Picture};
use super::Scope;
use crate::content::Product;
use crate::order;
use crate::pricing::PriceView;
use crate::routes::Routes;
use crate::seo::jsonld::{self, script_json};
use crate::site::Site;
use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Product,
    template: "product.html",
    paths,
    render,
    languages: Languages::Every,
    partial: |site, _, scope, i| match scope {
        Scope::All => true,
        // Its own page, and the pages that suggest a changed product (`related`, worked out from positions).
        Scope::Products { ids, moved, reflow, members, .. } => {
            let p = &site.content.products[i];
            let cat = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or_default();
            ids.contains(&p.id)
                || *reflow
                || moved.contains(&p.category)
                || scope.touches(
                    crate::listing::related(i, &members[cat], site.content.products.len(), crate::listing::RELATED)
                        .into_iter(),
                )
        }
    },
    sitemap: Some(|site, i, _| site.content.products[i].updated),
};

fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    // Each language's products folder is looked up once, not once per product (`Routes::product`).
    let folders: Vec<String> = routes.iter().map(|r| r.products()).collect();
    Ok(site
        .content
        .products
        .iter()
        .map(|p| folders.iter().zip(&p.texts).map(|(folder, text)| Routes::product_in(folder, &text.slug)).collect())
        .collect())
}

/// The variables of `product.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct ProductContext<'a> {
    pub page: Meta<'a>,
    pub product: ProductView<'a>,
    pub related: Vec<&'a Card<'a>>,
}

/// `product`: everything the product page shows of one product in one language.
#[derive(Serialize)]
pub(crate) struct ProductView<'a> {
    pub title: &'a str,
    pub sku: &'a str,
    pub body: &'a str,
    pub unit: Option<&'a str>,
    pub min_order: Option<u32>,
    pub availability: &'static str,
    pub updated: Option<String>,
    pub updated_text: Option<String>,
    pub category: CategoryLink<'a>,
    pub tags: &'a [String],
    pub images: Vec<Picture<'a>>,
    pub attributes: Vec<Attribute>,
    pub price: &'a PriceView<'a>,
    pub order: OrderLinks,
    pub message: String,
    pub share: Vec<ShareLink<'a>>,
    /// When this language shows the default language's text, say so for screen readers and checkers.
    pub text_lang: Option<&'a str>,
}

#[derive(Serialize)]
pub(crate) struct CategoryLink<'a> {
    pub name: &'a str,
    pub path: &'a str,
}

/// One row of the product's facts table.
#[derive(Serialize)]
pub(crate) struct Attribute {
    pub label: String,
    pub value: String,
}

/// The order hand-off links, each with the product's message filled in.
#[derive(Serialize)]
pub(crate) struct OrderLinks {
    pub whatsapp: Option<String>,
    pub messenger: Option<String>,
    pub email: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct ShareLink<'a> {
    pub network: &'a str,
    pub url: String,
    pub label: String,
}

fn render(r: &Renderer, ld: &LangData, i: usize) -> Result<()> {
    let site = r.site;
    let p = &site.content.products[i];
    let text = &p.texts[ld.idx];
    let cluster = &r.paths.of(Kind::Product)[i];
    let prose = text.prose.get()?;
    let description = text.description.clone().unwrap_or_else(|| prose.summary.clone());
    let mut meta = r.meta(ld, cluster, &text.title, &description);
    r.untranslated(ld, &mut meta, |j| p.texts[j].translated);
    let url = r.abs(&cluster[ld.idx]);
    let cat_idx = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
    let cat_path = &r.paths.of(Kind::Category)[cat_idx][ld.idx];
    let (crumbs, crumbs_ld) = r.crumbs(
        ld,
        &[(ld.category_names[cat_idx].clone(), cat_path.clone()), (text.title.clone(), cluster[ld.idx].clone())],
    );
    let price = ld.price(i);
    let share_image = r.share_image(ld, p);
    let share_img = share_image.url.clone();
    meta.og_type = "product";
    meta.image = Some(share_image);
    meta.breadcrumbs = Some(crumbs);
    // A product without a price gets no Product markup: Google requires an offer (or real reviews), and
    // an offer with no price or a zero price would say "free".
    meta.jsonld = Some(match price.amount() {
        Some(amount) => {
            vec![script_json(&product_jsonld(r, ld, p, &description, &url, amount)), script_json(&crumbs_ld)]
        }
        None => vec![script_json(&crumbs_ld)],
    });

    let vars = [("product", text.title.as_str()), ("sku", p.sku.as_str()), ("url", url.as_str())];
    let message = order::fill(ld.t.get("order.message"), &vars);
    let c = &site.profile.contact;
    let links = OrderLinks {
        whatsapp: c.whatsapp.as_ref().map(|w| order::whatsapp(w, &message)),
        messenger: c.messenger.as_ref().map(|m| order::messenger(m, Some(&p.sku))),
        email: c
            .email
            .as_ref()
            .map(|e| order::mailto(e, &order::fill(ld.t.get("order.email_subject"), &vars), &message)),
    };
    let share = crate::share::links(&url, &text.title, &share_img, &site.profile.share)
        .into_iter()
        .map(|l| ShareLink {
            network: l.network,
            url: l.url,
            label: ld.t.get(&format!("share.{}", l.network)).to_string(),
        })
        .collect();
    let images =
        p.images.iter().zip(&text.image_alts).map(|(im, alt)| picture(&r.images.renditions[&im.src], alt)).collect();
    let product = ProductView {
        title: &text.title,
        sku: &p.sku,
        body: &prose.html,
        unit: text.unit.as_deref(),
        min_order: p.min_order,
        availability: p.availability.key(),
        updated: p.updated.map(|d| d.to_string()),
        updated_text: p.updated.map(|d| ld.dates.long(d)),
        category: CategoryLink { name: &ld.category_names[cat_idx], path: cat_path },
        tags: &text.tags,
        images,
        attributes: attributes(r, ld, p),
        price,
        order: links,
        message,
        share,
        text_lang: (!text.translated).then_some(site.languages[0].code.as_str()),
    };
    let related =
        crate::listing::related(i, &ld.members[cat_idx], site.content.products.len(), crate::listing::RELATED)
            .into_iter()
            .map(|j| ld.card(j))
            .collect();
    let path = meta.path;
    r.emit(KIND.template, ld, path, &ProductContext { page: meta, product, related })
}

fn attributes(r: &Renderer, ld: &LangData, p: &Product) -> Vec<Attribute> {
    let text = &p.texts[ld.idx];
    let t = |k: &str| ld.t.get(&format!("product.{k}")).to_string();
    let mut rows: Vec<(String, String)> = Vec::new();
    if let Some(o) = &text.origin {
        rows.push((t("origin"), o.clone()));
    } else if let Some(c) = p.country_of_origin.as_deref().and_then(|c| ld.country(c)) {
        rows.push((t("origin"), c));
    }
    if !text.materials.is_empty() {
        rows.push((t("materials"), text.materials.join(", ")));
    }
    if let Some(d) = &text.dimensions {
        rows.push((t("dimensions"), d.clone()));
    }
    if let Some(w) = p.weight_kg {
        rows.push((t("weight"), format!("{} kg", ld.money.number(w, w.scale().min(2)))));
    }
    if let Some(m) = p.min_order {
        let unit = text.unit.clone().unwrap_or_default();
        // "2 × 1 kg bag": the unit may start with its own number, so the count is set apart.
        let shown = if unit.is_empty() { m.to_string() } else { format!("{m} × {unit}") };
        rows.push((t("min_order"), shown));
    }
    if let Some(h) = &p.hs_code {
        rows.push((t("hs_code"), h.clone()));
    }
    if !p.certifications.is_empty() {
        rows.push((
            t("certifications"),
            p.certifications.iter().map(|c| ld.text(r.site, c)).collect::<Vec<_>>().join(", "),
        ));
    }
    rows.into_iter().map(|(label, value)| Attribute { label, value }).collect()
}

fn product_jsonld(r: &Renderer, ld: &LangData, p: &Product, description: &str, url: &str, amount: &str) -> Value {
    let site = r.site;
    // The largest JPEG of each photo, then the 1200×630 crop (Google likes several aspect ratios).
    let mut images: Vec<String> =
        p.images.iter().map(|im| r.abs(&r.images.renditions[&im.src].largest().fallback)).collect();
    if let Some(share) = r.images.share(&p.images[0].src, p.images[0].focus) {
        images.push(r.abs(&share.path));
    }
    let cur = &site.profile.currency;
    let cat_idx = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
    jsonld::product(
        &site.profile,
        &jsonld::ProductFacts {
            product: p,
            text: &p.texts[ld.idx],
            url,
            description,
            images,
            brand: p.brand.clone().unwrap_or_else(|| ld.text(site, &site.profile.name)),
            category: &ld.category_names[cat_idx],
            offer: Some((amount, cur.as_str())),
        },
    )
}
