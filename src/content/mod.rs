//! Content: products and free pages read from Markdown, linked to their translations and checked against
//! the profile. Nothing here renders HTML.

pub mod documents;
pub mod front_matter;
pub mod page;
pub mod product;
pub mod prose;

pub use page::Page;
pub use product::{Availability, Price, Product};

use crate::config::Profile;
use crate::diagnostics::Diagnostics;
use crate::i18n::Language;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;

pub struct Content {
    pub products: Vec<Product>,
    pub pages: Vec<Page>,
    /// Time spent turning product descriptions into HTML (reported as its own build stage).
    pub markdown_time: std::time::Duration,
}

/// Loads every product and page file, handing each broken one to `diag` (`check` collects them and goes on
/// with the others; `build` stops at the first).
pub fn load_with(
    site: &Path,
    profile: &Profile,
    languages: &[Language],
    today: NaiveDate,
    warnings: &mut Vec<String>,
    diag: &mut Diagnostics,
) -> Result<Content> {
    // A file name discovery refuses stops the listing of its folder; `check` goes on with the other checks.
    let Some(product_sets) = diag.keep("product", documents::discover(site, "products", languages))? else {
        return Ok(Content { products: Vec::new(), pages: Vec::new(), markdown_time: Default::default() });
    };
    if product_sets.is_empty() {
        bail!(crate::msg!("content-no-products", dir = site.join("products").display()));
    }
    // Parsing is independent per file; collect keeps file order, so the first error is deterministic.
    // Each file is read, parsed and dropped on a worker thread, so the sources are never all in memory.
    let loaded: Vec<Result<Product>> = product_sets
        .into_par_iter()
        .map(|mut set| {
            set.read()?;
            product::load(&set, languages, site, profile, today)
        })
        .collect();
    let mut products = Vec::with_capacity(loaded.len());
    for p in loaded {
        products.extend(diag.keep("product", p)?);
    }
    let md = std::time::Instant::now();
    products.par_iter_mut().for_each(Product::render_markdown);
    let markdown_time = md.elapsed();
    finish(site, languages, products, markdown_time, warnings, diag)
}

/// The products of the last build, the changed products' ids and the changed file names (`load_reusing`).
pub(crate) type Reuse<'a> = (Vec<Product>, (&'a [String], &'a [String]));

/// Like `load_with`, with the products of the last build (`saved`, in catalog order, descriptions rendered)
/// instead of reading every product file: only the products named by `slugs`, whose files changed, are read
/// again. `files` are the changed file names; `None` when one of them is a name `load_with` would judge
/// differently from a product file of this site (a hidden file, an unknown language): a full load tells.
pub(crate) fn load_reusing(
    site: &Path,
    profile: &Profile,
    languages: &[Language],
    today: NaiveDate,
    warnings: &mut Vec<String>,
    saved: Vec<Product>,
    (slugs, files): (&[String], &[String]),
) -> Result<Option<Content>> {
    let plain = files.iter().all(|name| {
        let stem = name.strip_suffix(".md").unwrap_or(name);
        !name.starts_with('.')
            && match stem.split_once('.') {
                None => true,
                Some((_, code)) => languages.iter().skip(1).any(|l| l.code == code),
            }
    });
    if !plain || saved.iter().any(|p| p.texts.len() != languages.len()) {
        return Ok(None);
    }
    let md = std::time::Instant::now();
    let mut products = saved;
    replace_products(&mut products, site, profile, languages, today, slugs)?;
    if products.is_empty() {
        bail!(crate::msg!("content-no-products", dir = site.join("products").display()));
    }
    let markdown_time = md.elapsed();
    finish(site, languages, products, markdown_time, warnings, &mut Diagnostics::fail_fast()).map(Some)
}

/// What every load does once the products are in: the free pages, and the checks across documents.
fn finish(
    site: &Path,
    languages: &[Language],
    products: Vec<Product>,
    markdown_time: std::time::Duration,
    warnings: &mut Vec<String>,
    diag: &mut Diagnostics,
) -> Result<Content> {
    let page_sets = diag.keep("page", documents::discover(site, "pages", languages))?.unwrap_or_default();
    let mut pages: Vec<Page> = Vec::with_capacity(page_sets.len());
    for mut set in page_sets {
        let page = set.read().and_then(|_| page::load(&set, languages));
        pages.extend(diag.keep("page", page)?);
    }

    diag.keep("duplicate", check_products(&products, languages))?;
    diag.keep("duplicate", check_page_slugs(&pages, &products, languages))?;
    report_untranslated(&products, &pages, languages, warnings);
    Ok(Content { products, pages, markdown_time })
}

