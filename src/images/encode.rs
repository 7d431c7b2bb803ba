//! Decoding (with EXIF orientation and size limits), resizing and encoding. Encoders write pixels only, so
//! every output is free of the source's metadata (phone photos carry GPS positions that must not be published)
//! and of its colour profile, the pixels having been converted to sRGB on decoding.

use super::colour;
use anyhow::{anyhow, bail, Context, Result};
use fast_image_resize::images::Image as FirImage;
use fast_image_resize::{FilterType, PixelType, ResizeAlg, ResizeOptions, Resizer};
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use std::io::Cursor;

/// Images above this are refused: a 20,000 × 20,000 photo would need 1.6 GB just to decode.
pub const MAX_SIDE: u32 = 12_000;
pub const MAX_PIXELS: u64 = 100_000_000;

pub struct Header {
    pub width: u32,
    pub height: u32,
    pub alpha: bool,
}

fn reader<'a>(bytes: &'a [u8], label: &str) -> Result<ImageReader<Cursor<&'a [u8]>>> {
    if bytes.is_empty() {
        bail!(crate::msg!("image-empty", file = label));
    }
    if let Some(kind) = heif_kind(bytes) {
        bail!(crate::msg!("image-heic", file = label, kind = kind));
    }
    let mut r = ImageReader::new(Cursor::new(bytes)).with_guessed_format().expect("reading from memory cannot fail");
    match r.format() {
        Some(image::ImageFormat::Jpeg | image::ImageFormat::Png | image::ImageFormat::WebP) => {}
        Some(other) => bail!(crate::msg!("image-wrong-format", file = label, format = format!("{other:?}"))),
        None => bail!(crate::msg!("image-unknown-format", file = label)),
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    r.limits(limits);
    Ok(r)
}

/// `HEIC` or `AVIF` for a photo in the HEIF container (an ISO BMFF `ftyp` box with one of their brands):
/// what iPhones save by default ("High Efficiency"), which vitrina cannot decode.
pub fn heif_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.get(4..8)? != b"ftyp" {
        return None;
    }
    match bytes.get(8..12)? {
        b"heic" | b"heix" | b"hevc" | b"hevx" | b"heim" | b"heis" | b"mif1" | b"msf1" => Some("HEIC"),
        b"avif" | b"avis" => Some("AVIF"),
        _ => None,
    }
}

fn explain(e: image::ImageError, label: &str) -> anyhow::Error {
    match e {
        image::ImageError::Limits(_) => {
            anyhow!(crate::msg!("image-too-large", file = label, side = MAX_SIDE, megapixels = MAX_PIXELS / 1_000_000))
        }
        other => anyhow!(crate::msg!("image-unreadable", file = label, error = other.to_string())),
    }
}

/// A JPEG cut short (an interrupted copy or download) still decodes, with the missing part grey; refuse it.
/// The end-of-image marker must follow the last start-of-scan marker (entropy-coded data cannot contain it).
fn check_complete_jpeg(bytes: &[u8], label: &str) -> Result<()> {
    let last_sos = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    let complete = last_sos.is_some_and(|i| bytes[i..].windows(2).any(|w| w == [0xFF, 0xD9]));
    if !complete {
        bail!(crate::msg!("image-incomplete", file = label));
    }
    Ok(())
}

/// Dimensions (after orientation) and transparency, from the file's headers only.
pub fn header(bytes: &[u8], label: &str) -> Result<Header> {
    let r = reader(bytes, label)?;
    if r.format() == Some(image::ImageFormat::Jpeg) {
        check_complete_jpeg(bytes, label)?;
    }
    let mut decoder = r.into_decoder().map_err(|e| explain(e, label))?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(explain(
            image::ImageError::Limits(image::error::LimitError::from_kind(
                image::error::LimitErrorKind::DimensionError,
            )),
            label,
        ));
    }
    let swap = matches!(
        decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms),
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    let alpha = decoder.color_type().has_alpha();
    let (width, height) = if swap { (h, w) } else { (w, h) };
    Ok(Header { width, height, alpha })
}

