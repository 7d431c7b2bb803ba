//! Where every page lives. Paths are relative to the site root and end in `/` (clean URLs); the default
//! language sits at the root and the others under `/<code>/`. Path words (`productos`, `products`) come
//! from the UI strings, so each language gets addresses in its own words.

use crate::i18n::{Language, Strings};

pub struct Routes<'a> {
    pub lang: &'a Language,
    pub strings: &'a Strings,
}

impl Routes<'_> {
    pub fn home(&self) -> String {
        self.lang.prefix.clone()
    }
    pub fn product(&self, slug: &str) -> String {
        Self::product_in(&self.products(), slug)
    }
    /// A product's page inside its language's products folder (`products()`), for callers that list many.
    pub fn product_in(folder: &str, slug: &str) -> String {
        format!("{folder}{slug}/")
    }
    /// The all-products listing: the products folder itself.
    pub fn products(&self) -> String {
        format!("{}{}/", self.lang.prefix, self.strings.get("paths.products"))
    }
    /// Page `n` of the listing at `first` (its page 1): `productos/` → `productos/pagina/2/`.
    pub fn listing_page(&self, first: &str, n: usize) -> String {
        if n <= 1 {
            first.to_string()
        } else {
            format!("{first}{}/{n}/", self.strings.get("paths.page"))
        }
    }
    pub fn category(&self, slug: &str) -> String {
        format!("{}{}/{slug}/", self.lang.prefix, self.strings.get("paths.categories"))
    }
    pub fn order(&self) -> String {
        format!("{}{}/", self.lang.prefix, self.strings.get("paths.order"))
    }
    pub fn about(&self) -> String {
        format!("{}{}/", self.lang.prefix, self.strings.get("paths.about"))
    }
    /// The buyer's enquiry list (several products in one message), kept in the browser.
    pub fn enquiry(&self) -> String {
        format!("{}{}/", self.lang.prefix, self.strings.get("paths.enquiry"))
    }
    /// The printable line sheet (every product with its QR code), for trade fairs and B2B buyers.
    pub fn line_sheet(&self) -> String {
        format!("{}{}/", self.lang.prefix, self.strings.get("paths.line_sheet"))
    }
    pub fn page(&self, slug: &str) -> String {
        format!("{}{slug}/", self.lang.prefix)
    }
}

/// Why `word` cannot be a path word (`paths.products` in the UI strings), or `None`. A path word is one URL
/// segment: it becomes a folder of the output, so anything that could climb out of it or form another path
/// (`/`, `..`, a drive) is refused, and only letters, digits, `-` and `_` keep addresses clean.
pub fn path_word_problem(word: &str) -> Option<String> {
    if word.is_empty() {
        Some(crate::msg!("routes-word-empty"))
    } else if word.contains(['/', '\\']) {
        Some(crate::msg!("routes-word-slash"))
    } else if !word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        Some(crate::msg!("routes-word-characters"))
    } else {
        None
    }
}

/// The output file for a clean URL path: `en/products/x/` → `en/products/x/index.html`.
pub fn file_for(path: &str) -> String {
    format!("{path}index.html")
}

/// The relative prefix from a page at `path` back to the site root: `` → `./`, `en/products/x/` → `../../../`.
/// Relative links keep every page working under any base path (a GitHub Pages project site) and at the root.
pub fn root_from(path: &str) -> String {
    let depth = path.matches('/').count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// The absolute URL of a path: `base_url` always ends in `/`.
pub fn absolute(base_url: &str, path: &str) -> String {
    format!("{base_url}{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots_are_relative() {
        assert_eq!(root_from(""), "./");
        assert_eq!(root_from("en/"), "../");
        assert_eq!(root_from("en/products/x/"), "../../../");
        assert_eq!(file_for("en/"), "en/index.html");
        assert_eq!(file_for(""), "index.html");
    }

    #[test]
    fn path_words_are_single_segments() {
        for ok in ["pedidos", "como-comprar", "produits_2", "製品"] {
            assert_eq!(path_word_problem(ok), None, "{ok}");
        }
        for bad in ["", "/srv/other-site", "../../../x", "..", "a/b", "a\\b", "C:", "a b", "a?b", "%2e%2e"] {
            assert!(path_word_problem(bad).is_some(), "{bad:?} passed");
        }
    }
}
