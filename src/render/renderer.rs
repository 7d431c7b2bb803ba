//! What every page kind uses to render one page: the page's common metadata, breadcrumbs, share images and
//! `emit`, which hashes the page's input and runs its template only when that input changed.

use super::kind::{file_of, Kind, Paths};
use super::shared::LangData;
use crate::content::Product;
use crate::images::Images;
use crate::markdown::truncate_words;
use crate::output::Sink;
use crate::routes::{absolute, root_from};
use crate::seo::jsonld::{self, Crumb};
use crate::site::Site;
use anyhow::{Context as _, Result};
use serde_json::{json, Map, Value};

pub(crate) struct Renderer<'a> {
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
    pub(crate) fn abs(&self, path: &str) -> String {
        absolute(&self.site.profile.base_url, path)
    }

    /// Marks the languages whose main text fell back to the first language: they are not offered as alternates
    /// (hreflang) and such a page itself is `noindex` (a Spanish text at an English address is no English page);
    /// the switcher still links them, and the template says "not yet translated".
    pub(crate) fn untranslated(
        &self,
        ld: &LangData,
        meta: &mut Map<String, Value>,
        translated: impl Fn(usize) -> bool,
    ) {
        if let Some(Value::Array(alts)) = meta.get_mut("alternates") {
            for (j, a) in alts.iter_mut().enumerate() {
                a["translated"] = translated(j).into();
            }
        }
        if !translated(ld.idx) {
            meta.insert("noindex".into(), true.into());
            meta.insert("untranslated".into(), true.into());
        }
    }

    /// What every page has: title, description, canonical URL, translations (for the switcher, hreflang
    /// and `og:locale:alternate`) and the relative way back to the site root.
    pub(crate) fn meta(&self, ld: &LangData, cluster: &[String], title: &str, description: &str) -> Map<String, Value> {
        let path = &cluster[ld.idx];
        let alternates: Vec<Value> = self
            .site
            .languages
            .iter()
            .enumerate()
            .map(|(j, l)| {
                json!({
                    "code": l.code, "hreflang": l.hreflang, "name": l.name, "og_locale": l.og_locale,
                    "path": cluster[j], "url": self.abs(&cluster[j]), "current": j == ld.idx, "translated": true,
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
    pub(crate) fn share_image(&self, ld: &LangData, p: &Product) -> Value {
        let first = &p.images[0];
        let share = self.images.share(&first.src, first.focus).expect("planned for every product");
        json!({"url": self.abs(&share.path), "alt": p.texts[ld.idx].image_alts[0], "width": share.width, "height": share.height, "type": "image/jpeg"})
    }

    /// The image used for pages without one of their own: the first featured product's share image.
    pub(crate) fn default_image(&self, ld: &LangData) -> Option<Value> {
        let products = &self.site.content.products;
        products.iter().find(|p| p.featured).or(products.first()).map(|p| self.share_image(ld, p))
    }

    pub(crate) fn emit(
        &self,
        template: &str,
        ld: &LangData,
        meta: Map<String, Value>,
        extra: Vec<(&str, Value)>,
    ) -> Result<()> {
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
        let file = file_of(&path);
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

    /// The visible breadcrumb trail (home first) and its `BreadcrumbList` JSON-LD.
    pub(crate) fn crumbs(&self, ld: &LangData, trail: &[(String, String)]) -> (Value, Value) {
        let mut list = vec![(ld.t.get("nav.home").to_string(), self.paths.single(Kind::Home)[ld.idx].clone())];
        list.extend(trail.iter().cloned());
        let visible: Vec<Value> = list.iter().map(|(n, p)| json!({"name": n, "path": p})).collect();
        let crumbs: Vec<Crumb> = list.iter().map(|(n, p)| Crumb { name: n.clone(), url: self.abs(p) }).collect();
        (visible.into(), jsonld::breadcrumbs(&crumbs))
    }

    /// The company's testimonials in this language (home and about pages).
    pub(crate) fn testimonials(&self, ld: &LangData) -> Value {
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

    /// Organization JSON-LD in this language (home and about pages).
    pub(crate) fn organization_jsonld(&self, ld: &LangData) -> Value {
        let site = self.site;
        let facts = jsonld::OrganizationFacts {
            name: ld.text(site, &site.profile.name),
            tagline: ld.opt_text(site, &site.profile.tagline),
            logo: self.images.logo.as_ref().map(|logo| self.abs(&logo.largest().fallback)),
            languages: &site.languages,
        };
        jsonld::organization(&site.profile, &facts)
    }
}
