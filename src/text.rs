//! `Text`: a human-readable value that is either one string for every language or a map of language → string.
//! Every text field of the profile and of products uses it, so fallback and "untranslated" reporting live here.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum Text {
    One(String),
    PerLanguage(BTreeMap<String, String>),
}

impl Text {
    /// The text in `lang`, falling back to `default` and then to any language present.
    pub fn get<'a>(&'a self, lang: &str, default: &str) -> &'a str {
        match self {
            Text::One(s) => s,
            Text::PerLanguage(m) => {
                m.get(lang).or_else(|| m.get(default)).or_else(|| m.values().next()).map(String::as_str).unwrap_or("")
            }
        }
    }

    /// True when a per-language map lacks `lang` (a single string counts as every language).
    pub fn is_missing(&self, lang: &str) -> bool {
        matches!(self, Text::PerLanguage(m) if !m.contains_key(lang))
    }

    /// Language keys used in a per-language map, to check them against the site's languages.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        let keys: Vec<&str> = match self {
            Text::One(_) => Vec::new(),
            Text::PerLanguage(m) => m.keys().map(String::as_str).collect(),
        };
        keys.into_iter()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::One(s.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_default_language() {
        let t: Text = serde_yaml::from_str("{es: Hola, en: Hello}").unwrap();
        assert_eq!(t.get("en", "es"), "Hello");
        assert_eq!(t.get("fr", "es"), "Hola");
        assert!(t.is_missing("fr"));
        assert!(!t.is_missing("en"));
        let one: Text = serde_yaml::from_str("Hola").unwrap();
        assert_eq!(one.get("en", "es"), "Hola");
        assert!(!one.is_missing("en"));
    }
}
