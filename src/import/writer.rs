//! Turns drafts into the files of a site: `products/<slug>.md` in the default language, `<slug>.<lang>.md`
//! for the others, photos copied into `images/`, and company.yaml for a new site. Nothing is written until
//! the whole plan is known, so a refused import leaves the folder as it was; a file that exists with other
//! content is a conflict, listed with its changed lines, and replaced only with `--update`. An existing
//! company.yaml is never rewritten: the categories it lacks are printed as the lines to add.

use super::{Draft, Options, PriceValue, SiteInfo};
use anyhow::{bail, Context, Result};
use serde_yaml::{Mapping, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub enum Status {
    New,
    Same,
    /// The lines that would go (`- …`) and come (`+ …`).
    Changed(Vec<String>),
}

pub struct Planned {
    /// Relative to the site folder, with `/`.
    pub path: String,
    pub content: Content,
    pub status: Status,
}

pub enum Content {
    Text(String),
    /// A photo copied from the owner's folder.
    Copy(PathBuf),
}

#[derive(Default)]
pub struct Plan {
    pub files: Vec<Planned>,
    /// (address, where to save it) for photos the CSV names by address and the owner has not downloaded.
    pub downloads: Vec<(String, String)>,
    /// The lines to add under `categories:` in an existing company.yaml.
    pub category_lines: Vec<String>,
    pub warnings: Vec<String>,
    pub products: usize,
}

impl Plan {
    pub(crate) fn conflicts(&self) -> Vec<&Planned> {
        self.files.iter().filter(|f| matches!(f.status, Status::Changed(_))).collect()
    }

    /// Writes the new and changed files. Changed ones only with `--update` (refused before anything is
    /// written otherwise).
    pub(crate) fn apply(&self, opts: &Options) -> Result<()> {
        let conflicts = self.conflicts();
        if !conflicts.is_empty() && !opts.update {
            let list: Vec<&str> = conflicts.iter().map(|c| c.path.as_str()).collect();
            bail!(crate::msg!("import-conflicts", count = list.len(), files = list.join("\n  ")));
        }
        for f in &self.files {
            if matches!(f.status, Status::Same) {
                continue;
            }
            let dest = opts.site.join(&f.path);
            if let Some(dir) = dest.parent() {
                std::fs::create_dir_all(dir)
                    .with_context(|| crate::msg!("import-cannot-write", file = dir.display()))?;
            }
            let written = match &f.content {
                Content::Text(text) => std::fs::write(&dest, text),
                Content::Copy(from) => std::fs::copy(from, &dest).map(|_| ()),
            };
            written.with_context(|| crate::msg!("import-cannot-write", file = dest.display()))?;
        }
        Ok(())
    }
}

pub(crate) fn plan(
    opts: &Options,
    info: &SiteInfo,
    languages: &[String],
    currency: &str,
    mut drafts: Vec<Draft>,
    warnings: Vec<String>,
) -> Result<Plan> {
    let default = languages[0].clone();
    let mut plan = Plan { warnings, products: drafts.len(), ..Plan::default() };
    // Categories: an existing id or name (in any language) is reused; others are new.
    let mut new_categories: Vec<(String, BTreeMap<String, String>)> = Vec::new();
    let mut category_of = Vec::new();
    for d in &drafts {
        let names: BTreeMap<String, String> =
            d.texts.iter().filter_map(|(l, t)| t.category.clone().map(|c| (l.clone(), c))).collect();
        let main = names.get(&default).or_else(|| names.values().next()).cloned().unwrap_or_else(|| "General".into());
        let found = info.categories.iter().find(|(id, cat_names)| {
            id.eq_ignore_ascii_case(&main)
                || *id == super::slugify(&main)
                || cat_names.iter().any(|n| n.eq_ignore_ascii_case(&main))
        });
        let id = match found {
            Some((id, _)) => id.clone(),
            None => {
                let id = match super::slugify(&main) {
                    s if s.is_empty() => "general".to_string(),
                    s => s,
                };
                match new_categories.iter_mut().find(|(i, _)| *i == id) {
                    Some((_, known)) => names.iter().for_each(|(l, n)| {
                        known.entry(l.clone()).or_insert_with(|| n.clone());
                    }),
                    None => new_categories
                        .push((id.clone(), if names.is_empty() { [(default.clone(), main)].into() } else { names })),
                }
                id
            }
        };
        category_of.push(id);
    }
    // Slugs: unique among the imported products (a second `cazo` becomes `cazo-2`).
    let mut used = std::collections::HashSet::new();
    for d in &mut drafts {
        if d.slug.is_empty() {
            d.slug = format!("product-{}", d.row);
        }
        let base = d.slug.clone();
        let mut n = 2;
        while !used.insert(d.slug.clone()) {
            d.slug = format!("{base}-{n}");
            n += 1;
        }
    }
    let csv_dirs: Vec<PathBuf> = opts.files.iter().filter_map(|f| f.parent().map(Path::to_path_buf)).collect();
    for (d, category) in drafts.iter().zip(&category_of) {
        let mut srcs = Vec::new();
        for image in &d.images {
            match locate_image(&image.source, opts.images.as_deref(), &csv_dirs) {
                Located::Outside => bail!(crate::msg!(
                    "import-image-outside",
                    file = d.file.display(),
                    row = image.row,
                    column = image.column.as_str(),
                    image = image.source.as_str()
                )),
                Located::Local(from, name) => {
                    let path = format!("images/{name}");
                    if !plan.files.iter().any(|f| f.path == path) {
                        plan.files.push(Planned {
                            status: status_of_copy(&opts.site.join(&path), &from)?,
                            path,
                            content: Content::Copy(from),
                        });
                    }
                    srcs.push(name);
                }
                Located::Download(name) => {
                    let path = format!("images/{name}");
                    if !opts.site.join(&path).exists() && !plan.downloads.iter().any(|(_, p)| *p == path) {
                        plan.downloads.push((image.source.clone(), path));
                    }
                    srcs.push(name);
                }
                Located::Missing(name) => {
                    if !opts.site.join("images").join(&name).exists() {
                        plan.warnings.push(crate::msg!(
                            "import-image-missing",
                            file = d.file.display(),
                            row = image.row,
                            column = image.column.as_str(),
                            image = image.source.as_str()
                        ));
                    }
                    srcs.push(name);
                }
            }
        }
        let main_lang = if d.texts.contains_key(&default) {
            default.clone()
        } else {
            d.texts.keys().next().cloned().unwrap_or_default()
        };
        let main_text = d.texts.get(&main_lang).cloned().unwrap_or_default();
        let text = product_file(d, &main_text, category, &srcs, currency);
        push_text(&mut plan, &opts.site, format!("products/{}.md", d.slug), text)?;
        for (lang, t) in &d.texts {
            if *lang == main_lang || !languages.contains(lang) {
                continue;
            }
            let text = translation_file(d, t, srcs.len());
            push_text(&mut plan, &opts.site, format!("products/{}.{lang}.md", d.slug), text)?;
        }
    }
    if info.exists {
        for (id, names) in &new_categories {
            plan.category_lines.push(format!("  - {{ id: {id}, name: {} }}", inline_text(names)));
        }
    } else {
        let brand = drafts.iter().find_map(|d| d.brand.clone());
        let text = company_file(opts, languages, currency, brand, &new_categories);
        push_text(&mut plan, &opts.site, "company.yaml".into(), text)?;
    }
    Ok(plan)
}

enum Located {
    Local(PathBuf, String),
    /// A path leading out of the folders photos may come from: `/etc/passwd`, `../../secret.jpg`, a link.
    Outside,
    Download(String),
    Missing(String),
}

/// Where a photo comes from. An address is looked up by its file name in `--images` (photos the owner
/// downloaded); a file name in `--images` or next to the CSV. The saved name is made safe for a URL.
/// A CSV is often someone else's file: a photo is only ever read from inside the CSV's folder or `--images`,
/// so a cell naming `/etc/passwd`, `../../secret.jpg` or a link out of those folders is `Outside`.
fn locate_image(source: &str, images: Option<&Path>, csv_dirs: &[PathBuf]) -> Located {
    let is_url = source.starts_with("http://") || source.starts_with("https://");
    if !is_url && escapes(&source.replace('\\', "/")) {
        return Located::Outside;
    }
    match find_image(source, is_url, images, csv_dirs) {
        Some((found, dir, name)) if inside(&found, &dir) => Located::Local(found, name),
        Some(_) => Located::Outside,
        None if is_url => Located::Download(safe_image_name(&image_name(source, true))),
        None => Located::Missing(safe_image_name(&image_name(source, false))),
    }
}

/// A relative path that climbs out of its folder, or an absolute one (`/x`, `C:/x`, `//server/x`).
fn escapes(path: &str) -> bool {
    let p = Path::new(path);
    p.is_absolute()
        || path.starts_with('/')
        || path.as_bytes().get(1) == Some(&b':')
        || p.components().any(|c| matches!(c, std::path::Component::ParentDir))
}

/// Whether `file`, links resolved, is inside `dir`.
fn inside(file: &Path, dir: &Path) -> bool {
    match (file.canonicalize(), dir.canonicalize()) {
        (Ok(f), Ok(d)) => f.starts_with(d),
        _ => false,
    }
}

/// The file name a source names: the last segment of its path or address (percent-decoded).
fn image_name(source: &str, is_url: bool) -> String {
    if is_url {
        let path = source.split(['?', '#']).next().unwrap_or(source);
        percent_encoding::percent_decode_str(path.rsplit('/').next().unwrap_or_default())
            .decode_utf8_lossy()
            .into_owned()
    } else {
        source.rsplit(['/', '\\']).next().unwrap_or(source).to_string()
    }
}

/// The first existing file a source may be, with the folder it must stay inside and its saved name.
fn find_image(
    source: &str,
    is_url: bool,
    images: Option<&Path>,
    csv_dirs: &[PathBuf],
) -> Option<(PathBuf, PathBuf, String)> {
    let raw_name = image_name(source, is_url);
    let name = safe_image_name(&raw_name);
    let mut candidates: Vec<(PathBuf, PathBuf)> = Vec::new();
    if let Some(dir) = images {
        candidates.push((dir.join(&raw_name), dir.to_path_buf()));
        candidates.push((dir.join(&name), dir.to_path_buf()));
    }
    if !is_url {
        for dir in csv_dirs {
            // `Path::parent` of a bare `x.csv` is "": the current folder.
            let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir.as_path() };
            candidates.push((dir.join(source.replace('\\', "/")), dir.to_path_buf()));
            candidates.push((dir.join("images").join(&raw_name), dir.to_path_buf()));
        }
    }
    candidates.into_iter().find(|(c, _)| c.is_file()).map(|(c, d)| (c, d, name))
}

