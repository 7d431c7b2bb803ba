//! `vitrina import`: turns the catalogs owners already have — a Meta (Facebook/Instagram) catalog CSV, a
//! Shopify or WooCommerce products CSV, or vitrina's own spreadsheet template — into product files of a site.
//!
//! Each source format has its own reader (`meta`, `shopify`, `woocommerce`, `sheet`) that turns rows into
//! `Draft`s, the format-neutral product; `writer` turns drafts into files and never overwrites one unless the
//! owner asked for it (`--update`), listing what changes. Every problem carries the file, row and column, and
//! all problems are reported in one run; nothing is written while any error remains.

mod meta;
mod price;
mod sheet;
mod shopify;
mod table;
mod woocommerce;
mod writer;

use anyhow::{bail, Context, Result};
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub use writer::Plan;

/// The source formats, chosen with `--from` or recognised by their header row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    // Meta commerce catalog CSV (Facebook/Instagram), also what vitrina's own feed writes.
    Meta,
    Shopify,
    Woocommerce,
    // vitrina's spreadsheet template (`title_es`, `title_en`, …).
    Sheet,
}

impl Format {
    /// Recognises a format by the columns only it has.
    fn detect(headers: &[String]) -> Option<Format> {
        let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
        if has("Handle") && has("Variant Price") {
            Some(Format::Shopify)
        } else if has("Regular price") || (has("Type") && has("SKU") && has("Name")) {
            Some(Format::Woocommerce)
        } else if has("id") && has("image_link") && has("price") {
            Some(Format::Meta)
        } else if headers.iter().any(|h| h.to_ascii_lowercase().starts_with("title_")) {
            Some(Format::Sheet)
        } else {
            None
        }
    }
}

pub struct Options {
    pub files: Vec<PathBuf>,
    pub site: PathBuf,
    pub from: Option<Format>,
    /// A folder holding photos the CSV names by address (downloaded beforehand) or by file name.
    pub images: Option<PathBuf>,
    /// The currency of prices written without one, for a new site (an existing site's currency is used).
    pub currency: Option<String>,
    pub dry_run: bool,
    pub update: bool,
}

#[derive(Clone, Debug, Default)]
pub(crate) enum PriceValue {
    Amount(Decimal),
    #[default]
    OnRequest,
}

/// The text of a product in one language.
#[derive(Clone, Debug, Default)]
pub(crate) struct Texts {
    pub title: String,
    /// Markdown.
    pub body: String,
    /// A short meta description, when the source has one (Shopify's SEO description).
    pub description: Option<String>,
    pub slug: Option<String>,
    pub category: Option<String>,
    pub alts: Vec<String>,
}

/// A photo as the source names it: a file name or an address.
#[derive(Clone, Debug)]
pub(crate) struct ImageRef {
    pub source: String,
    pub row: usize,
    pub column: String,
}

/// One product as read from a source, before it becomes files.
#[derive(Clone, Debug, Default)]
pub(crate) struct Draft {
    pub file: PathBuf,
    pub row: usize,
    pub slug: String,
    pub sku: String,
    pub price: PriceValue,
    pub availability: Option<&'static str>,
    pub images: Vec<ImageRef>,
    pub texts: BTreeMap<String, Texts>,
    pub tags: Vec<String>,
    pub brand: Option<String>,
    pub gtin: Option<String>,
    pub mpn: Option<String>,
    pub weight_kg: Option<Decimal>,
}

/// What a reader knows while it reads one file.
pub(crate) struct Ctx<'a> {
    pub file: &'a Path,
    pub file_name: String,
    /// The language the file's texts are in.
    pub lang: String,
    pub currency: Option<String>,
    pub errors: Vec<String>,
    pub warnings: Vec<String>,
}