/// Re-reads the products named by `slugs` (file stems) in `products`, adding, replacing or removing each and
/// keeping the catalog in id order.
fn replace_products(
    products: &mut Vec<Product>,
    site: &Path,
    profile: &Profile,
    languages: &[Language],
    today: NaiveDate,
    slugs: &[String],
) -> Result<()> {
    for slug in slugs {
        let pos = products.iter().position(|p| p.id == *slug);
        let load = |set: &documents::SourceSet| -> Result<Product> {
            let mut p = product::load(set, languages, site, profile, today)?;
            p.render_markdown();
            Ok(p)
        };
        match (documents::discover_slug(site, "products", slug, languages)?, pos) {
            (Some(set), Some(i)) => products[i] = load(&set)?,
            (Some(set), None) => {
                let p = load(&set)?;
                let at = products.partition_point(|q| q.id < p.id);
                products.insert(at, p);
            }
            (None, Some(i)) => {
                products.remove(i);
            }
            (None, None) => {}
        }
    }
    Ok(())
}

impl Content {
    /// Re-reads the products named by `slugs` (file stems), adding, replacing or removing each. Nothing
    /// changes unless every one loads and the whole catalog still checks out. Returns the categories of the
    /// products before the change, so pages that listed them can be re-rendered.
    pub fn reload_products(
        &mut self,
        site: &Path,
        profile: &Profile,
        languages: &[Language],
        today: NaiveDate,
        slugs: &[String],
    ) -> Result<Vec<String>> {
        // Every changed file is read first: one that does not load leaves the catalog untouched.
        let mut loaded = Vec::with_capacity(slugs.len());
        for slug in slugs {
            let product = match documents::discover_slug(site, "products", slug, languages)? {
                Some(set) => {
                    let mut p = product::load(&set, languages, site, profile, today)?;
                    p.render_markdown();
                    Some(p)
                }
                None => None,
            };
            loaded.push((slug, product));
        }
        // The changes are made in place, each with its undoing, instead of on a copy of the catalog: copying
        // thousands of products cost more than the rest of a one-product rebuild together.
        let mut undo = Vec::with_capacity(loaded.len());
        let mut old_categories = Vec::new();
        for (slug, product) in loaded {
            let pos = self.products.iter().position(|p| p.id == *slug);
            if let Some(i) = pos {
                old_categories.push(self.products[i].category.clone());
            }
            undo.push(match (product, pos) {
                (Some(p), Some(i)) => Undo::Put(i, std::mem::replace(&mut self.products[i], p)),
                (Some(p), None) => {
                    let at = self.products.partition_point(|q| q.id < p.id);
                    self.products.insert(at, p);
                    Undo::Remove(at)
                }
                (None, Some(i)) => Undo::Insert(i, self.products.remove(i)),
                (None, None) => continue,
            });
        }
        let changed: Vec<usize> = (0..self.products.len()).filter(|&i| slugs.contains(&self.products[i].id)).collect();
        let checked = if self.products.is_empty() {
            Err(anyhow::anyhow!(crate::msg!("content-no-products-left", dir = site.join("products").display())))
        } else {
            // The catalog passed the check before: only the changed products can clash now.
            check_changed(&self.products, languages, &changed)
        };
        if let Err(e) = checked {
            // Undone last first, so each step finds the catalog as it left it.
            for step in undo.into_iter().rev() {
                match step {
                    Undo::Put(i, p) => self.products[i] = p,
                    Undo::Remove(i) => drop(self.products.remove(i)),
                    Undo::Insert(i, p) => self.products.insert(i, p),
                }
            }
            return Err(e);
        }
        Ok(old_categories)
    }
}

/// How to take back one change of `Content::reload_products`.
enum Undo {
    /// Put this product back at this index (it was replaced).
    Put(usize, Product),
    /// Remove the product at this index (it was added).
    Remove(usize),
    /// Insert this product at this index (it was removed).
    Insert(usize, Product),
}

fn check_products(products: &[Product], languages: &[Language]) -> Result<()> {
    report_clash(products, languages, &|key| {
        let mut seen: HashMap<&str, usize> = HashMap::with_capacity(products.len());
        products.iter().enumerate().find_map(|(j, p)| seen.insert(key(p), j).map(|i| (i, j)))
    })
}