/// `WhatsApp Image 2026-11-03 at 10.15.22.jpeg` → `whatsapp-image-2026-11-03-at-10-15-22.jpeg`: a name that
/// needs no escaping in any address.
fn safe_image_name(raw: &str) -> String {
    let (stem, ext) = match raw.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() && e.len() <= 5 => (s, e.to_ascii_lowercase()),
        _ => (raw, "jpg".to_string()),
    };
    let stem = match super::slugify(stem) {
        s if s.is_empty() => "photo".to_string(),
        s => s,
    };
    let ext: String = ext.chars().filter(|c| c.is_ascii_alphanumeric()).collect();
    format!("{stem}.{ext}")
}

fn status_of_copy(dest: &Path, from: &Path) -> Result<Status> {
    if !dest.exists() {
        return Ok(Status::New);
    }
    let same = std::fs::read(dest).ok()
        == Some(std::fs::read(from).with_context(|| crate::msg!("import-cannot-read", file = from.display()))?);
    Ok(if same { Status::Same } else { Status::Changed(Vec::new()) })
}

fn push_text(plan: &mut Plan, site: &Path, path: String, text: String) -> Result<()> {
    let dest = site.join(&path);
    let status = match std::fs::read_to_string(&dest) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Status::New,
        Err(e) => return Err(e).with_context(|| crate::msg!("import-cannot-read", file = dest.display())),
        Ok(old) if old == text => Status::Same,
        Ok(old) => Status::Changed(diff(&old, &text)),
    };
    plan.files.push(Planned { path, content: Content::Text(text), status });
    Ok(())
}

