//! Names as owners write them (`jarrón-de-barro-ñu.md`, `WhatsApp Image 2026-11-03 at 10.15.22.jpeg`) turned
//! into the ASCII names used in addresses and output files (`jarron-de-barro-nu`,
//! `whatsapp-image-2026-11-03-at-10-15-22`).
//!
//! Transliteration rather than percent-encoding: an ASCII address survives every place it is copied to
//! unchanged (WhatsApp messages, feeds, sitemaps, `srcset`, where a space or a raw `ñ` breaks or is encoded
//! differently by each tool), and owners can read and type it. `deunicode` does the transliteration, so
//! accents, ñ, ß, Cyrillic or CJK names all get a readable Latin form.

/// Lower-case ASCII letters, digits and single dashes: `Foto 1` → `foto-1`, `Jarrón Ñu` → `jarron-nu`.
/// Empty when nothing in `name` has a Latin reading (the caller reports it).
pub fn from_name(name: &str) -> String {
    let ascii = deunicode::deunicode_with_tofu(name, "-");
    let mut out = String::with_capacity(ascii.len());
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            // Spaces, dots, underscores, apostrophes and everything else separate words.
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// A relative path under `images/` with each folder and the file stem transliterated, the extension dropped:
/// `Textiles Finos/Foto 1.jpeg` → `textiles-finos/foto-1`. A part with no Latin reading becomes `image`.
pub fn image_stem(src: &str) -> String {
    let (folders, file) = src.rsplit_once('/').map_or(("", src), |(d, f)| (d, f));
    let stem = file.rsplit_once('.').map(|(s, _)| s).filter(|s| !s.is_empty()).unwrap_or(file);
    let readable = |part: &str| {
        let s = from_name(part);
        if s.is_empty() {
            "image".to_string()
        } else {
            s
        }
    };
    folders.split('/').filter(|d| !d.is_empty()).chain([stem]).map(readable).collect::<Vec<_>>().join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_names_become_ascii() {
        assert_eq!(from_name("jarrón-de-barro-ñu"), "jarron-de-barro-nu");
        assert_eq!(from_name("Foto 1"), "foto-1");
        assert_eq!(from_name("WhatsApp Image 2026-11-03 at 10.15.22"), "whatsapp-image-2026-11-03-at-10-15-22");
        assert_eq!(from_name("  Café   Ñandú__Größe "), "cafe-nandu-grosse");
        assert_eq!(from_name("molcajete-20"), "molcajete-20");
        assert_eq!(from_name("---"), "");
        assert_eq!(from_name(""), "");
    }

    #[test]
    fn image_paths_keep_their_folders() {
        assert_eq!(image_stem("Foto 1.jpeg"), "foto-1");
        assert_eq!(image_stem("Textiles Finos/Rebozo Azul.JPG"), "textiles-finos/rebozo-azul");
        assert_eq!(image_stem("a.b/foto"), "a-b/foto");
        assert_eq!(image_stem(".jpg"), "jpg");
        assert_eq!(image_stem("★.png"), "image");
    }

    #[test]
    fn every_result_is_a_slug() {
        for s in ["Ωmega", "東京 タワー", "x", "ÀÉÎÕÜ", "日本"] {
            let slug = from_name(s);
            assert!(slug.is_empty() || crate::config::is_slug(&slug), "{s} → {slug}");
        }
    }
}
