//! What every page kind uses to render one page: the page's common metadata (`Meta`, the `page` variable),
//! breadcrumbs, share images and `emit`, which hashes the page's typed context and runs its template only when
//! that input changed.

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
use serde::Serialize;
use serde_json::Value;

pub(crate) struct Renderer<'a> {
    pub site: &'a Site,
    pub tpl: &'a super::Templates,
    pub out: &'a dyn Sink,
    pub paths: &'a Paths,
    pub images: &'a Images,
    /// Pages whose template ran in this build (the others were unchanged since the previous build).
    pub rendered: std::sync::atomic::AtomicUsize,
    /// The pieces of the files about every product: the previous build's, and this build's (`super::splice`).
    pub fragments: &'a super::splice::Fragments<'a>,
}

const DESCRIPTION_CHARS: usize = 155;

/// `page`: what every page has. The optional parts are absent (not empty) when a page has none, because
/// templates test for them (`{% if page.image %}`).
#[derive(Serialize)]
pub(crate) struct Meta<'a> {
    pub title: String,
    pub description: String,
    pub path: &'a str,
    pub url: String,
    pub root: String,
    pub alternates: Vec<Alternate<'a>>,
    pub x_default: String,
    pub og_type: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<ShareImage<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breadcrumbs: Option<Vec<CrumbLink>>,
    /// Each a serialised JSON-LD object, safe inside `<script>`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub jsonld: Option<Vec<String>>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub noindex: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub untranslated: bool,
}

/// The page in one language: for the switcher, hreflang and `og:locale:alternate`.
#[derive(Serialize)]
pub(crate) struct Alternate<'a> {
    pub code: &'a str,
    pub hreflang: &'a str,
    pub name: &'a str,
    pub og_locale: &'a str,
    pub path: &'a str,
    pub url: String,
    pub current: bool,
    /// False when that language shows the default language's text: then it is no alternate for hreflang.
    pub translated: bool,
}

/// A 1200×630 share image (`og:image`).
#[derive(Serialize, Clone)]
pub(crate) struct ShareImage<'a> {
    pub url: String,
    pub alt: &'a str,
    pub width: u32,
    pub height: u32,
    #[serde(rename = "type")]
    pub mime: &'static str,
}

/// One step of the visible breadcrumb trail.
#[derive(Serialize)]
pub(crate) struct CrumbLink {
    pub name: String,
    pub path: String,
}

/// A testimonial in the page's language (home and about pages).
#[derive(Serialize)]
pub(crate) struct TestimonialView<'a> {
    pub quote: String,
    pub author: &'a str,
    pub country: Option<String>,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
    pub date_text: Option<String>,
}

impl<'a> Renderer<'a> {
    pub(crate) fn abs(&self, path: &str) -> String {
        absolute(&self.site.profile.base_url, path)
    }

    /// Marks the languages whose main text fell back to the first language: they are not offered as alternates
    /// (hreflang) and such a page itself is `noindex` (a Spanish text at an English address is no English page);
    /// the switcher still links them, and the template says "not yet translated".
    pub(crate) fn untranslated(&self, ld: &LangData, meta: &mut Meta, translated: impl Fn(usize) -> bool) {
        for (j, a) in meta.alternates.iter_mut().enumerate() {
            a.translated = translated(j);
        }
        if !translated(ld.idx) {
            meta.noindex = true;
            meta.untranslated = true;
        }
    }

