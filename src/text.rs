//! `Text`: a human-readable value that is either one string for every language or a map of language → string.
//! Every text field of the profile and of products uses it, so fallback and "untranslated" reporting live here.

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
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
}

/// Read by hand rather than as an untagged enum: serde's untagged enums report "data did not match any variant"
/// at the wrong line, while this names what is wrong where it is.
impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        d.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&crate::msg!("yaml-expected-text-or-map"))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
        Ok(Text::One(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(lang) = map.next_key::<String>()? {
            match map.next_value::<Option<String>>()? {
                Some(text) => {
                    out.insert(lang, text);
                }
                None => {
                    return Err(de::Error::custom(format!("{}{lang}", crate::yaml::KEY_WITHOUT_TEXT)));
                }
            }
        }
        Ok(Text::PerLanguage(out))
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

    #[test]
    fn a_bare_word_after_a_comma_is_reported() {
        let e = serde_yaml::from_str::<Text>("{es: Café, en: Coffee, beans}").unwrap_err().to_string();
        assert!(e.contains(&format!("{}beans", crate::yaml::KEY_WITHOUT_TEXT)), "{e}");
        assert!(serde_yaml::from_str::<Text>("[a, b]").is_err());
    }
}
