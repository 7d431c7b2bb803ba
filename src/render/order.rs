//! The "how to order" page: steps, checklist, payment methods, shipping zones and carriers.

use super::kind::{never, single, Kind, Languages, PageKind};
use super::renderer::Renderer;
use super::shared::LangData;
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
    let zones = ld.shipping(site)["zones"].clone();
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
        "steps": steps(list_or_default(&pr.ordering.steps, "steps"), crate::order::step_vars(&pr.contact, &pr.payment_methods, ld.t)),
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

/// The steps with `{channels}` and `{payments}` filled from the profile (`crate::order::step_vars`).
fn steps(list: Value, vars: [(&str, String); 2]) -> Value {
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    match list {
        Value::Array(a) => {
            a.iter().map(|s| Value::from(crate::order::fill(s.as_str().unwrap_or_default(), &vars))).collect()
        }
        other => other,
    }
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