/// The lines that differ, old ones first: enough for an owner to see what `--update` would change.
fn diff(old: &str, new: &str) -> Vec<String> {
    let gone = old.lines().filter(|l| !new.lines().any(|n| n == *l)).map(|l| format!("- {l}"));
    let come = new.lines().filter(|l| !old.lines().any(|o| o == *l)).map(|l| format!("+ {l}"));
    gone.chain(come).collect()
}

fn yaml(map: Mapping) -> String {
    if map.is_empty() {
        return String::new();
    }
    serde_yaml::to_string(&Value::Mapping(map)).unwrap_or_default()
}

fn s(v: &str) -> Value {
    Value::String(v.to_string())
}

fn product_file(d: &Draft, t: &super::Texts, category: &str, srcs: &[String], currency: &str) -> String {
    let mut head = Mapping::new();
    head.insert(s("title"), s(&t.title));
    head.insert(s("sku"), s(&d.sku));
    let price = match &d.price {
        PriceValue::Amount(a) => {
            format!("price: {}\n", crate::money::machine_amount(*a, currency).trim_end_matches(".00"))
        }
        PriceValue::OnRequest => "price: on request\n".to_string(),
    };
    let mut tail = Mapping::new();
    tail.insert(s("availability"), s(d.availability.unwrap_or("in_stock")));
    tail.insert(s("category"), s(category));
    if !d.tags.is_empty() {
        tail.insert(s("tags"), Value::Sequence(d.tags.iter().map(|x| s(x)).collect()));
    }
    let images: Vec<Value> = srcs
        .iter()
        .enumerate()
        .map(|(i, src)| {
            let mut m = Mapping::new();
            m.insert(s("src"), s(src));
            m.insert(s("alt"), s(t.alts.get(i).unwrap_or(&t.title)));
            Value::Mapping(m)
        })
        .collect();
    tail.insert(s("images"), Value::Sequence(images));
    for (key, value) in [("brand", &d.brand), ("gtin", &d.gtin), ("mpn", &d.mpn), ("description", &t.description)] {
        if let Some(v) = value {
            tail.insert(s(key), s(v));
        }
    }
    let weight = d.weight_kg.map(|w| format!("weight_kg: {}\n", w.normalize())).unwrap_or_default();
    format!("---\n{}{price}{}{weight}---\n{}\n", yaml(head), yaml(tail), t.body)
}

