//! Colour: every published image is sRGB, the colour space browsers and share previews assume for an image
//! without a profile (and our outputs carry none, like all their other metadata). A photo with an embedded
//! ICC profile — Adobe RGB or ProPhoto from cameras and raw converters, Display P3 from phones — has its
//! pixels converted with moxcms; published as they are, its colours would look washed out or shifted.
//! JPEG cannot hold transparency, so transparent pixels are blended onto the page background for JPEG
//! outputs instead of showing whatever colour the transparent pixels happen to hide.

use image::{DynamicImage, RgbImage};
use moxcms::{ColorProfile, DataColorSpace, Layout, TransformExecutor, TransformOptions};
use std::path::Path;

/// The page background when the stylesheet names none.
pub const WHITE: [u8; 3] = [255, 255, 255];

/// Pixels converted at a time: a small scratch buffer instead of a second copy of a 12-megapixel photo.
const PIXELS_PER_CHUNK: usize = 1 << 16;

/// Converts `img` (8-bit RGB or RGBA, as `encode::decode` makes it) from the colour space described by `icc`
/// to sRGB, in place. A profile that already is sRGB costs only a probe of a few hundred colours. Returns
/// advice for the owner when the profile cannot be used; the pixels are then left as they are (sRGB assumed).
pub fn to_srgb(img: &mut DynamicImage, icc: &[u8], label: &str) -> Option<String> {
    let unusable = |why: String| Some(crate::msg!("image-colour-unconverted", file = label, why = why));
    let profile = match ColorProfile::new_from_slice(icc) {
        Ok(p) => p,
        Err(e) => return unusable(crate::msg!("image-colour-unreadable", error = e.to_string())),
    };
    let srgb = ColorProfile::new_srgb();
    let opts = TransformOptions::default();
    match profile.color_space {
        DataColorSpace::Rgb => {
            let (layout, channels) = if img.color().has_alpha() { (Layout::Rgba, 4) } else { (Layout::Rgb, 3) };
            let transform = match profile.create_transform_8bit(layout, &srgb, layout, opts) {
                Ok(t) => t,
                Err(e) => return unusable(crate::msg!("image-colour-unsupported", error = e.to_string())),
            };
            if is_identity(transform.as_ref(), channels) {
                return None;
            }
            let pixels = raw_mut(img)?; // always there: `decode` makes 8-bit RGB or RGBA only
            let mut scratch = Vec::new();
            for part in pixels.chunks_mut(PIXELS_PER_CHUNK * channels) {
                scratch.clear();
                scratch.resize(part.len(), 0);
                if let Err(e) = transform.transform(part, &mut scratch) {
                    return unusable(crate::msg!("image-colour-failed", error = e.to_string()));
                }
                part.copy_from_slice(&scratch);
            }
            None
        }
        // A grey photo was expanded to RGB with equal channels: one table of 256 tones does it.
        DataColorSpace::Gray => {
            let transform = match profile.create_transform_8bit(Layout::Gray, &srgb, Layout::Rgb, opts) {
                Ok(t) => t,
                Err(e) => return unusable(crate::msg!("image-colour-grey-unsupported", error = e.to_string())),
            };
            let tones: Vec<u8> = (0..=255).collect();
            let mut table = vec![0u8; 256 * 3];
            if let Err(e) = transform.transform(&tones, &mut table) {
                return unusable(crate::msg!("image-colour-grey-failed", error = e.to_string()));
            }
            if tones.iter().all(|&t| (0..3).all(|c| table[t as usize * 3 + c].abs_diff(t) <= 1)) {
                return None;
            }
            let channels = if img.color().has_alpha() { 4 } else { 3 };
            let pixels = raw_mut(img)?; // always there: `decode` makes 8-bit RGB or RGBA only
            for px in pixels.chunks_exact_mut(channels) {
                for c in 0..3 {
                    px[c] = table[px[c] as usize * 3 + c];
                }
            }
            None
        }
        other => unusable(crate::msg!("image-colour-other-space", space = name(other))),
    }
}

/// The pixel bytes of an 8-bit RGB or RGBA image (the only kinds `decode` makes).
fn raw_mut(img: &mut DynamicImage) -> Option<&mut [u8]> {
    match img {
        DynamicImage::ImageRgb8(b) => Some(&mut **b),
        DynamicImage::ImageRgba8(b) => Some(&mut **b),
        _ => None,
    }
}

/// True when the transform leaves every colour of a coarse grid within one unit: the profile is sRGB (or
/// equivalent, as the many differently named sRGB profiles cameras and phones embed), so converting would
/// only cost time.
fn is_identity(transform: &(dyn TransformExecutor<u8> + Send + Sync), channels: usize) -> bool {
    let steps = [0u8, 51, 102, 153, 204, 255];
    let mut probe = Vec::with_capacity(steps.len().pow(3) * channels);
    for r in steps {
        for g in steps {
            for b in steps {
                probe.extend_from_slice(&[r, g, b, 255][..channels]);
            }
        }
    }
    let mut out = vec![0u8; probe.len()];
    transform.transform(&probe, &mut out).is_ok() && probe.iter().zip(&out).all(|(a, b)| a.abs_diff(*b) <= 1)
}

fn name(space: DataColorSpace) -> &'static str {
    match space {
        DataColorSpace::Cmyk | DataColorSpace::Cmy => "CMYK (print)",
        DataColorSpace::Lab => "Lab",
        _ => "non-RGB",
    }
}