impl Ctx<'_> {
    /// A price cell, parsed with care: a currency other than the site's, or an ambiguous `1,299`, is an
    /// error naming the row and column.
    pub(crate) fn price(&mut self, row: usize, column: &str, value: &str) -> Option<PriceValue> {
        let v = value.trim();
        if v.is_empty() {
            return Some(PriceValue::OnRequest);
        }
        let lower = v.to_lowercase();
        if ["on request", "a consultar", "consultar"].contains(&lower.as_str()) {
            return Some(PriceValue::OnRequest);
        }
        let file = self.file_name.clone();
        match price::parse(v) {
            price::Parsed::Amount(amount, cur) => {
                if let (Some(found), Some(site)) = (&cur, &self.currency) {
                    if found != site {
                        self.errors.push(crate::msg!(
                            "import-price-currency",
                            file = file,
                            row = row,
                            column = column,
                            value = v,
                            currency = found.as_str(),
                            site = site.as_str()
                        ));
                        return None;
                    }
                }
                if self.currency.is_none() {
                    self.currency = cur;
                }
                if amount <= Decimal::ZERO {
                    return Some(PriceValue::OnRequest);
                }
                Some(PriceValue::Amount(amount))
            }
            price::Parsed::Ambiguous(whole, decimal) => {
                self.errors.push(crate::msg!(
                    "import-price-ambiguous",
                    file = file,
                    row = row,
                    column = column,
                    value = v,
                    whole = whole,
                    decimal = decimal
                ));
                None
            }
            price::Parsed::Invalid => {
                self.errors.push(crate::msg!("import-price-bad", file = file, row = row, column = column, value = v));
                None
            }
        }
    }

    pub(crate) fn warn(&mut self, text: String) {
        self.warnings.push(text);
    }
}

/// HTML (Shopify's `Body (HTML)`, WooCommerce descriptions) to Markdown. Markdown's raw HTML is shown as text
/// by vitrina, so tags must become Markdown here or the buyer would read `<p>`.
pub(crate) fn html_to_markdown(html: &str) -> String {
    if !html.contains('<') {
        return html.trim().to_string();
    }
    let converter = htmd::HtmlToMarkdown::builder().skip_tags(vec!["script", "style", "iframe"]).build();
    converter.convert(html).map(|md| md.trim().to_string()).unwrap_or_else(|_| html.trim().to_string())
}

/// `Jarrón de barro Ñu` → `jarron-de-barro-nu`: lower-case ASCII letters, digits and dashes, the slug rule of
/// product files. Accents are transliterated rather than dropped so the word stays readable.
pub(crate) fn slugify(text: &str) -> String {
    // The same rule as product file names (`crate::slug`), kept to 80 characters for an address.
    let slug = crate::slug::from_name(text);
    slug.chars().take(80).collect::<String>().trim_end_matches('-').to_string()
}

/// The site as it is: its languages and currency, and its categories, from company.yaml when there is one.
pub(crate) struct SiteInfo {
    pub exists: bool,
    pub languages: Vec<String>,
    pub currency: Option<String>,
    /// (id, every name in every language).
    pub categories: Vec<(String, Vec<String>)>,
}

