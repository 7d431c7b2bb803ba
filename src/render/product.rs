//! The product page: photos, price, attributes, order links and share links, with Product JSON-LD.

use super::kind::{Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::{picture, LangData};
use super::Scope;
use crate::content::{Price, Product};
use crate::order;
use crate::routes::Routes;
use crate::seo::jsonld::{self, script_json};
use crate::site::Site;
use anyhow::Result;
use serde_json::{json, Value};

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Product,
    template: "product.html",
    paths,
    render,
    languages: Languages::Every,
    partial: |site, scope, i| match scope {
        Scope::All => true,
        Scope::Products { ids, .. } => ids.iter().any(|id| *id == site.content.products[i].id),
    },
    sitemap: Some(|site, i, _| site.content.products[i].updated),
};

fn paths(site: &Site, routes: &[Routes]) -> Result<Vec<Vec<String>>> {
    Ok(site
        .content
        .products
        .iter()
        .map(|p| routes.iter().enumerate().map(|(i, r)| r.product(&p.texts[i].slug)).collect())
        .collect())
}

fn render(r: &Renderer, ld: &LangData, i: usize) -> Result<()> {
    let site = r.site;
    let p = &site.content.products[i];
    let text = &p.texts[ld.idx];
    let cluster = &r.paths.of(Kind::Product)[i];
    let description = text.description.clone().unwrap_or_else(|| text.summary.clone());
    let mut meta = r.meta(ld, cluster, &text.title, &description);
    r.untranslated(ld, &mut meta, |j| p.texts[j].translated);
    let url = r.abs(&cluster[ld.idx]);
    let cat_idx = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
    let cat_path = &r.paths.of(Kind::Category)[cat_idx][ld.idx];
    let (crumbs, crumbs_ld) = r.crumbs(
        ld,
        &[(ld.category_names[cat_idx].clone(), cat_path.clone()), (text.title.clone(), cluster[ld.idx].clone())],
    );
    let price = ld.price(site, p);
    meta.insert("og_type".into(), "product".into());
    meta.insert("image".into(), r.share_image(ld, p));
    meta.insert("breadcrumbs".into(), crumbs);
    // A product without a price gets no Product markup: Google requires an offer (or real reviews), and
    // an offer with no price or a zero price would say "free".
    let jsonld = match p.price {
        Price::Amount(_) => vec![script_json(&product_jsonld(r, ld, p, &description, &url)), script_json(&crumbs_ld)],
        Price::OnRequest => vec![script_json(&crumbs_ld)],
    };
    meta.insert("jsonld".into(), jsonld.into());

    let vars = [("product", text.title.as_str()), ("sku", p.sku.as_str()), ("url", url.as_str())];
    let message = order::fill(ld.t.get("order.message"), &vars);
    let c = &site.profile.contact;
    let links = json!({
        "whatsapp": c.whatsapp.as_ref().map(|w| order::whatsapp(w, &message)),
        "messenger": c.messenger.as_ref().map(|m| order::messenger(m, Some(&p.sku))),
        "email": c.email.as_ref().map(|e| order::mailto(e, &order::fill(ld.t.get("order.email_subject"), &vars), &message)),
    });
    let share_img = meta["image"]["url"].as_str().unwrap_or_default().to_string();
    let share: Vec<Value> = crate::share::links(&url, &text.title, &share_img, &site.profile.share)
        .into_iter()
        .map(|l| json!({"network": l.network, "url": l.url, "label": ld.t.get(&format!("share.{}", l.network))}))
        .collect();
    let images: Vec<Value> =
        p.images.iter().zip(&text.image_alts).map(|(im, alt)| picture(&r.images.renditions[&im.src], alt)).collect();
    let product = json!({
        "title": text.title,
        "sku": p.sku,
        "body": text.html,
        "unit": text.unit,
        "min_order": p.min_order,
        "availability": p.availability.key(),
        "updated": p.updated.map(|d| d.to_string()),
        "updated_text": p.updated.map(|d| ld.dates.long(d)),
        "category": {"name": ld.category_names[cat_idx], "path": cat_path},
        "tags": text.tags,
        "images": images,
        "attributes": attributes(r, ld, p),
        "price": price,
        "order": links,
        "message": message,
        "share": share,
        // When this language shows the default language's text, say so for screen readers and checkers.
        "text_lang": (!text.translated).then(|| site.languages[0].code.clone()),
    });
    let related: Vec<&Value> =
        crate::listing::related(i, &ld.members[cat_idx], site.content.products.len(), crate::listing::RELATED)
            .into_iter()
            .map(|j| &ld.cards[j])
            .collect();
    r.emit(KIND.template, ld, meta, vec![("product", product), ("related", json!(related))])
}

fn attributes(r: &Renderer, ld: &LangData, p: &Product) -> Vec<Value> {
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
    rows.into_iter().map(|(label, value)| json!({"label": label, "value": value})).collect()
}

fn product_jsonld(r: &Renderer, ld: &LangData, p: &Product, description: &str, url: &str) -> Value {
    let site = r.site;
    // The largest JPEG of each photo, then the 1200×630 crop (Google likes several aspect ratios).
    let mut images: Vec<String> =
        p.images.iter().map(|im| r.abs(&r.images.renditions[&im.src].largest().fallback)).collect();
    if let Some(share) = r.images.share(&p.images[0].src, p.images[0].focus) {
        images.push(r.abs(&share.path));
    }
    let cur = &site.profile.currency;
    let amount = match p.price {
        Price::Amount(a) => Some(crate::money::machine_amount(a, cur)),
        Price::OnRequest => None,
    };
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
            offer: amount.as_deref().map(|a| (a, cur.as_str())),
        },
    )
}