/// The image as RGB for a JPEG: transparent and half-transparent pixels blended onto `background` the way a
/// browser shows them over the page (in sRGB values, as CSS compositing does).
pub fn flatten(img: &DynamicImage, background: [u8; 3]) -> RgbImage {
    let DynamicImage::ImageRgba8(rgba) = img else { return img.to_rgb8() };
    let mut out = RgbImage::new(rgba.width(), rgba.height());
    for (o, p) in out.pixels_mut().zip(rgba.pixels()) {
        let a = u32::from(p[3]);
        for c in 0..3 {
            o[c] = ((u32::from(p[c]) * a + u32::from(background[c]) * (255 - a) + 127) / 255) as u8;
        }
    }
    out
}

/// The page background, from the first that names a `--paper` colour: the `theme:` colours of company.yaml
/// (`brand_css`), the site's `assets/custom.css`, a `static/style.css` that replaces the theme's, the theme's
/// stylesheet; white when none does (a site stylesheet written from scratch).
pub fn page_background(site_root: &Path, brand_css: Option<&str>) -> [u8; 3] {
    let read = |rel: &str| std::fs::read_to_string(site_root.join(rel)).ok();
    let theme = || {
        crate::theme::static_files()
            .into_iter()
            .find(|(rel, _)| rel == "style.css")
            .and_then(|(_, bytes)| std::str::from_utf8(bytes).ok().map(str::to_string))
    };
    brand_css
        .and_then(paper_colour)
        .or_else(|| read(crate::theme::CUSTOM_CSS).as_deref().and_then(paper_colour))
        .or_else(|| read("static/style.css").as_deref().and_then(paper_colour))
        .or_else(|| theme().as_deref().and_then(paper_colour))
        .unwrap_or(WHITE)
}

/// `--paper: #fffaf5;` → [255, 250, 245]; `#rgb` works too. Anything else (a name, `rgb()`) is not read.
fn paper_colour(css: &str) -> Option<[u8; 3]> {
    let value = css.split("--paper:").nth(1)?.split([';', '}']).next()?.trim();
    let hex = value.strip_prefix('#')?;
    let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
    match digits[..] {
        [r, g, b] => Some([r * 17, g * 17, b * 17]),
        [r1, r2, g1, g2, b1, b2] => Some([r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_background_is_its_paper_colour() {
        assert_eq!(paper_colour(":root { --ink: #000; --paper: #fffaf5; --card: #fff; }"), Some([255, 250, 245]));
        assert_eq!(paper_colour(":root{--paper:#abc}"), Some([0xaa, 0xbb, 0xcc]));
        assert_eq!(paper_colour(":root { --paper: white; }"), None);
        assert_eq!(paper_colour("body { background: #000 }"), None);
        // The default theme names it, and a site without a stylesheet of its own uses it.
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(page_background(dir.path(), None), [255, 250, 245]);
        assert_eq!(page_background(dir.path(), Some(":root{--paper:#203040}")), [0x20, 0x30, 0x40]);
    }

    #[test]
    fn flattening_blends_onto_the_background() {
        let mut img = image::RgbaImage::new(3, 1);
        img.put_pixel(0, 0, image::Rgba([0, 0, 0, 0]));
        img.put_pixel(1, 0, image::Rgba([0, 0, 0, 255]));
        img.put_pixel(2, 0, image::Rgba([200, 0, 0, 128]));
        let flat = flatten(&DynamicImage::ImageRgba8(img), [255, 250, 245]);
        assert_eq!(flat.get_pixel(0, 0).0, [255, 250, 245]);
        assert_eq!(flat.get_pixel(1, 0).0, [0, 0, 0]);
        assert_eq!(flat.get_pixel(2, 0).0, [227, 125, 122]);
    }

    #[test]
    fn an_srgb_profile_changes_nothing_and_an_unreadable_one_is_reported() {
        let srgb = ColorProfile::new_srgb().encode().unwrap();
        let mut img = DynamicImage::ImageRgb8(RgbImage::from_pixel(2, 2, image::Rgb([233, 35, 35])));
        assert!(to_srgb(&mut img, &srgb, "images/a.jpg").is_none());
        assert_eq!(img.to_rgb8().get_pixel(0, 0).0, [233, 35, 35]);
        let note = to_srgb(&mut img, b"not a profile at all", "images/a.jpg").unwrap();
        assert!(note.starts_with("images/a.jpg: its embedded colour profile cannot be read"), "{note}");
        assert_eq!(img.to_rgb8().get_pixel(0, 0).0, [233, 35, 35]);
    }

    #[test]
    fn alpha_is_kept_and_grey_profiles_convert_too() {
        let adobe = include_bytes!("../../tests/fixtures/icc/compatibleWithAdobeRGB1998.icc");
        let px = image::RgbaImage::from_pixel(3, 2, image::Rgba([200, 120, 60, 77]));
        let mut img = DynamicImage::ImageRgba8(px);
        assert!(to_srgb(&mut img, adobe, "images/a.png").is_none());
        // LittleCMS gives 224, 121, 53 for this Adobe RGB colour (see tests/it/images.rs).
        let [r, g, b, a] = img.to_rgba8().get_pixel(2, 1).0;
        assert!(r.abs_diff(224) <= 1 && g.abs_diff(121) <= 1 && b.abs_diff(53) <= 1, "{r} {g} {b}");
        assert_eq!(a, 77);
        // A grey photo with a gamma 1.8 profile: 128 is 0.289 linear, 146.4 in sRGB.
        let grey = ColorProfile::new_gray_with_gamma(1.8).encode().unwrap();
        let mut img = DynamicImage::ImageRgb8(RgbImage::from_pixel(2, 2, image::Rgb([128, 128, 128])));
        assert!(to_srgb(&mut img, &grey, "images/g.jpg").is_none());
        for c in img.to_rgb8().get_pixel(1, 1).0 {
            assert!(c.abs_diff(146) <= 1, "{c}");
        }
    }
}
