//! The "how to order" page: steps, checklist, payment methods, shipping zones and carriers.

use super::kind::{never, single, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
use crate::order;
use crate::seo::jsonld::script_json;
use anyhow::Result;
use serde_json::{json, Value};

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Order,
    template: "order.html",
    paths: |_, routes| single(routes, |r| r.order()),
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: Some(|_, _, profile_date| profile_date),
};

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let pr = &site.profile;
    let cluster = r.paths.single(Kind::Order);
    let mut meta = r.meta(ld, cluster, ld.t.get("order.title"), ld.t.get("order.meta_description"));
    if let Some(img) = r.default_image(ld) {
        meta.insert("image".into(), img);
    }
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(ld.t.get("order.title").to_string(), cluster[ld.idx].clone())]);
    meta.insert("breadcrumbs".into(), crumbs);
    meta.insert("jsonld".into(), json!([script_json(&crumbs_ld)]));
    let list_or_default = |own: &[crate::text::Text], key: &str| -> Value {
        if own.is_empty() {
            ld.t.tree.pointer(&format!("/order/{key}")).cloned().unwrap_or_else(|| json!([]))
        } else {
            own.iter().map(|t| ld.text(site, t)).collect::<Vec<_>>().into()
        }
    };
    let payments: Vec<Value> = pr
        .payment_methods
        .iter()
        .map(|p| json!({"type": p.kind, "provider": p.provider, "currencies": p.currencies, "note": ld.opt_text(site, &p.note)}))
        .collect();
    let zones: Vec<Value> = pr
        .shipping
        .zones
        .iter()
        .map(|z| {
            let cost = z.cost.as_ref().map(|c| {
                let cur = c.currency.clone().unwrap_or_else(|| pr.currency.clone()).to_uppercase();
                ld.money.exact(c.amount, &cur)
            });
            let countries: Vec<Value> =
                z.countries.iter().map(|c| json!({"code": c, "name": ld.country(c)})).collect();
            json!({
                "name": ld.text(site, &z.name), "countries": countries, "carriers": z.carriers,
                "days": z.delivery_days.map(|[a, b]| order::fill(ld.t.get("order.days"), &[("min", &a.to_string()), ("max", &b.to_string())])),
                "cost": cost, "cost_note": ld.opt_text(site, &z.cost_note),
            })
        })
        .collect();
    let carriers: Vec<Value> = pr
        .shipping
        .carriers
        .iter()
        .map(|c| {
            let home = c.tracking_url.as_ref().map(|u| tracking_home(u));
            json!({"name": c.name, "url": home})
        })
        .collect();
    let data = json!({
        "steps": list_or_default(&pr.ordering.steps, "steps"),
        "checklist": list_or_default(&pr.ordering.checklist, "checklist"),
        "ship_after_payment": pr.ordering.ship_after_payment,
        "payments": payments,
        "zones": zones,
        "carriers": carriers,
        "duties": ld.opt_text(site, &pr.shipping.duties),
        "minimum_order": ld.opt_text(site, &pr.shipping.minimum_order),
        "notes": ld.opt_text(site, &pr.shipping.notes),
        "template": ld.t.get("order.receipt_template"),
    });
    r.emit(KIND.template, ld, meta, vec![("order", data)])
}

/// A tracking URL template without the number: the carrier's tracking page.
fn tracking_home(template: &str) -> String {
    let cut = template.split("{tracking}").next().unwrap_or(template);
    match cut.split_once('?') {
        // The number goes in the query: the page itself is the tracking form.
        Some((page, _)) => page.to_string(),
        None => cut.to_string(),
    }
}
