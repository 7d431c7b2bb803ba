//! Finding Markdown documents and their translations in a folder: `<slug>.md` is the default language,
//! `<slug>.<lang>.md` a translation. File names are kept as the owner wrote them (the document's identity); the
//! address is their ASCII transliteration (`crate::slug`).

use crate::i18n::Language;
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One document: its default-language file and the translation file per language index (1..).
pub struct SourceSet {
    /// The file stem as written (`jarrón-de-barro-ñu`): the document's identity, what `serve` watches.
    pub id: String,
    /// The address the file name gives (`jarron-de-barro-nu`), unless front matter sets `slug:`.
    pub slug: String,
    pub default: Source,
    pub translations: BTreeMap<usize, Source>,
}

pub struct Source {
    /// Path relative to the site folder, for messages.
    pub rel: PathBuf,
    path: PathBuf,
    /// The file's text, once [`SourceSet::read`] has read it.
    pub text: String,
    /// Last modification date of the file, for the sitemap's `lastmod`.
    pub modified: Option<chrono::NaiveDate>,
}

impl Source {
    fn new(site: &Path, folder: &str, name: &str) -> Source {
        Source {
            rel: Path::new(folder).join(name),
            path: site.join(folder).join(name),
            text: String::new(),
            modified: None,
        }
    }

    fn read(&mut self) -> Result<()> {
        let rel = &self.rel;
        let mut file =
            std::fs::File::open(&self.path).with_context(|| crate::msg!("io-cannot-read", path = rel.display()))?;
        let meta = file.metadata().with_context(|| crate::msg!("io-cannot-read", path = rel.display()))?;
        self.modified = meta.modified().ok().map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
        let mut text = String::with_capacity(meta.len() as usize);
        std::io::Read::read_to_string(&mut file, &mut text)
            .with_context(|| crate::msg!("content-not-utf8", path = rel.display()))?;
        self.text = text;
        Ok(())
    }
}

impl SourceSet {
    /// Reads the files of the document. Discovery only lists them, so that a big catalog can be read in
    /// parallel and each file's text dropped as soon as it is parsed, instead of holding every file at once.
    pub fn read(&mut self) -> Result<()> {
        self.default.read()?;
        self.translations.values_mut().try_for_each(Source::read)
    }
}

pub fn discover(site: &Path, folder: &str, languages: &[Language]) -> Result<Vec<SourceSet>> {
    let dir = site.join(folder);
    if !dir.exists() {
        return Ok(Vec::new());
    }
    let mut defaults: BTreeMap<String, Source> = BTreeMap::new();
    let mut translations: Vec<(String, usize, Source)> = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).min_depth(1).max_depth(1).sort_by_file_name() {
        let entry = entry.with_context(|| crate::msg!("io-cannot-list", path = dir.display()))?;
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') || !name.ends_with(".md") {
            continue;
        }
        if entry.path_is_symlink() {
            return Err(symlink_error(&Path::new(folder).join(&name)));
        }
        if !entry.file_type().is_file() {
            continue;
        }
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        let src = Source::new(site, folder, &name);
        let rel = &src.rel;
        match stem.rsplit_once('.') {
            None => {
                address_of(stem, rel)?;
                defaults.insert(stem.to_string(), src);
            }
            Some((slug, code)) => {
                let Some(idx) = languages.iter().position(|l| l.code == code) else {
                    bail!(crate::msg!(
                        "content-unknown-language",
                        file = rel.display(),
                        code = code,
                        languages = languages.iter().map(|l| l.code.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                };
                if idx == 0 {
                    bail!(crate::msg!(
                        "content-default-language-suffix",
                        file = rel.display(),
                        code = code,
                        folder = folder,
                        slug = slug
                    ));
                }
                translations.push((slug.to_string(), idx, src));
            }
        }
    }
    let mut sets: BTreeMap<String, SourceSet> = BTreeMap::new();
    for (id, default) in defaults {
        let slug = address_of(&id, &default.rel)?;
        sets.insert(id.clone(), SourceSet { id, slug, default, translations: BTreeMap::new() });
    }
    for (slug, idx, src) in translations {
        match sets.get_mut(&slug) {
            Some(set) => {
                set.translations.insert(idx, src);
            }
            None => bail!(orphan_error(&src.rel, folder, &slug)),
        }
    }
    Ok(sets.into_values().collect())
}

/// The files of one document (`<slug>.md` and its translations), for incremental rebuilds. `None` when the
/// default-language file is gone (the document was deleted or renamed).
pub fn discover_slug(site: &Path, folder: &str, slug: &str, languages: &[Language]) -> Result<Option<SourceSet>> {
    let read = |name: String| -> Result<Option<Source>> {
        let path = site.join(folder).join(&name);
        if path.symlink_metadata().is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(symlink_error(&Path::new(folder).join(&name)));
        }
        if !path.is_file() {
            return Ok(None);
        }
        let mut src = Source::new(site, folder, &name);
        src.read()?;
        Ok(Some(src))
    };
    let mut translations = BTreeMap::new();
    for (i, lang) in languages.iter().enumerate().skip(1) {
        if let Some(src) = read(format!("{slug}.{}.md", lang.code))? {
            translations.insert(i, src);
        }
    }
    match read(format!("{slug}.md"))? {
        Some(default) => {
            let address = address_of(slug, &default.rel)?;
            Ok(Some(SourceSet { id: slug.to_string(), slug: address, default, translations }))
        }
        None => match translations.into_values().next() {
            Some(orphan) => bail!(orphan_error(&orphan.rel, folder, slug)),
            None => Ok(None),
        },
    }
}

/// A document that is a symbolic link is refused rather than skipped (the owner would wonder where the product
/// went) or followed (its text could come from anywhere on the computer, and a link breaks when the site
/// folder is copied or deployed).
fn symlink_error(rel: &Path) -> anyhow::Error {
    anyhow::anyhow!(crate::msg!("content-symlink", file = rel.display()))
}

/// A translation (`<slug>.<lang>.md`) whose default-language file is missing.
fn orphan_error(rel: &Path, folder: &str, slug: &str) -> String {
    crate::msg!("content-orphan-translation", file = rel.display(), folder = folder, slug = slug)
}

/// The address a file name gives. Only a name with nothing readable in Latin letters or digits (`★.md`) is
/// refused; accents, ñ, capitals and spaces are transliterated.
fn address_of(stem: &str, rel: &Path) -> Result<String> {
    let slug = crate::slug::from_name(stem);
    if slug.is_empty() {
        bail!(crate::msg!("content-file-name-unreadable", file = rel.display(), name = stem));
    }
    Ok(slug)
}

/// A valid slug close to what the owner wrote, for hints.
pub fn suggest_slug(s: &str) -> String {
    match crate::slug::from_name(s) {
        slug if slug.is_empty() => "item-1".to_string(),
        slug => slug,
    }
}
