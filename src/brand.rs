//! The owner's brand: the `theme:` section of company.yaml (accent and background colours, hero image, logo
//! placement, theme files the site replaces on purpose) and the CSS custom properties it becomes.
//! Depends on nothing but the colour parser; `config` holds it and `render` prints its CSS.

use anyhow::{bail, Result};
use serde::Deserialize;

/// `theme:` in company.yaml. Every field is optional: an empty section keeps the default theme as it is.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Brand {
    /// Buttons, links and highlights, any CSS colour (`"#0b6e4f"`, `rgb(11 110 79)`, `teal`).
    pub accent: Option<String>,
    /// The page background, any CSS colour.
    pub background: Option<String>,
    /// A photo under `images/` shown at the top of the home page.
    pub hero: Option<String>,
    /// Where the header shows the logo.
    #[serde(default)]
    pub logo: LogoPlacement,
    /// Theme static files (e.g. `style.css`) the site's `static/` replaces on purpose. Without this a site file
    /// with a theme file's name is refused: a replaced stylesheet silently dropped every theme rule before.
    #[serde(default)]
    pub replace: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum LogoPlacement {
    /// Logo, then the company name, at the start of the header.
    #[default]
    Left,
    /// Logo and name centred above the menu.
    Center,
    /// The logo alone (for a logo that already spells the name; the name stays for screen readers).
    Only,
    /// No logo in the header (it is still the favicon and the Organization logo).
    Hidden,
}

impl LogoPlacement {
    /// The CSS class suffix on the header (`logo-left`, …).
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            LogoPlacement::Left => "left",
            LogoPlacement::Center => "center",
            LogoPlacement::Only => "only",
            LogoPlacement::Hidden => "hidden",
        }
    }
}

/// A colour checked and normalised to `#rrggbb` (or `#rrggbbaa`): only this form reaches the stylesheet, so a
/// value from company.yaml can never carry other CSS.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Colour(csscolorparser::Color);

impl Colour {
    pub(crate) fn parse(field: &str, value: &str) -> Result<Colour> {
        match value.trim().parse::<csscolorparser::Color>() {
            Ok(c) => Ok(Colour(c)),
            Err(_) => bail!(crate::msg!("brand-bad-colour", field = field, value = value)),
        }
    }

    pub(crate) fn hex(&self) -> String {
        self.0.to_css_hex().to_string()
    }

    /// WCAG relative luminance.
    fn luminance(&self) -> f32 {
        let lin = |c: f32| if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
        0.2126 * lin(self.0.r) + 0.7152 * lin(self.0.g) + 0.0722 * lin(self.0.b)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub(crate) fn contrast(&self, other: &Colour) -> f32 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }
}

const WHITE: &str = "#ffffff";
/// The theme's ink colour (`--ink` in style.css), used on light accents.
const INK: &str = "#2b211c";

impl Brand {
    /// Checks every colour; the error names the field and how to write a colour.
    pub(crate) fn validate(&self) -> Result<()> {
        self.colours().map(|_| ())
    }

    fn colours(&self) -> Result<(Option<Colour>, Option<Colour>)> {
        let accent = self.accent.as_deref().map(|v| Colour::parse("theme.accent", v)).transpose()?;
        let background = self.background.as_deref().map(|v| Colour::parse("theme.background", v)).transpose()?;
        Ok((accent, background))
    }

    /// The `:root { … }` rule that overrides the theme's custom properties, or `None` when nothing is set.
    /// The text colour on accent buttons is chosen for contrast (white, or the theme's ink on a light accent).
    pub(crate) fn css(&self) -> Result<Option<String>> {
        let (accent, background) = self.colours()?;
        let mut props = Vec::new();
        if let Some(a) = accent {
            let white = Colour::parse("", WHITE)?;
            let ink = Colour::parse("", INK)?;
            let on_accent = if a.contrast(&white) >= a.contrast(&ink) { WHITE } else { INK };
            props.push(format!("--accent:{};--accent-ink:{on_accent}", a.hex()));
        }
        if let Some(b) = background {
            props.push(format!("--paper:{}", b.hex()));
        }
        Ok((!props.is_empty()).then(|| format!(":root{{{}}}", props.join(";"))))
    }

    /// Contrast warnings: an accent used as link colour on the page background needs 4.5:1 to stay readable.
    pub(crate) fn low_contrast(&self) -> Option<String> {
        let (accent, background) = self.colours().ok()?;
        let accent = accent?;
        let paper = background.unwrap_or(Colour::parse("", "#fffaf5").ok()?);
        let ratio = accent.contrast(&paper);
        (ratio < 4.5).then(|| crate::msg!("brand-low-contrast", ratio = format!("{ratio:.1}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brand(accent: &str) -> Brand {
        Brand { accent: Some(accent.into()), ..Brand::default() }
    }

    #[test]
    fn colours_are_normalised_to_hex() {
        assert_eq!(brand("#0B6E4F").css().unwrap().unwrap(), ":root{--accent:#0b6e4f;--accent-ink:#ffffff}");
        assert_eq!(brand("rgb(11 110 79)").css().unwrap().unwrap(), ":root{--accent:#0b6e4f;--accent-ink:#ffffff}");
        assert!(brand("teal").css().unwrap().unwrap().contains("--accent:#008080"));
    }

    #[test]
    fn light_accent_gets_dark_text() {
        assert!(brand("#ffd966").css().unwrap().unwrap().contains("--accent-ink:#2b211c"));
    }

    #[test]
    fn css_injection_is_refused() {
        assert!(brand("red;}body{display:none").css().is_err());
        assert!(brand("url(x)").css().is_err());
    }

    #[test]
    fn nothing_set_means_no_css() {
        assert_eq!(Brand::default().css().unwrap(), None);
    }

    #[test]
    fn low_contrast_accent_is_reported() {
        assert!(brand("#ffd966").low_contrast().is_some());
        assert!(brand("#0b6e4f").low_contrast().is_none());
    }
}