/// A decoded photo, and advice for the owner when its colour profile could not be used.
pub struct Decoded {
    pub image: DynamicImage,
    pub note: Option<String>,
}

/// Decodes fully, applies EXIF orientation, converts to 8-bit RGB or RGBA, and to sRGB when the file embeds
/// another colour profile (see `colour`). A file without a profile is taken to be sRGB, as browsers do.
pub fn decode(bytes: &[u8], label: &str) -> Result<Decoded> {
    let mut decoder = reader(bytes, label)?.into_decoder().map_err(|e| explain(e, label))?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    // A damaged profile is no reason to refuse a photo that decodes: it is then treated as untagged.
    let icc = decoder.icc_profile().ok().flatten();
    let alpha = decoder.color_type().has_alpha();
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| explain(e, label))?;
    img.apply_orientation(orientation);
    let mut image =
        if alpha { DynamicImage::ImageRgba8(img.into_rgba8()) } else { DynamicImage::ImageRgb8(img.into_rgb8()) };
    let note = icc.and_then(|icc| colour::to_srgb(&mut image, &icc, label));
    Ok(Decoded { image, note })
}

/// Resizes `src` (optionally a crop of it: left, top, width, height) to `w` × `h`.
pub fn resize(src: &DynamicImage, w: u32, h: u32, crop: Option<(f64, f64, f64, f64)>) -> Result<DynamicImage> {
    let pixel = if src.color().has_alpha() { PixelType::U8x4 } else { PixelType::U8x3 };
    let mut dst = FirImage::new(w, h, pixel);
    let mut opts = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::Lanczos3));
    if let Some((l, t, cw, ch)) = crop {
        opts = opts.crop(l, t, cw, ch);
    }
    Resizer::new().resize(src, &mut dst, &opts).with_context(|| crate::msg!("image-resize-failed"))?;
    let buf = dst.into_vec();
    Ok(if pixel == PixelType::U8x4 {
        DynamicImage::ImageRgba8(image::RgbaImage::from_raw(w, h, buf).expect("buffer size matches"))
    } else {
        DynamicImage::ImageRgb8(image::RgbImage::from_raw(w, h, buf).expect("buffer size matches"))
    })
}

/// JPEG has no transparency: transparent pixels are blended onto `background` (the page's colour).
pub fn jpeg(img: &DynamicImage, quality: u8, background: [u8; 3]) -> Result<Vec<u8>> {
    let rgb = colour::flatten(img, background);
    let mut out = Vec::with_capacity((rgb.width() * rgb.height() / 4) as usize);
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, quality)
        .encode_image(&rgb)
        .with_context(|| crate::msg!("image-encode-failed", format = "JPEG"))?;
    Ok(out)
}

pub fn png(img: &DynamicImage) -> Result<Vec<u8>> {
    let mut out = Vec::new();
    img.write_to(&mut Cursor::new(&mut out), image::ImageFormat::Png)
        .with_context(|| crate::msg!("image-encode-failed", format = "PNG"))?;
    Ok(out)
}

/// Lossy WebP (libwebp): a third to half the size of the JPEG at the same visual quality.
pub fn webp(img: &DynamicImage, quality: u8) -> Result<Vec<u8>> {
    let (w, h) = (img.width(), img.height());
    let mem = match img {
        DynamicImage::ImageRgba8(b) => webp::Encoder::from_rgba(b.as_raw(), w, h).encode(f32::from(quality)),
        DynamicImage::ImageRgb8(b) => webp::Encoder::from_rgb(b.as_raw(), w, h).encode(f32::from(quality)),
        other => {
            let rgb = other.to_rgb8();
            webp::Encoder::from_rgb(rgb.as_raw(), w, h).encode(f32::from(quality))
        }
    };
    Ok(mem.to_vec())
}
