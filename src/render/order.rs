//! The "how to order" page: steps, checklist, payment methods, shipping zones and carriers.

use super::kind::{never, single, Kind, Languages, PageKind};
use super::renderer::{Meta, Renderer};
use super::shared::{LangData, ZoneView};
use crate::seo::jsonld::script_json;
use anyhow::Result;
use serde::Serialize;
use serde_json::Value;

pub(super) const KIND: PageKind = PageKind {
    kind: Kind::Order,
    template: "order.html",
    paths: |_, routes| single(routes, |r| r.order()),
    render,
    languages: Languages::Every,
    partial: never,
    sitemap: Some(|_, _, profile_date| profile_date),
};

/// The variables of `order.html` besides the shared ones.
#[derive(Serialize)]
pub(crate) struct OrderContext<'a> {
    pub page: Meta<'a>,
    pub order: OrderView<'a>,
}

/// `order`: how to order, pay and receive the goods.
#[derive(Serialize)]
pub(crate) struct OrderView<'a> {
    pub steps: Steps<'a>,
    pub checklist: Steps<'a>,
    pub ship_after_payment: bool,
    pub payments: Vec<PaymentView<'a>>,
    pub zones: Vec<ZoneView<'a>>,
    pub carriers: Vec<CarrierView<'a>>,
    pub duties: Option<String>,
    pub minimum_order: Option<String>,
    pub notes: Option<String>,
    pub template: &'a str,
}

/// The owner's own list in the page's language, or the theme's default list from the UI strings.
#[derive(Serialize)]
#[serde(untagged)]
pub(crate) enum Steps<'a> {
    Own(Vec<String>),
    Default(&'a Value),
}

#[derive(Serialize)]
pub(crate) struct PaymentView<'a> {
    #[serde(rename = "type")]
    pub kind: &'a str,
    pub provider: Option<&'a str>,
    pub currencies: &'a [String],
    pub note: Option<String>,
}

#[derive(Serialize)]
pub(crate) struct CarrierView<'a> {
    pub name: &'a str,
    /// The carrier's tracking page (its tracking URL without the number).
    pub url: Option<String>,
}

fn render(r: &Renderer, ld: &LangData, _: usize) -> Result<()> {
    let site = r.site;
    let pr = &site.profile;
    let cluster = r.paths.single(Kind::Order);
    let mut meta = r.meta(ld, cluster, ld.t.get("order.title"), ld.t.get("order.meta_description"));
    meta.image = r.default_image(ld);
    let (crumbs, crumbs_ld) = r.crumbs(ld, &[(ld.t.get("order.title").to_string(), cluster[ld.idx].clone())]);
    meta.breadcrumbs = Some(crumbs);
    meta.jsonld = Some(vec![script_json(&crumbs_ld)]);
    let list_or_default = |own: &[crate::text::Text], key: &str| -> Steps {
        if own.is_empty() {
            ld.t.tree.pointer(&format!("/order/{key}")).map_or(Steps::Own(Vec::new()), Steps::Default)
        } else {
            Steps::Own(own.iter().map(|t| ld.text(site, t)).collect())
        }
    };
    let payments = pr
        .payment_methods
        .iter()
        .map(|p| PaymentView {
            kind: &p.kind,
            provider: p.provider.as_deref(),
            currencies: &p.currencies,
            note: ld.opt_text(site, &p.note),
        })
        .collect();
    let carriers = pr
        .shipping
        .carriers
        .iter()
        .map(|c| CarrierView { name: &c.name, url: c.tracking_url.as_ref().map(|u| tracking_home(u)) })
        .collect();
    let order = OrderView {
        steps: filled(
            list_or_default(&pr.ordering.steps, "steps"),
            crate::order::step_vars(&pr.contact, &pr.payment_methods, ld.t),
        ),
        checklist: list_or_default(&pr.ordering.checklist, "checklist"),
        ship_after_payment: pr.ordering.ship_after_payment,
        payments,
        zones: ld.shipping(site).zones,
        carriers,
        duties: ld.opt_text(site, &pr.shipping.duties),
        minimum_order: ld.opt_text(site, &pr.shipping.minimum_order),
        notes: ld.opt_text(site, &pr.shipping.notes),
        template: ld.t.get("order.receipt_template"),
    };
    let path = meta.path;
    r.emit(KIND.template, ld, path, &OrderContext { page: meta, order })
}

/// The steps with `{channels}` and `{payments}` filled from the profile (`crate::order::step_vars`).
fn filled<'a>(steps: Steps<'a>, vars: [(&str, String); 2]) -> Steps<'a> {
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let fill = |s: &str| crate::order::fill(s, &vars);
    match steps {
        Steps::Own(list) => Steps::Own(list.iter().map(|s| fill(s)).collect()),
        Steps::Default(Value::Array(a)) => Steps::Own(a.iter().map(|s| fill(s.as_str().unwrap_or_default())).collect()),
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
