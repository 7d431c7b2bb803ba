//! Country names owners write where an ISO 3166 code is expected (`Alemania`, `Germany`, `USA`), turned into
//! the code to suggest. Names come from the ISO 3166 list (English, `rust_iso3166`), its three-letter codes, and
//! the country names of the built-in theme's UI strings in every language it ships (`countries:` in
//! themes/default/i18n/*.yaml), so a Spanish owner's `Estados Unidos` is recognised too.

/// Lower case, accents and punctuation removed: `Canadá`, `CANADA` and `canada.` compare equal.
fn fold(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().to_lowercase().chars() {
        let c = match c {
            'á' | 'à' | 'ä' | 'â' | 'ã' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' | 'õ' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if !(c == ' ' && (out.is_empty() || out.ends_with(' '))) {
            out.push(c);
        }
    }
    out.trim_end().to_string()
}

/// The ISO 3166 two-letter code for a country written by name or as a three-letter code, if it is one.
pub fn code_for_name(name: &str) -> Option<String> {
    let wanted = fold(name);
    if wanted.is_empty() {
        return None;
    }
    if let Some(c) = rust_iso3166::from_alpha3(&name.trim().to_uppercase()) {
        return Some(c.alpha2.to_string());
    }
    if let Some(c) = rust_iso3166::ALL.iter().find(|c| fold(c.name) == wanted) {
        return Some(c.alpha2.to_string());
    }
    for lang in ["es", "en"] {
        let Some(text) = crate::theme::i18n(lang) else { continue };
        let Ok(strings) = serde_yaml::from_str::<serde_yaml::Value>(text) else { continue };
        let Some(map) = strings.get("countries").and_then(|c| c.as_mapping()) else { continue };
        for (code, value) in map {
            if let (Some(code), Some(value)) = (code.as_str(), value.as_str()) {
                if fold(value) == wanted {
                    return Some(code.to_string());
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::code_for_name;

    #[test]
    fn names_in_spanish_and_english_and_alpha3_codes_become_codes() {
        assert_eq!(code_for_name("Alemania").as_deref(), Some("DE"));
        assert_eq!(code_for_name("ALEMANIA").as_deref(), Some("DE"));
        assert_eq!(code_for_name("Estados Unidos").as_deref(), Some("US"));
        assert_eq!(code_for_name("canadá").as_deref(), Some("CA"));
        assert_eq!(code_for_name("Germany").as_deref(), Some("DE"));
        assert_eq!(code_for_name("USA").as_deref(), Some("US"));
        assert_eq!(code_for_name("Narnia"), None);
        assert_eq!(code_for_name(""), None);
    }
}