fn translation_file(d: &Draft, t: &super::Texts, images: usize) -> String {
    let mut m = Mapping::new();
    m.insert(s("title"), s(&t.title));
    if let Some(slug) = t.slug.as_ref().filter(|s| **s != d.slug) {
        m.insert(s("slug"), s(slug));
    }
    if let Some(desc) = &t.description {
        m.insert(s("description"), s(desc));
    }
    if images > 0 && t.alts.len() >= images {
        let alts = t.alts[..images]
            .iter()
            .map(|a| {
                let mut i = Mapping::new();
                i.insert(s("alt"), s(a));
                Value::Mapping(i)
            })
            .collect();
        m.insert(s("images"), Value::Sequence(alts));
    }
    format!("---\n{}---\n{}\n", yaml(m), t.body)
}

/// `{ es: Barro, en: Pottery }`, or one quoted string when every language has the same name.
fn inline_text(names: &BTreeMap<String, String>) -> String {
    let q = |v: &str| serde_json::to_string(v).unwrap_or_default();
    let mut values: Vec<&String> = names.values().collect();
    values.dedup();
    if values.len() == 1 {
        return q(values[0]);
    }
    let parts: Vec<String> = names.iter().map(|(l, n)| format!("{l}: {}", q(n))).collect();
    format!("{{ {} }}", parts.join(", "))
}

fn company_file(
    opts: &Options,
    languages: &[String],
    currency: &str,
    brand: Option<String>,
    categories: &[(String, BTreeMap<String, String>)],
) -> String {
    let sources: Vec<String> = opts.files.iter().map(|f| f.display().to_string()).collect();
    let comment: String =
        crate::msg!("import-company-comment", files = sources.join(", ")).lines().map(|l| format!("# {l}\n")).collect();
    let name = brand.unwrap_or_else(|| crate::msg!("import-company-name"));
    let q = |v: &str| serde_json::to_string(v).unwrap_or_default();
    let mut out = format!(
        "{comment}base_url: https://example.com/\nlanguages: [{}]\ncurrency: {currency}\nname: {}\ncontact:\n  email: ventas@example.com\ncategories:\n",
        languages.join(", "),
        q(&name)
    );
    for (id, names) in categories {
        out.push_str(&format!("  - {{ id: {id}, name: {} }}\n", inline_text(names)));
    }
    out
}
