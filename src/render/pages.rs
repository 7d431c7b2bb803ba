//! One function per kind of page. Each builds only the page's own data and renders it.

use super::views::{picture, LangData, Paths};
use crate::content::{Price, Product};
use crate::images::Images;
use crate::markdown::{self, truncate_words};
use crate::order;
use crate::output::Sink;
use crate::routes::{absolute, file_for, root_from};
use crate::seo::{self, put, script_json, Crumb};
use crate::site::Site;
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use serde_json::{json, Map, Value};

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub tpl: &'a super::Templates,
    pub out: &'a dyn Sink,
    pub paths: &'a Paths,
    pub images: &'a Images,
    /// Pages whose template ran in this build (the others were unchanged since the previous build).
    pub rendered: std::sync::atomic::AtomicUsize,
}

const DESCRIPTION_CHARS: usize = 155;

impl Renderer<'_> {
    fn abs(&self, path: &str) -> String {
        absolute(&self.site.profile.base_url, path)
    }

    /// What every page has: title, description, canonical URL, translations (for the switcher, hreflang
    /// and `og:locale:alternate`) and the relative way back to the site root.
    fn meta(&self, ld: &LangData, cluster: &[String], title: &str, description: &str) -> Map<String, Value> {
        let path = &cluster[ld.idx];
        let alternates: Vec<Value> = self
            .site
            .languages
            .iter()
            .enumerate()
            .map(|(j, l)| {
                json!({
                    "code": l.code, "hreflang": l.hreflang, "name": l.name, "og_locale": l.og_locale,
                    "path": cluster[j], "url": self.abs(&cluster[j]), "current": j == ld.idx,
                })
            })
            .collect();
        let mut m = Map::new();
        m.insert("title".into(), title.into());
        m.insert("description".into(), truncate_words(description, DESCRIPTION_CHARS).into());
        m.insert("path".into(), path.as_str().into());
        m.insert("url".into(), self.abs(path).into());
        m.insert("root".into(), root_from(path).into());
        m.insert("alternates".into(), alternates.into());
        m.insert("x_default".into(), self.abs(&cluster[0]).into());
        m.insert("og_type".into(), "website".into());
        m
    }

    /// The 1200×630 share image of a product (its first photo, cropped around the focal point).
    fn share_image(&self, ld: &LangData, p: &Product) -> Value {
        let first = &p.images[0];
        let share = self.images.share(&first.src, first.focus).expect("planned for every product");
        json!({"url": self.abs(&share.path), "alt": p.texts[ld.idx].image_alts[0], "width": share.width, "height": share.height, "type": "image/jpeg"})
    }

    /// The image used for pages without one of their own: the first featured product's share image.
    fn default_image(&self, ld: &LangData) -> Option<Value> {
        let products = &self.site.content.products;
        products.iter().find(|p| p.featured).or(products.first()).map(|p| self.share_image(ld, p))
    }

    fn emit(&self, template: &str, ld: &LangData, meta: Map<String, Value>, extra: Vec<(&str, Value)>) -> Result<()> {
        let path = meta["path"].as_str().unwrap_or_default().to_string();
        let mut own = Map::new();
        own.insert("page".into(), Value::Object(meta));
        for (k, v) in extra {
            own.insert(k.into(), v);
        }
        let own = Value::Object(own);
        // Templates + shared data of the language + the page's own data determine the page completely.
        let mut h = blake3::Hasher::new();
        h.update(&self.tpl.fingerprint);
        h.update(template.as_bytes());
        h.update(&ld.base_hash);
        serde_json::to_writer(&mut h, &own).expect("hashing JSON cannot fail");
        let mut input = [0u8; 16];
        input.copy_from_slice(&h.finalize().as_bytes()[..16]);
        let file = file_for(&path);
        let render = Box::new(move || {
            // The page's own data is moved into the context, not serialised again; only the shared part is copied.
            let mut ctx = ld.base.clone();
            ctx.extend(tera::Context::from_value(own).expect("an object is a valid context"));
            self.tpl
                .render(template, &ctx)
                .with_context(|| crate::msg!("render-page-failed", path = path, template = template))
        });
        if self.out.write_rendered(&file, input, render)? {
            self.rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    fn crumbs(&self, ld: &LangData, trail: &[(String, String)]) -> (Value, Value) {
        let mut list = vec![(ld.t.get("nav.home").to_string(), self.paths.home[ld.idx].clone())];
        list.extend(trail.iter().cloned());
        let visible: Vec<Value> = list.iter().map(|(n, p)| json!({"name": n, "path": p})).collect();
        let crumbs: Vec<Crumb> = list.iter().map(|(n, p)| Crumb { name: n.clone(), url: self.abs(p) }).collect();
        (visible.into(), seo::breadcrumbs(&crumbs))
    }

    pub fn product(&self, ld: &LangData, i: usize, p: &Product) -> Result<()> {
        let site = self.site;
        let text = &p.texts[ld.idx];
        let cluster = &self.paths.products[i];
        let description = text.description.clone().unwrap_or_else(|| text.summary.clone());
        let mut meta = self.meta(ld, cluster, &text.title, &description);
        let url = meta["url"].as_str().unwrap_or_default().to_string();
        let cat_idx = site.profile.categories.iter().position(|c| c.id == p.category).expect("checked on load");
        let cat_path = &self.paths.categories[cat_idx][ld.idx];
        let (crumbs, crumbs_ld) = self.crumbs(
            ld,
            &[(ld.category_names[cat_idx].clone(), cat_path.clone()), (text.title.clone(), cluster[ld.idx].clone())],
        );
        let price = ld.price(site, p);
        meta.insert("og_type".into(), "product".into());
        meta.insert("image".into(), self.share_image(ld, p));
        meta.insert("breadcrumbs".into(), crumbs);
        // A product without a price gets no Product markup: Google requires an offer (or real reviews), and
        // an offer with no price or a zero price would say "free".
        let jsonld = match p.price {
            Price::Amount(_) => {
                vec![script_json(&self.product_jsonld(ld, p, &description, &url)), script_json(&crumbs_ld)]
            }
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
        let images: Vec<Value> = p
            .images
            .iter()
            .zip(&text.image_alts)
            .map(|(im, alt)| picture(&self.images.renditions[&im.src], alt))
            .collect();
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
            "attributes": self.attributes(ld, p),
            "price": price,
            "order": links,
            "message": message,
            "share": share,
            // When this language shows the default language's text, say so for screen readers and checkers.
            "text_lang": (!text.translated).then(|| site.languages[0].code.clone()),
        });
        self.emit("product.html", ld, meta, vec![("product", product)])
    }

    fn attributes(&self, ld: &LangData, p: &Product) -> Vec<Value> {
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
            rows.push((t("min_order"), format!("{m} {unit}").trim().to_string()));
        }
        if let Some(h) = &p.hs_code {
            rows.push((t("hs_code"), h.clone()));
        }
        if !p.certifications.is_empty() {
            rows.push((t("certifications"), p.certifications.join(", ")));
        }
        rows.into_iter().map(|(label, value)| json!({"label": label, "value": value})).collect()
    }

    fn product_jsonld(&self, ld: &LangData, p: &Product, description: &str, url: &str) -> Value {
        let site = self.site;
        let text = &p.texts[ld.idx];
        let mut m = Map::new();
        m.insert("@context".into(), "https://schema.org".into());
        m.insert("@type".into(), "Product".into());
        m.insert("@id".into(), format!("{url}#product").into());
        m.insert("name".into(), text.title.clone().into());
        // The largest JPEG of each photo, then the 1200×630 crop (Google likes several aspect ratios).
        let mut images: Vec<String> =
            p.images.iter().map(|im| self.abs(&self.images.renditions[&im.src].largest().fallback)).collect();
        if let Some(share) = self.images.share(&p.images[0].src, p.images[0].focus) {
            images.push(self.abs(&share.path));
        }
        m.insert("image".into(), images.into());
        put(&mut m, "description", truncate_words(description, 5000));
        m.insert("sku".into(), p.sku.clone().into());
        put(&mut m, "mpn", p.mpn.clone());
        put(&mut m, "gtin", p.gtin.clone());
        let brand = p.brand.clone().unwrap_or_else(|| ld.text(site, &site.profile.name));
        m.insert("brand".into(), json!({"@type": "Brand", "name": brand}));
        put(
            &mut m,
            "category",
            ld.category_names[site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0)].clone(),
        );
        if let Some(c) = &p.country_of_origin {
            m.insert("countryOfOrigin".into(), json!({"@type": "Country", "name": c}));
        }
        put(&mut m, "material", text.materials.join(", "));
        if let Some(w) = p.weight_kg {
            m.insert("weight".into(), json!({"@type": "QuantitativeValue", "value": w.to_string().parse::<f64>().unwrap_or(0.0), "unitCode": "KGM"}));
        }
        if let Price::Amount(amount) = p.price {
            let cur = &site.profile.currency;
            let mut offer = Map::new();
            offer.insert("@type".into(), "Offer".into());
            offer.insert("url".into(), url.into());
            offer.insert("price".into(), crate::money::machine_amount(amount, cur).into());
            offer.insert("priceCurrency".into(), cur.clone().into());
            offer.insert("availability".into(), seo::schema_availability(p.availability.key()).into());
            offer.insert("itemCondition".into(), "https://schema.org/NewCondition".into());
            offer.insert("seller".into(), json!({"@id": format!("{}#org", site.profile.base_url)}));
            let shipping = self.shipping_details(cur);
            if !shipping.is_empty() {
                offer.insert("shippingDetails".into(), shipping.into());
            }
            if let Some(min) = p.min_order.filter(|m| *m > 1) {
                offer.insert(
                    "eligibleQuantity".into(),
                    json!({"@type": "QuantitativeValue", "minValue": min, "unitCode": "H87"}),
                );
            }
            m.insert("offers".into(), offer.into());
        }
        m.into()
    }

    /// `OfferShippingDetails` for the profile's zones that list countries and a cost in the offer's currency
    /// (Google requires the shipping rate in the same currency as the price).
    fn shipping_details(&self, currency: &str) -> Vec<Value> {
        self.site
            .profile
            .shipping
            .zones
            .iter()
            .filter(|z| !z.countries.is_empty())
            .filter_map(|z| {
                let cost = z.cost.as_ref()?;
                if cost.currency.as_deref().map(str::to_uppercase).is_some_and(|c| c != currency) {
                    return None;
                }
                let regions: Vec<Value> =
                    z.countries.iter().map(|c| json!({"@type": "DefinedRegion", "addressCountry": c})).collect();
                let mut details = json!({
                    "@type": "OfferShippingDetails",
                    "shippingRate": {"@type": "MonetaryAmount", "value": crate::money::machine_amount(cost.amount, currency), "currency": currency},
                    "shippingDestination": regions,
                });
                if let Some([min, max]) = z.delivery_days {
                    details["deliveryTime"] = json!({
                        "@type": "ShippingDeliveryTime",
                        "transitTime": {"@type": "QuantitativeValue", "minValue": min, "maxValue": max, "unitCode": "DAY"},
                    });
                }
                Some(details)
            })
            .collect()
    }

    pub fn category(&self, ld: &LangData, c: usize) -> Result<()> {
        let site = self.site;
        let cat = &site.profile.categories[c];
        let cluster = &self.paths.categories[c];
        let name = &ld.category_names[c];
        let description = ld.opt_text(site, &cat.description).unwrap_or_default();
        let site_name = ld.text(site, &site.profile.name);
        let meta_desc = if description.is_empty() { format!("{name} — {site_name}") } else { description.clone() };
        let mut meta = self.meta(ld, cluster, &format!("{name} | {site_name}"), &meta_desc);
        let (crumbs, crumbs_ld) = self.crumbs(ld, &[(name.clone(), cluster[ld.idx].clone())]);
        meta.insert("breadcrumbs".into(), crumbs);
        meta.insert("jsonld".into(), json!([script_json(&crumbs_ld)]));
        let products: Vec<&Value> = ld.cards.iter().filter(|card| card["category"] == cat.id.as_str()).collect();
        if let Some(first) = site.content.products.iter().find(|p| p.category == cat.id) {
            meta.insert("image".into(), self.share_image(ld, first));
        }
        let category = json!({"name": name, "description": description, "products": products});
        self.emit("category.html", ld, meta, vec![("category", category)])
    }

    pub fn free_page(&self, ld: &LangData, g: usize) -> Result<()> {
        let page = &self.site.content.pages[g];
        let text = &page.texts[ld.idx];
        let body = markdown::render(&text.body);
        let description = text.description.clone().unwrap_or_else(|| body.summary.clone());
        let mut meta = self.meta(ld, &self.paths.pages[g], &text.title, &description);
        if let Some(img) = self.default_image(ld) {
            meta.insert("image".into(), img);
        }
        let text_lang = (!text.translated).then(|| self.site.languages[0].code.clone());
        self.emit(
            "page.html",
            ld,
            meta,
            vec![("content", json!({"title": text.title, "body": body.html, "text_lang": text_lang}))],
        )
    }

    pub fn home(&self, ld: &LangData) -> Result<()> {
        let site = self.site;
        let name = ld.text(site, &site.profile.name);
        let tagline = ld.opt_text(site, &site.profile.tagline).unwrap_or_default();
        let title = if tagline.is_empty() { name.clone() } else { format!("{name} — {tagline}") };
        let description = if tagline.is_empty() {
            let categories = ld.category_names.join(", ");
            order::fill(ld.t.get("home.meta_description"), &[("name", &name), ("categories", &categories)])
        } else {
            tagline.clone()
        };
        let mut meta = self.meta(ld, &self.paths.home, &title, &description);
        if let Some(img) = self.default_image(ld) {
            meta.insert("image".into(), img);
        }
        meta.insert("jsonld".into(), json!([script_json(&self.organization_jsonld(ld))]));
        let mut featured: Vec<&Value> = ld.cards.iter().filter(|c| c["featured"] == true).collect();
        if featured.is_empty() {
            featured = ld.cards.iter().take(8).collect();
        }
        let testimonials = self.testimonials(ld);
        self.emit("home.html", ld, meta, vec![("featured", json!(featured)), ("testimonials", testimonials)])
    }

    fn testimonials(&self, ld: &LangData) -> Value {
        self.site
            .profile
            .testimonials
            .iter()
            .map(|t| {
                json!({
                    "quote": ld.text(self.site, &t.quote), "author": t.author,
                    "country": t.country.as_deref().and_then(|c| ld.country(c)), "date": t.date, "source": t.source,
                    "date_text": t.date.as_deref().map(|d| crate::dates::display(d, &ld.lang.locale)),
                })
            })
            .collect::<Vec<_>>()
            .into()
    }

    fn organization_jsonld(&self, ld: &LangData) -> Value {
        let site = self.site;
        let pr = &site.profile;
        let mut m = Map::new();
        m.insert("@context".into(), "https://schema.org".into());
        m.insert("@type".into(), "Organization".into());
        m.insert("@id".into(), format!("{}#org", pr.base_url).into());
        m.insert("name".into(), ld.text(site, &pr.name).into());
        put(
            &mut m,
            "legalName",
            pr.legal_name.clone().map(|n| match &pr.legal_form {
                Some(f) => format!("{n}, {f}"),
                None => n,
            }),
        );
        m.insert("url".into(), pr.base_url.clone().into());
        if let Some(logo) = &self.images.logo {
            m.insert("logo".into(), self.abs(&logo.largest().fallback).into());
        }
        put(&mut m, "description", ld.opt_text(site, &pr.tagline));
        if let Some(f) = pr.founded {
            m.insert("foundingDate".into(), f.to_string().into());
        }
        if let Some(l) = &pr.location {
            let mut a = Map::new();
            a.insert("@type".into(), "PostalAddress".into());
            if l.show_street {
                put(&mut a, "streetAddress", l.street.clone());
                put(&mut a, "postalCode", l.postal_code.clone());
            }
            put(&mut a, "addressLocality", l.city.clone());
            put(&mut a, "addressRegion", l.region.clone());
            put(&mut a, "addressCountry", l.country.clone());
            m.insert("address".into(), a.into());
        }
        let c = &pr.contact;
        let mut cp = Map::new();
        cp.insert("@type".into(), "ContactPoint".into());
        cp.insert("contactType".into(), "sales".into());
        put(&mut cp, "telephone", c.phone.clone().or(c.whatsapp.clone()));
        put(&mut cp, "email", c.email.clone());
        cp.insert("availableLanguage".into(), site.languages.iter().map(|l| l.code.clone()).collect::<Vec<_>>().into());
        m.insert("contactPoint".into(), json!([cp]));
        put(&mut m, "email", c.email.clone());
        let same_as: Vec<String> =
            pr.social.iter().map(|s| s.url.clone()).chain(pr.marketplaces.iter().map(|m| m.url.clone())).collect();
        put(&mut m, "sameAs", same_as);
        m.into()
    }

    pub fn order(&self, ld: &LangData) -> Result<()> {
        let site = self.site;
        let pr = &site.profile;
        let mut meta = self.meta(ld, &self.paths.order, ld.t.get("order.title"), ld.t.get("order.meta_description"));
        if let Some(img) = self.default_image(ld) {
            meta.insert("image".into(), img);
        }
        let (crumbs, crumbs_ld) =
            self.crumbs(ld, &[(ld.t.get("order.title").to_string(), self.paths.order[ld.idx].clone())]);
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
                let countries: Vec<Value> = z
                    .countries
                    .iter()
                    .map(|c| json!({"code": c, "name": ld.country(c)}))
                    .collect();
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
        self.emit("order.html", ld, meta, vec![("order", data)])
    }

    pub fn about(&self, ld: &LangData) -> Result<()> {
        let site = self.site;
        let pr = &site.profile;
        let story = ld.opt_text(site, &pr.story).map(|s| markdown::render(&s));
        let name = ld.text(site, &pr.name);
        let description = story
            .as_ref()
            .map(|s| s.summary.clone())
            .or(ld.opt_text(site, &pr.tagline))
            .unwrap_or_else(|| name.clone());
        let mut meta = self.meta(ld, &self.paths.about, &format!("{} | {name}", ld.t.get("about.title")), &description);
        if let Some(img) = self.default_image(ld) {
            meta.insert("image".into(), img);
        }
        let (crumbs, crumbs_ld) =
            self.crumbs(ld, &[(ld.t.get("about.title").to_string(), self.paths.about[ld.idx].clone())]);
        meta.insert("breadcrumbs".into(), crumbs);
        meta.insert("jsonld".into(), json!([script_json(&self.organization_jsonld(ld)), script_json(&crumbs_ld)]));
        let md = |t: &Option<crate::text::Text>| ld.opt_text(site, t).map(|s| markdown::render(&s).html);
        let data = json!({
            "story": story.map(|s| s.html),
            "markets": pr.markets.iter().map(|c| json!({"code": c, "name": ld.country(c)})).collect::<Vec<_>>(),
            "certifications": pr.certifications.iter().map(|c| json!({"name": ld.text(site, &c.name), "issuer": c.issuer, "id": c.id, "url": c.url, "year": c.year})).collect::<Vec<_>>(),
            "memberships": pr.memberships.iter().map(|m| json!({"name": ld.text(site, &m.name), "url": m.url, "since": m.since})).collect::<Vec<_>>(),
            "testimonials": self.testimonials(ld),
            "returns": md(&pr.legal.returns),
            "terms": md(&pr.legal.terms),
        });
        self.emit("about.html", ld, meta, vec![("about", data)])
    }

    /// One 404 page for the whole site, in every language. Hosts serve it at any depth, so its links are
    /// root-relative from the base URL's path instead of page-relative.
    pub fn not_found(&self, ld: &LangData) -> Result<()> {
        let site = self.site;
        let base_path = base_path(&site.profile.base_url);
        let mut meta = self.meta(ld, &self.paths.home, ld.t.get("notfound.title"), ld.t.get("notfound.text"));
        meta.insert("path".into(), "404.html".into());
        meta.insert("root".into(), base_path.into());
        meta.insert("noindex".into(), true.into());
        meta.insert("alternates".into(), json!([]));
        let messages: Vec<Value> = site
            .languages
            .iter()
            .zip(&site.strings)
            .enumerate()
            .map(|(i, (lang, t))| {
                json!({
                    "lang": lang.code, "title": t.get("notfound.title"), "text": t.get("notfound.text"),
                    "back": t.get("notfound.back"), "home": self.paths.home[i],
                })
            })
            .collect();
        let mut ctx = ld.base.clone();
        ctx.insert("page", &meta);
        ctx.insert("messages", &messages);
        // Always rendered: one small page, not worth an input hash.
        let html = self.tpl.render("404.html", &ctx).with_context(|| crate::msg!("render-404-failed"))?;
        self.rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.out.write("404.html", html.as_bytes())
    }

    pub fn site_files(&self) -> Result<()> {
        let site = self.site;
        let p = self.paths;
        let profile_date = std::fs::metadata(site.root.join(crate::config::PROFILE_FILE))
            .and_then(|m| m.modified())
            .ok()
            .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
        let newest_product = site.content.products.iter().filter_map(|p| p.updated).max();
        let newest = newest_product.max(profile_date);
        let mut clusters: Vec<(&Vec<String>, Option<chrono::NaiveDate>)> =
            vec![(&p.home, newest), (&p.order, profile_date), (&p.about, profile_date)];
        for (c, cat) in site.profile.categories.iter().enumerate() {
            let d = site.content.products.iter().filter(|x| x.category == cat.id).filter_map(|x| x.updated).max();
            clusters.push((&p.categories[c], d.max(profile_date)));
        }
        for (i, prod) in site.content.products.iter().enumerate() {
            clusters.push((&p.products[i], prod.updated));
        }
        for cluster in &p.pages {
            clusters.push((cluster, None));
        }
        let mut entries = Vec::with_capacity(clusters.len() * site.languages.len());
        for (cluster, date) in clusters {
            let alternates: Vec<(String, String)> =
                site.languages.iter().zip(cluster).map(|(l, path)| (l.hreflang.clone(), self.abs(path))).collect();
            for path in cluster {
                entries.push(seo::SitemapEntry {
                    loc: self.abs(path),
                    lastmod: date.map(|d| d.to_string()),
                    alternates: alternates.clone(),
                    x_default: self.abs(&cluster[0]),
                });
            }
        }
        for (name, xml) in seo::sitemaps(&site.profile.base_url, &entries) {
            self.out.write(&name, xml.as_bytes())?;
        }
        self.out.write("robots.txt", seo::robots(&site.profile.base_url).as_bytes())
    }

    /// The Meta catalog CSV and the Google Merchant RSS feed of one language, at `feeds/meta-<lang>.csv`
    /// and `feeds/google-<lang>.xml`.
    pub fn feeds(&self, ld: &LangData) -> Result<()> {
        let site = self.site;
        let cur = &site.profile.currency;
        let brand = ld.text(site, &site.profile.name);
        let items: Vec<crate::feeds::FeedItem> = site
            .content
            .products
            .par_iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let Price::Amount(amount) = p.price else { return None };
                let text = &p.texts[ld.idx];
                // Feeds want the full description; the front-matter one is a short meta description.
                let description =
                    if text.plain.is_empty() { text.description.as_deref().unwrap_or_default() } else { &text.plain };
                let renditions: Vec<String> =
                    p.images.iter().map(|im| self.abs(&self.images.renditions[&im.src].largest().fallback)).collect();
                let cat = site.profile.categories.iter().position(|c| c.id == p.category).unwrap_or(0);
                Some(crate::feeds::FeedItem {
                    id: &p.sku,
                    title: &text.title,
                    description,
                    link: self.abs(&self.paths.products[i][ld.idx]),
                    image: renditions[0].clone(),
                    additional_images: renditions[1..].to_vec(),
                    availability: p.availability,
                    price: format!("{} {cur}", crate::money::machine_amount(amount, cur)),
                    brand: p.brand.as_deref().unwrap_or(&brand),
                    product_type: &ld.category_names[cat],
                    gtin: p.gtin.as_deref(),
                    mpn: p.mpn.as_deref(),
                    weight_kg: p.weight_kg.map(|w| w.normalize().to_string()),
                })
            })
            .collect();
        let code = &ld.lang.code;
        self.out.write(&format!("feeds/meta-{code}.csv"), crate::feeds::meta_csv(&items).as_bytes())?;
        let channel = crate::feeds::Channel {
            title: &brand,
            link: &self.abs(&self.paths.home[ld.idx]),
            description: &ld.opt_text(site, &site.profile.tagline).unwrap_or_default(),
            language: &ld.lang.hreflang,
        };
        self.out.write(&format!("feeds/google-{code}.xml"), crate::feeds::google_rss(&channel, &items).as_bytes())
    }
}

/// The path part of the base URL: `https://u.github.io/catalog/` → `/catalog/`.
pub fn base_path(base_url: &str) -> String {
    let after_scheme = base_url.split_once("://").map(|(_, r)| r).unwrap_or(base_url);
    match after_scheme.find('/') {
        Some(i) => after_scheme[i..].to_string(),
        None => "/".to_string(),
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
