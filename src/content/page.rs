//! Free pages: `pages/<slug>.md` plus translations (title, description, slug, Markdown body).

use super::documents::{Source, SourceSet};
use super::front_matter::split;
use crate::i18n::Language;
use crate::text::Text;
use anyhow::{bail, Result};
use serde::Deserialize;
use std::path::PathBuf;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPage {
    title: Option<Text>,
    description: Option<Text>,
    slug: Option<String>,
}

#[derive(Debug, Clone)]
pub struct PageText {
    pub slug: String,
    pub title: String,
    pub description: Option<String>,
    /// The Markdown body rendered at load, like products'.
    pub body: crate::markdown::Rendered,
    pub source: PathBuf,
    pub translated: bool,
}

#[derive(Debug, Clone)]
pub struct Page {
    pub id: String,
    pub texts: Vec<PageText>,
}

fn parse(src: &Source) -> Result<(RawPage, String)> {
    let s = split(&src.text, &src.rel)?;
    let raw =
        if s.yaml.trim().is_empty() { RawPage::default() } else { crate::yaml::parse(s.yaml, &src.rel, s.yaml_line)? };
    Ok((raw, s.body.to_string()))
}

pub fn load(set: &SourceSet, languages: &[Language]) -> Result<Page> {
    let (raw, body) = parse(&set.default)?;
    let Some(title) = raw.title.clone() else {
        bail!(crate::msg!("page-missing-title", file = set.default.rel.display()));
    };
    let default = &languages[0].code;
    let mut texts = Vec::new();
    for (i, lang) in languages.iter().enumerate() {
        let (tr, tr_body, source) = match set.translations.get(&i) {
            Some(src) => {
                let (t, b) = parse(src)?;
                (Some(t), Some(b), src)
            }
            None => (None, None, &set.default),
        };
        // An explicit `slug:` wins: the translation's, then the default file's, then the file name's.
        let explicit = match tr.as_ref().and_then(|t| t.slug.clone()) {
            Some(s) => Some((s, source)),
            None => raw.slug.clone().map(|s| (s, &set.default)),
        };
        let slug = match explicit {
            Some((slug, file)) => {
                if !crate::config::is_slug(&slug) {
                    let example = super::documents::suggest_slug(&slug);
                    bail!(crate::msg!("page-bad-slug", file = file.rel.display(), slug = slug, example = example));
                }
                slug
            }
            None => set.slug.clone(),
        };
        let pick = |f: fn(&RawPage) -> Option<Text>| {
            tr.as_ref().and_then(f).or_else(|| f(&raw)).map(|t| t.get(&lang.code, default).to_string())
        };
        texts.push(PageText {
            slug,
            title: pick(|r| r.title.clone()).unwrap_or_else(|| title.get(&lang.code, default).to_string()),
            description: pick(|r| r.description.clone()),
            body: crate::markdown::render(&tr_body.filter(|b| !b.trim().is_empty()).unwrap_or_else(|| body.clone())),
            source: source.rel.clone(),
            translated: i == 0 || tr.is_some(),
        });
    }
    Ok(Page { id: set.id.clone(), texts })
}
