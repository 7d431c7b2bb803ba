//! Finding Markdown documents and their translations in a folder: `<slug>.md` is the default language,
//! `<slug>.<lang>.md` a translation.

use crate::i18n::Language;
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One document: its default-language file and the translation file per language index (1..).
pub struct SourceSet {
    pub slug: String,
    pub default: Source,
    pub translations: BTreeMap<usize, Source>,
}

pub struct Source {
    /// Path relative to the site folder, for messages.
    pub rel: PathBuf,
    pub text: String,
    /// Last modification date of the file, for the sitemap's `lastmod`.
    pub modified: Option<chrono::NaiveDate>,
}

pub fn discover(site: &Path, folder: &str, languages: &[Language]) -> Result<Vec<SourceSet>> {
    let dir = site.join(folder);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut defaults: BTreeMap<String, Source> = BTreeMap::new();
    let mut translations: Vec<(String, usize, Source)> = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).min_depth(1).max_depth(1).sort_by_file_name() {
        let entry = entry.with_context(|| format!("cannot list {}", dir.display()))?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || !entry.file_type().is_file() {
            continue;
        }
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let rel = Path::new(folder).join(&name);
        let read = || -> Result<Source> {
            let text = std::fs::read_to_string(entry.path())
                .with_context(|| format!("cannot read {} (is it UTF-8 text?)", rel.display()))?;
            let modified = entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
            Ok(Source { rel: rel.clone(), text, modified })
        };
        match stem.rsplit_once('.') {
            None => {
                check_slug(stem, &rel)?;
                defaults.insert(stem.to_string(), read()?);
            }
            Some((slug, code)) => {
                let Some(idx) = languages.iter().position(|l| l.code == code) else {
                    bail!(
                        "{}: {code:?} is not one of the site's languages ({}).\n  hint: translations are named <slug>.<language>.md; add the language to `languages` in company.yaml or rename the file",
                        rel.display(),
                        languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
                    );
                };
                if idx == 0 {
                    bail!(
                        "{}: {code} is the default language, whose text lives in {folder}/{slug}.md.\n  hint: rename this file to {slug}.md",
                        rel.display()
                    );
                }
                check_slug(slug, &rel)?;
                translations.push((slug.to_string(), idx, read()?));
            }
        }
    }
    let mut sets: BTreeMap<String, SourceSet> = defaults
        .into_iter()
        .map(|(slug, default)| (slug.clone(), SourceSet { slug, default, translations: BTreeMap::new() }))
        .collect();
    for (slug, idx, src) in translations {
        match sets.get_mut(&slug) {
            Some(set) => {
                set.translations.insert(idx, src);
            }
            None => bail!(
                "{}: a translation without its default-language file {folder}/{slug}.md.\n  hint: create {folder}/{slug}.md with the shared fields (sku, price, images…) or rename this file to match an existing product",
                src.rel.display()
            ),
        }
    }
    Ok(sets.into_values().collect())
}

/// The files of one document (`<slug>.md` and its translations), for incremental rebuilds. `None` when the
/// default-language file is gone (the document was deleted or renamed).
pub fn discover_slug(site: &Path, folder: &str, slug: &str, languages: &[Language]) -> Result<Option<SourceSet>> {
    let read = |name: String| -> Result<Option<Source>> {
        let path = site.join(folder).join(&name);
        if !path.is_file() {
            return Ok(None);
        }
        let rel = Path::new(folder).join(&name);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read {} (is it UTF-8 text?)", rel.display()))?;
        let modified = std::fs::metadata(&path)
            .ok()
            .and_then(|m| m.modified().ok())
            .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
        Ok(Some(Source { rel, text, modified }))
    };
    let mut translations = BTreeMap::new();
    for (i, lang) in languages.iter().enumerate().skip(1) {
        if let Some(src) = read(format!("{slug}.{}.md", lang.code))? {
            translations.insert(i, src);
        }
    }
    match read(format!("{slug}.md"))? {
        Some(default) => Ok(Some(SourceSet { slug: slug.to_string(), default, translations })),
        None => match translations.into_values().next() {
            Some(orphan) => bail!(
                "{}: a translation without its default-language file {folder}/{slug}.md.\n  hint: create {folder}/{slug}.md with the shared fields (sku, price, images…) or rename this file to match an existing product",
                orphan.rel.display()
            ),
            None => Ok(None),
        },
    }
}

fn check_slug(slug: &str, rel: &Path) -> Result<()> {
    if !crate::config::is_slug(slug) {
        bail!(
            "{}: the file name {slug:?} is used in the page's address, so it may hold only lower-case letters, digits and dashes.\n  hint: rename it, e.g. to {:?}",
            rel.display(),
            suggest_slug(slug)
        );
    }
    Ok(())
}

pub fn suggest_slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'Á' => 'a',
            'é' | 'è' | 'ë' | 'ê' | 'É' => 'e',
            'í' | 'ì' | 'ï' | 'î' | 'Í' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'Ó' => 'o',
            'ú' | 'ù' | 'ü' | 'û' | 'Ú' => 'u',
            'ñ' | 'Ñ' => 'n',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            _ => '-',
        };
        if !(c == '-' && (out.is_empty() || out.ends_with('-'))) {
            out.push(c);
        }
    }
    out.trim_end_matches('-').to_string()
}