/// `check_products` of a catalog that passed it before only the products at `changed` (indices) changed: a clash
/// needs one of them, so only they are compared with the others, without hashing every product. The error is
/// the one `check_products` gives.
fn check_changed(products: &[Product], languages: &[Language], changed: &[usize]) -> Result<()> {
    report_clash(products, languages, &|key| {
        let mut first: Option<(usize, usize)> = None;
        for &c in changed {
            let own = key(&products[c]);
            for (q, p) in products.iter().enumerate() {
                let pair = (c.min(q), c.max(q));
                if q != c && key(p) == own && first.is_none_or(|f| pair.1 < f.1) {
                    first = Some(pair);
                }
            }
        }
        first
    })
}

/// The two products that share a key, as a pass over the catalog in order meets them first: `(earlier, later)`.
type FirstClash<'f> = dyn Fn(&dyn Fn(&Product) -> &str) -> Option<(usize, usize)> + 'f;

/// Two products with one SKU, or with one address in a language, are refused (SKUs first, then each language).
fn report_clash(products: &[Product], languages: &[Language], first_clash: &FirstClash) -> Result<()> {
    if let Some((i, j)) = first_clash(&|p| p.sku.as_str()) {
        let (p, other) = (&products[j], &products[i]);
        bail!(crate::msg!(
            "content-duplicate-sku",
            file = p.texts[0].source.display(),
            sku = p.sku,
            other = other.texts[0].source.display()
        ));
    }
    for (l, lang) in languages.iter().enumerate() {
        if let Some((i, j)) = first_clash(&|p| p.texts[l].slug.as_str()) {
            let (p, other) = (&products[j].texts[l], &products[i].texts[l]);
            if let Some(e) = names_clash(&p.source, &other.source, &p.slug) {
                return Err(e);
            }
            bail!(crate::msg!(
                "content-duplicate-product-slug",
                file = p.source.display(),
                lang = lang.name,
                slug = p.slug,
                other = other.source.display()
            ));
        }
    }
    Ok(())
}

fn check_page_slugs(pages: &[Page], _products: &[Product], languages: &[Language]) -> Result<()> {
    for (i, _) in languages.iter().enumerate() {
        let mut seen: HashMap<&str, &Page> = HashMap::new();
        for p in pages {
            if let Some(other) = seen.insert(p.texts[i].slug.as_str(), p) {
                if let Some(e) = names_clash(&p.texts[i].source, &other.texts[i].source, &p.texts[i].slug) {
                    return Err(e);
                }
                bail!(crate::msg!(
                    "content-duplicate-page-slug",
                    file = p.texts[i].source.display(),
                    slug = p.texts[i].slug,
                    other = other.texts[i].source.display()
                ));
            }
        }
    }
    Ok(())
}

/// Two documents whose different file names give the same address once transliterated (`Jarrón.md` and
/// `jarron.md` → `jarron`): said as such, since the owner wrote no `slug:` and would not see why they clash.
fn names_clash(file: &Path, other: &Path, slug: &str) -> Option<anyhow::Error> {
    let stem = |f: &Path| f.file_stem().map(|s| s.to_string_lossy().split('.').next().unwrap_or_default().to_string());
    let (a, b) = (stem(file)?, stem(other)?);
    let from_names = a != b && crate::slug::from_name(&a) == slug && crate::slug::from_name(&b) == slug;
    from_names.then(|| {
        anyhow::anyhow!(crate::msg!(
            "content-file-names-clash",
            file = file.display(),
            other = other.display(),
            slug = slug
        ))
    })
}

fn report_untranslated(products: &[Product], pages: &[Page], languages: &[Language], warnings: &mut Vec<String>) {
    for (i, lang) in languages.iter().enumerate().skip(1) {
        let mut missing: Vec<String> = products
            .iter()
            .filter(|p| !p.texts[i].translated)
            .map(|p| format!("products/{}.{}.md", p.id, lang.code))
            .collect();
        missing.extend(
            pages.iter().filter(|p| !p.texts[i].translated).map(|p| format!("pages/{}.{}.md", p.id, lang.code)),
        );
        if !missing.is_empty() {
            warnings.push(crate::msg!(
                "content-untranslated",
                lang = lang.name,
                count = missing.len(),
                default = languages[0].name,
                files = missing.join(", ")
            ));
        }
    }
}