    /// What every page has: title, description, canonical URL, translations (for the switcher, hreflang
    /// and `og:locale:alternate`) and the relative way back to the site root.
    pub(crate) fn meta(&self, ld: &LangData, cluster: &'a [String], title: &str, description: &str) -> Meta<'a> {
        let path = &cluster[ld.idx];
        let alternates = self
            .site
            .languages
            .iter()
            .enumerate()
            .map(|(j, l)| Alternate {
                code: &l.code,
                hreflang: &l.hreflang,
                name: &l.name,
                og_locale: &l.og_locale,
                path: &cluster[j],
                url: self.abs(&cluster[j]),
                current: j == ld.idx,
                translated: true,
            })
            .collect();
        Meta {
            title: title.to_string(),
            description: truncate_words(description, DESCRIPTION_CHARS),
            path,
            url: self.abs(path),
            root: root_from(path),
            alternates,
            x_default: self.abs(&cluster[0]),
            og_type: "website",
            image: None,
            breadcrumbs: None,
            jsonld: None,
            noindex: false,
            untranslated: false,
        }
    }

    /// The 1200×630 share image of a product (its first photo, cropped around the focal point).
    pub(crate) fn share_image(&self, ld: &LangData, p: &'a Product) -> ShareImage<'a> {
        let first = &p.images[0];
        let share = self.images.share(&first.src, first.focus).expect("planned for every product");
        ShareImage {
            url: self.abs(&share.path),
            alt: &p.texts[ld.idx].image_alts[0],
            width: share.width,
            height: share.height,
            mime: "image/jpeg",
        }
    }

    /// The image used for pages without one of their own: the first featured product's share image.
    pub(crate) fn default_image(&self, ld: &LangData) -> Option<ShareImage<'a>> {
        let products = &self.site.content.products;
        products.iter().find(|p| p.featured).or(products.first()).map(|p| self.share_image(ld, p))
    }

    /// Renders `template` with the language's shared context plus the page's own `ctx` into the file of `path`,
    /// unless the page's input (templates, shared data, `ctx`) is the same as in the previous build.
    pub(crate) fn emit<T: Serialize>(&self, template: &str, ld: &LangData, path: &str, ctx: &T) -> Result<()> {
        // Templates + shared data of the language + the page's own data determine the page completely. The
        // context is serialised once into a buffer and hashed in one call (blake3 is many times faster on one
        // large input than on the hundreds of small pieces a serialiser writes); only a page that changed is
        // converted for Tera.
        let mut json = Vec::with_capacity(16 * 1024);
        serde_json::to_writer(&mut json, ctx).expect("a page context serialises to JSON");
        let mut h = blake3::Hasher::new();
        h.update(self.tpl.fingerprint_of(template));
        h.update(template.as_bytes());
        h.update(&ld.base_hash);
        h.update(&json);
        drop(json);
        let mut input = [0u8; 16];
        input.copy_from_slice(&h.finalize().as_bytes()[..16]);
        let file = file_of(path);
        let render = Box::new(move || {
            let own = serde_json::to_value(ctx).expect("a struct is a valid context");
            with_base(ld, own, |full| self.tpl.render(template, full))
                .with_context(|| crate::msg!("render-page-failed", path = path, template = template))
        });
        if self.out.write_rendered(&file, input, render)? {
            self.rendered.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        }
        Ok(())
    }

    /// The visible breadcrumb trail (home first) and its `BreadcrumbList` JSON-LD.
    pub(crate) fn crumbs(&self, ld: &LangData, trail: &[(String, String)]) -> (Vec<CrumbLink>, Value) {
        let mut list = vec![(ld.t.get("nav.home").to_string(), self.paths.single(Kind::Home)[ld.idx].clone())];
        list.extend(trail.iter().cloned());
        let crumbs: Vec<Crumb> = list.iter().map(|(n, p)| Crumb { name: n.clone(), url: self.abs(p) }).collect();
        let visible = list.into_iter().map(|(name, path)| CrumbLink { name, path }).collect();
        (visible, jsonld::breadcrumbs(&crumbs))
    }

    /// The company's testimonials in this language (home and about pages).
    pub(crate) fn testimonials(&self, ld: &LangData) -> Vec<TestimonialView<'a>> {
        self.site
            .profile
            .testimonials
            .iter()
            .map(|t| TestimonialView {
                quote: ld.text(self.site, &t.quote),
                author: &t.author,
                country: t.country.as_deref().and_then(|c| ld.country(c)),
                date: t.date.as_deref(),
                source: t.source.as_deref(),
                date_text: t.date.as_deref().map(|d| crate::dates::display(d, &ld.lang.locale)),
            })
            .collect()
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

thread_local! {
    /// The shared context of the language this thread rendered a page of last, by `LangData::base_hash`. A page
    /// adds its own variables for its render and takes them out again, so the language's base (every UI string,
    /// the company profile) is not copied and freed for every page, which cost as much as a tenth of a build.
    static BASE: std::cell::RefCell<Option<([u8; 32], tera::Context)>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` on the language's shared context plus the page's own variables (`own`, a JSON object).
fn with_base<R>(ld: &LangData, own: Value, f: impl FnOnce(&tera::Context) -> R) -> R {
    let Value::Object(own) = own else { unreachable!("a page context is a struct") };
    // Taken out of the cell while in use, so a render that (somehow) rendered another page would make its
    // own copy rather than share this one.
    let mut full = match BASE.with(|b| b.borrow_mut().take()) {
        Some((hash, ctx)) if hash == ld.base_hash => ctx,
        _ => ld.base.clone(),
    };
    let keys: Vec<String> = own.keys().cloned().collect();
    // A page variable with a shared variable's name hides it (as `Context::extend` did); put back afterwards.
    let hidden: Vec<(String, Value)> = keys.iter().filter_map(|k| full.remove(k).map(|v| (k.clone(), v))).collect();
    full.extend(tera::Context::from_value(Value::Object(own)).expect("an object"));
    let out = f(&full);
    for k in &keys {
        full.remove(k);
    }
    if !hidden.is_empty() {
        let restored: serde_json::Map<String, Value> = hidden.into_iter().collect();
        full.extend(tera::Context::from_value(Value::Object(restored)).expect("an object"));
    }
    BASE.with(|b| *b.borrow_mut() = Some((ld.base_hash, full)));
    out
}