impl SiteInfo {
    fn load(site: &Path) -> Result<SiteInfo> {
        let path = site.join("company.yaml");
        if !path.exists() {
            return Ok(SiteInfo { exists: false, languages: Vec::new(), currency: None, categories: Vec::new() });
        }
        let text =
            std::fs::read_to_string(&path).with_context(|| crate::msg!("import-cannot-read", file = path.display()))?;
        let value: serde_yaml::Value = serde_yaml::from_str(text.trim_start_matches('\u{feff}'))
            .with_context(|| crate::msg!("import-company-unreadable", file = path.display()))?;
        let languages = value["languages"]
            .as_sequence()
            .map(|langs| {
                langs.iter().filter_map(|l| l.as_str().or_else(|| l["code"].as_str()).map(str::to_string)).collect()
            })
            .unwrap_or_default();
        let currency = value["currency"].as_str().map(|c| c.to_ascii_uppercase());
        let categories = value["categories"]
            .as_sequence()
            .map(|cats| {
                cats.iter()
                    .filter_map(|c| {
                        let id = c["id"].as_str()?.to_string();
                        let names = match &c["name"] {
                            serde_yaml::Value::String(s) => vec![s.clone()],
                            serde_yaml::Value::Mapping(m) => {
                                m.values().filter_map(|v| v.as_str().map(str::to_string)).collect()
                            }
                            _ => Vec::new(),
                        };
                        Some((id, names))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(SiteInfo { exists: true, languages, currency, categories })
    }
}

/// The language of a file named like vitrina's feeds (`meta-en.csv`, `catalogo_es.csv`), when it is one of
/// `known`; otherwise the first of `known`.
fn file_language(file: &Path, known: &[String]) -> Option<String> {
    let stem = file.file_stem()?.to_string_lossy().to_lowercase();
    let tail = stem.rsplit(['-', '_', '.']).next()?;
    known.iter().find(|l| l.as_str() == tail).cloned()
}

/// Reads every file, then plans the files to write. Errors from every file are reported together.
pub(crate) fn plan(opts: &Options) -> Result<Plan> {
    let info = SiteInfo::load(&opts.site)?;
    let mut currency = info.currency.clone().or_else(|| opts.currency.as_ref().map(|c| c.to_ascii_uppercase()));
    let mut languages = info.languages.clone();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    for file in &opts.files {
        let table = table::Table::read(file)?;
        let Some(format) = opts.from.or_else(|| Format::detect(&table.headers)) else {
            bail!(crate::msg!("import-unknown-format", file = file.display()));
        };
        let known: Vec<String> = if languages.is_empty() {
            vec!["es".into(), "en".into(), "fr".into(), "de".into(), "pt".into()]
        } else {
            languages.clone()
        };
        let lang =
            file_language(file, &known).unwrap_or_else(|| languages.first().cloned().unwrap_or_else(|| "es".into()));
        let mut ctx = Ctx {
            file,
            file_name: file.display().to_string(),
            lang: lang.clone(),
            currency: currency.clone(),
            errors: Vec::new(),
            warnings: Vec::new(),
        };
        let read = match format {
            Format::Meta => meta::read(&table, &mut ctx),
            Format::Shopify => shopify::read(&table, &mut ctx),
            Format::Woocommerce => woocommerce::read(&table, &mut ctx),
            Format::Sheet => sheet::read(&table, &mut ctx),
        };
        currency = currency.or(ctx.currency.clone());
        errors.append(&mut ctx.errors);
        warnings.append(&mut ctx.warnings);
        // A new site's languages in the order the file gives them: the template's `title_<lang>` columns
        // (the first is the default), otherwise the file's language.
        let mut file_langs: Vec<String> = table
            .headers
            .iter()
            .filter_map(|h| h.to_ascii_lowercase().strip_prefix("title_").map(str::to_string))
            .collect();
        if format != Format::Sheet || file_langs.is_empty() {
            file_langs = vec![lang];
        }
        for l in file_langs {
            if !info.exists && !languages.contains(&l) && read.iter().any(|d| d.texts.contains_key(&l)) {
                languages.push(l);
            }
        }
        for d in read {
            merge(&mut drafts, d, &mut errors);
        }
    }
    if languages.is_empty() {
        languages.push("es".into());
    }
    let Some(currency) = currency else {
        bail!(crate::msg!("import-no-currency"));
    };
    if !errors.is_empty() {
        for w in &warnings {
            eprintln!("{} {w}", crate::msg!("prefix-warning"));
        }
        let count = errors.len();
        bail!("{}\n  {}", crate::msg!("import-errors", count = count), errors.join("\n  "));
    }
    writer::plan(opts, &info, &languages, &currency, drafts, warnings)
}

/// Adds a draft, or joins its texts to the product with the same SKU (the same catalog in another language,
/// as vitrina's `meta-es.csv` and `meta-en.csv`).
fn merge(drafts: &mut Vec<Draft>, d: Draft, errors: &mut Vec<String>) {
    if let Some(existing) = drafts.iter_mut().find(|e| e.sku == d.sku) {
        let new_langs: Vec<&String> = d.texts.keys().filter(|l| !existing.texts.contains_key(*l)).collect();
        if new_langs.is_empty() {
            errors.push(crate::msg!(
                "import-duplicate-sku",
                file = d.file.display(),
                row = d.row,
                sku = d.sku.as_str(),
                other = format!("{}:{}", existing.file.display(), existing.row)
            ));
            return;
        }
        for (l, t) in d.texts {
            existing.texts.entry(l).or_insert(t);
        }
        return;
    }
    drafts.push(d);
}

/// Writes (or, with `dry_run`, only lists) what the plan holds.
pub fn run(opts: &Options) -> Result<Plan> {
    let plan = plan(opts)?;
    if !opts.dry_run {
        plan.apply(opts)?;
    }
    Ok(plan)
}

/// Stock words of every source (`in stock`, `instock`, `available for order`, `onbackorder`, …) as vitrina's
/// `availability` values.
pub(crate) fn availability(value: &str) -> Option<&'static str> {
    let v = value.trim().to_lowercase().replace(['_', '-'], " ");
    Some(match v.as_str() {
        "in stock" | "instock" | "1" | "yes" | "true" | "available" => "in_stock",
        "available for order" | "onbackorder" | "on backorder" | "backorder" | "made to order" => "made_to_order",
        "preorder" | "pre order" => "preorder",
        "out of stock" | "outofstock" | "0" | "no" | "false" | "discontinued" | "sold out" => "out_of_stock",
        _ => return None,
    })
}

/// Reads the availability cell, warning (with row and column) about a word it does not know.
fn read_availability(ctx: &mut Ctx, row: usize, column: &str, value: &str) -> Option<&'static str> {
    if value.trim().is_empty() {
        return None;
    }
    let found = availability(value);
    if found.is_none() {
        let file = ctx.file_name.clone();
        ctx.warn(crate::msg!("import-availability-unknown", file = file, row = row, column = column, value = value));
    }
    found
}

/// Adds the "missing columns" error when the file lacks any of `required`; true when all are there.
fn require_columns(table: &table::Table, ctx: &mut Ctx, format: &str, required: &[&str]) -> bool {
    let missing = table.missing(required);
    if missing.is_empty() {
        return true;
    }
    let file = ctx.file_name.clone();
    ctx.errors.push(crate::msg!("import-missing-columns", file = file, format = format, columns = missing.join(", ")));
    false
}

/// Images listed in one cell, separated by commas (Meta, WooCommerce) — addresses may hold no bare comma.
fn image_list(cell: &str, row: usize, column: &str) -> Vec<ImageRef> {
    cell.split([',', '|', '\n'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| ImageRef { source: s.to_string(), row, column: column.to_string() })
        .collect()
}

/// The last segment of a product address (`…/productos/molcajete-20/` → `molcajete-20`), as a slug.
fn slug_from_link(link: &str) -> Option<String> {
    let path = link.split(['?', '#']).next()?;
    let last = path.trim_end_matches('/').rsplit('/').next()?;
    let last = last.trim_end_matches(".html");
    let decoded = percent_encoding::percent_decode_str(last).decode_utf8_lossy();
    let slug = slugify(&decoded);
    // Meta's own addresses end in a number (`/commerce/products/123/`): no slug there, the title gives one.
    (path.contains("://") && slug.chars().any(|c| c.is_ascii_alphabetic())).then_some(slug)
}

/// What the import did (or, with `--dry-run`, would do): files written, changes, photos to download,
/// categories to add, warnings.
pub fn print_report(plan: &Plan, opts: &Options) {
    for w in &plan.warnings {
        eprintln!("{} {w}", crate::msg!("prefix-warning"));
    }
    for f in &plan.files {
        match &f.status {
            writer::Status::New if opts.dry_run => {
                println!("  {}", crate::msg!("import-would-write", file = f.path.as_str()))
            }
            writer::Status::New => println!("  {}", crate::msg!("import-wrote", file = f.path.as_str())),
            writer::Status::Same => {}
            writer::Status::Changed(lines) => {
                println!("  {}", crate::msg!("import-changes", file = f.path.as_str()));
                for l in lines.iter().take(40) {
                    println!("      {l}");
                }
            }
        }
    }
    if !plan.downloads.is_empty() {
        println!("{}", crate::msg!("import-downloads", count = plan.downloads.len()));
        for (url, path) in &plan.downloads {
            println!("  {url}\n    -> {}", opts.site.join(path).display());
        }
    }
    if !plan.category_lines.is_empty() {
        println!("{}", crate::msg!("import-categories-to-add", count = plan.category_lines.len()));
        for l in &plan.category_lines {
            println!("{l}");
        }
    }
    let written = plan.files.iter().filter(|f| !matches!(f.status, writer::Status::Same)).count();
    let unchanged = plan.files.len() - written;
    let dir = opts.site.display();
    let (products, files) = (plan.products, written);
    if opts.dry_run {
        println!(
            "{}",
            crate::msg!("import-summary-dry-run", products = products, files = files, unchanged = unchanged, dir = dir)
        );
    } else {
        println!(
            "{}",
            crate::msg!("import-summary", products = products, files = files, unchanged = unchanged, dir = dir)
        );
    }
}
