//! The image pipeline: responsive variants, share images, metadata stripping, the cache, and bad images.

use crate::common;
use common::*;
use std::path::Path;

fn image_files(out: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(out.join("images"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

fn processed(stdout: &str) -> usize {
    let i = stdout.find(" images processed").expect("build summary");
    stdout[..i].rsplit(' ').next().unwrap().parse().unwrap()
}

#[test]
fn variants_share_images_and_no_metadata() {
    let (site, out) = (&example_built().site, example_built().out.clone());
    let html = read(out.join("productos/molcajete-20/index.html"));
    assert!(html.contains("<picture>") && html.contains("type=\"image/webp\""), "responsive picture");
    assert!(html.contains(" 480w, ") && html.contains(" 1600w\""), "srcset with widths");
    assert!(broken_links(&out).is_empty(), "{:?}", broken_links(&out));
    // The source photo carries EXIF with GPS; nothing published does.
    let source = std::fs::read(site.join("images/molcajete-20.jpg")).unwrap();
    // (0x8825 is the GPS IFD tag, in either byte order.)
    assert!(
        contains(&source, b"Exif") && (contains(&source, &[0x88, 0x25]) || contains(&source, &[0x25, 0x88])),
        "the example photo has GPS EXIF"
    );
    let files = image_files(&out);
    assert!(files.len() > 40);
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        assert!(!contains(&bytes, b"Exif"), "{} carries EXIF", f.display());
        // Never upscaled beyond 1600 px, and real images.
        let (w, _h) = image::image_dimensions(f).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
        assert!(w <= 1600, "{} is {w} px wide", f.display());
    }
    // The share image: 1200×630 JPEG under 300 KB, absolute in og:image.
    let og = meta_values(&html, "og:image").remove(0);
    assert!(og.starts_with("https://artesanias-tzintzuntzan.example/images/molcajete-20-share."), "{og}");
    let share = out.join(og.trim_start_matches("https://artesanias-tzintzuntzan.example/"));
    assert_eq!(image::image_dimensions(&share).unwrap(), (1200, 630));
    assert!(std::fs::metadata(&share).unwrap().len() <= 300 * 1024);
    assert_eq!(meta_values(&html, "og:image:width"), vec!["1200"]);
    // The logo is published at its own small sizes.
    let logo_variants: Vec<_> = files.iter().filter(|f| f.to_string_lossy().contains("/logo-")).collect();
    assert!(!logo_variants.is_empty());
    for f in logo_variants {
        let w = image::image_dimensions(f).unwrap().0;
        assert!([64, 128, 256].contains(&w), "the logo comes in small sizes only, not {w}");
    }
    // The header shows it at 40 px from the small copies.
    assert!(html.contains("sizes=\"40px\""));
    // A phone-sized 1200 copy sits between 960 and 1600.
    assert!(html.contains(" 1200w, "));
}

#[test]
fn warm_rebuild_does_no_image_work_and_a_changed_photo_redoes_only_its_own() {
    let (tmp, site) = fixture("shop");
    let cache = tmp.path().join("cache");
    let args = |s: &Path| {
        vec!["build".to_string(), s.display().to_string(), "--cache-dir".into(), cache.display().to_string()]
    };
    let first = run(&args(&site).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(first.ok, "{}", first.stderr);
    assert!(processed(&first.stdout) > 0);
    let warm = run(&args(&site).iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(processed(&warm.stdout), 0, "{}", warm.stdout);
    // Change one photo: only its variants (WebP + JPEG at one width, as it is small) and its share image.
    let img = image::RgbImage::from_pixel(100, 80, image::Rgb([10, 200, 30]));
    img.save(site.join("images/bowl.jpg")).unwrap();
    let again = run(&args(&site).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(again.ok, "{}", again.stderr);
    assert_eq!(processed(&again.stdout), 3, "{}", again.stdout);
    // A removed product's images are pruned from the cache (its `images/`; `build/` holds the build record).
    let before = std::fs::read_dir(cache.join("images")).unwrap().count();
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    let pruned = run(&args(&site).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(pruned.ok);
    assert_eq!(std::fs::read_dir(cache.join("images")).unwrap().count(), before - 3);
    // The default cache lives in a hidden folder of its own, not among the user's sources.
    let (_t2, site2) = fixture("shop");
    build(&site2);
    assert!(site2.join(".vitrina-cache/images").is_dir());
}

/// Pruning the cache deletes only processed images vitrina made: not a file the user put in the cache folder,
/// and nothing in a folder the cache path links to (a site from someone else may symlink it anywhere).
#[test]
fn pruning_the_cache_deletes_only_what_vitrina_made() {
    let (tmp, site) = fixture("shop");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("precious.txt"), "mine").unwrap();
    std::fs::write(elsewhere.join("photo.webp"), "mine too").unwrap();
    std::fs::create_dir_all(site.join(".vitrina-cache")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(&elsewhere, site.join(".vitrina-cache/images")).unwrap();
    build(&site);
    // Something to prune: a removed product's images.
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    build(&site);
    assert_eq!(std::fs::read_to_string(elsewhere.join("precious.txt")).unwrap(), "mine");
    assert_eq!(std::fs::read_to_string(elsewhere.join("photo.webp")).unwrap(), "mine too");
    let processed = std::fs::read_dir(&elsewhere).unwrap().count();
    assert!(processed > 3, "the cache was used: {processed} files");
}

/// `jpeg` with an EXIF segment holding `tiff` (a TIFF header and IFDs) right after the start marker.
fn with_exif(jpeg: &[u8], tiff: &[u8]) -> Vec<u8> {
    let len = u16::try_from(2 + 6 + tiff.len()).unwrap();
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE1]);
    out.extend(len.to_be_bytes());
    out.extend_from_slice(b"Exif\0\0");
    out.extend_from_slice(tiff);
    out.extend_from_slice(&jpeg[2..]);
    out
}

/// A JPEG whose EXIF says "rotate 90°": 40×20 pixels stored, 20×40 shown.
fn rotated_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(40, 20, image::Rgb([200, 100, 50]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
    let tiff: [u8; 26] = [b'M', b'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
    with_exif(&jpeg, &tiff)
}

#[test]
fn exif_orientation_is_applied() {
    let (_tmp, site) = fixture("shop");
    std::fs::write(site.join("images/bowl.jpg"), rotated_jpeg()).unwrap();
    let out = build(&site);
    let html = read(out.join("productos/cuenco/index.html"));
    assert!(html.contains("width=\"20\" height=\"40\""), "portrait after rotation");
    let jpg =
        image_files(&out).into_iter().find(|f| f.to_string_lossy().contains("bowl-20.")).expect("rotated variant");
    assert_eq!(image::image_dimensions(jpg).unwrap(), (20, 40));
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A valid PNG header claiming 20,000 × 20,000 pixels.
fn enormous_png() -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(20_000u32.to_be_bytes());
    ihdr.extend(20_000u32.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32(&ihdr).to_be_bytes());
    png.extend(0u32.to_be_bytes());
    png.extend(b"IEND");
    png.extend(crc32(b"IEND").to_be_bytes());
    png
}

#[test]
fn bad_images_are_named_and_leave_nothing_half_written() {
    let truncated = {
        let full = std::fs::read(root().join("example-site/images/molcajete-20-detalle.jpg")).unwrap();
        full[..full.len() / 3].to_vec()
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("bowl.jpg", Vec::new(), "empty file"),
        ("bowl.jpg", truncated, "incomplete"),
        ("bowl.jpg", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;".to_vec(), "use JPEG, PNG or WebP"),
        ("sink.png", enormous_png(), "too large"),
    ];
    for (name, bytes, expected) in cases {
        let (tmp, site) = fixture("shop");
        let cache = tmp.path().join("cache");
        let out = build(&site);
        let before = read(out.join("index.html"));
        std::fs::write(site.join("images").join(name), &bytes).unwrap();
        let r = run(&["build", site.to_str().unwrap(), "--cache-dir", cache.to_str().unwrap()]);
        assert!(!r.ok, "{name} with {expected}: should fail");
        assert!(r.stderr.contains(&format!("images/{name}")) && r.stderr.contains(expected), "{}", r.stderr);
        assert_eq!(read(out.join("index.html")), before);
        for dir in [cache.join("images"), cache.join("build")].iter().filter(|d| d.exists()) {
            let tmp_files: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .collect();
            assert!(tmp_files.is_empty(), "half-written cache files");
        }
    }
}

// ---- Colour ----------------------------------------------------------------------------------------------

/// The two colours of the test photos: the report's saturated red, and an orange inside every gamut.
const RED: [u8; 3] = [233, 35, 35];
const ORANGE: [u8; 3] = [200, 120, 60];

/// The same values read as Adobe RGB (1998) and written as sRGB, by LittleCMS 2.19 (Pillow 13 `ImageCms`,
/// perceptual and relative colorimetric alike) from tests/fixtures/icc/compatibleWithAdobeRGB1998.icc; the
/// red is outside sRGB and clips to 255 (the primaries and tone curve give 255.0, 29.6, 29.6 by hand).
const ADOBE_RED: [u8; 3] = [255, 30, 30];
const ADOBE_ORANGE: [u8; 3] = [224, 121, 53];
/// Read as Display P3 (P3 primaries, D65, sRGB tone curve), computed by hand: 254.4, 0, 3.7 and 213.0,
/// 115.0, 42.4.
const P3_RED: [u8; 3] = [254, 0, 4];
const P3_ORANGE: [u8; 3] = [213, 115, 42];

/// JPEG outputs of flat colours stay this close (quality 80, chroma subsampling).
const TOLERANCE: u8 = 4;

/// 120 × 63 pixels (the share image's shape): red on the left half, orange on the right.
fn two_colours() -> image::RgbImage {
    image::RgbImage::from_fn(120, 63, |x, _| image::Rgb(if x < 60 { RED } else { ORANGE }))
}

fn jpeg_with_profile(img: &image::RgbImage, icc: &[u8]) -> Vec<u8> {
    use image::ImageEncoder;
    let mut out = Vec::new();
    let mut enc = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 100);
    enc.set_icc_profile(icc.to_vec()).unwrap();
    enc.encode_image(img).unwrap();
    out
}

fn png_with_profile(img: &image::DynamicImage, icc: &[u8]) -> Vec<u8> {
    use image::ImageEncoder;
    let mut out = Vec::new();
    let mut enc = image::codecs::png::PngEncoder::new(&mut out);
    enc.set_icc_profile(icc.to_vec()).unwrap();
    enc.write_image(img.as_bytes(), img.width(), img.height(), img.color().into()).unwrap();
    out
}

/// Published files made from `images/<stem>.*`.
fn outputs_of(out: &Path, stem: &str) -> Vec<std::path::PathBuf> {
    let found: Vec<_> = image_files(out)
        .into_iter()
        .filter(|f| f.file_name().unwrap().to_string_lossy().starts_with(&format!("{stem}-")))
        .collect();
    assert!(!found.is_empty(), "no outputs of {stem}");
    found
}

/// The pixel at a fraction of the width and height.
fn pixel_at(file: &Path, fx: f32, fy: f32) -> [u8; 4] {
    let img = image::open(file).unwrap_or_else(|e| panic!("{}: {e}", file.display())).to_rgba8();
    let (x, y) = ((img.width() as f32 * fx) as u32, (img.height() as f32 * fy) as u32);
    img.get_pixel(x, y).0
}

fn assert_near(file: &Path, got: [u8; 4], want: [u8; 3]) {
    let off = (0..3).map(|c| got[c].abs_diff(want[c])).max().unwrap();
    assert!(off <= TOLERANCE, "{}: {:?} instead of {want:?}", file.display(), &got[..3]);
}

/// Both halves of every output of a two-colour photo; share images and all other sizes alike.
fn assert_two_colours(out: &Path, stem: &str, red: [u8; 3], orange: [u8; 3]) -> usize {
    let files = outputs_of(out, stem);
    for f in &files {
        assert_near(f, pixel_at(f, 0.25, 0.5), red);
        assert_near(f, pixel_at(f, 0.75, 0.5), orange);
    }
    files.len()
}

/// No colour profile and no EXIF in a published file (JPEG APP2 `ICC_PROFILE`, PNG `iCCP`, WebP `ICCP`).
fn assert_no_metadata(file: &Path) {
    let bytes = std::fs::read(file).unwrap();
    for marker in [&b"Exif"[..], b"ICC_PROFILE", b"iCCP", b"ICCP"] {
        assert!(!contains(&bytes, marker), "{} carries {}", file.display(), String::from_utf8_lossy(marker));
    }
}

#[test]
fn adobe_rgb_and_display_p3_photos_are_published_in_srgb() {
    let (_tmp, site) = fixture("shop");
    let adobe = std::fs::read(root().join("tests/fixtures/icc/compatibleWithAdobeRGB1998.icc")).unwrap();
    let p3 = moxcms::ColorProfile::new_display_p3().encode().unwrap();
    // A camera JPEG in Adobe RGB; a phone JPEG in Display P3 that also records where it was taken (GPS).
    std::fs::write(site.join("images/bowl.jpg"), jpeg_with_profile(&two_colours(), &adobe)).unwrap();
    #[rustfmt::skip]
    let gps_exif: [u8; 44] = [
        b'M', b'M', 0, 42, 0, 0, 0, 8,
        0, 1, 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0, // IFD0: the GPS IFD is at 26
        0, 1, 0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0,     // GPS IFD: latitude north
    ];
    let phone = with_exif(&jpeg_with_profile(&two_colours(), &p3), &gps_exif);
    std::fs::write(site.join("images/mug.jpg"), phone).unwrap();
    // The logo as a PNG in Adobe RGB.
    std::fs::write(site.join("images/logo.png"), png_with_profile(&two_colours().into(), &adobe)).unwrap();

    let out = build(&site);
    // WebP and JPEG at every size, and the share image (1200 × 630).
    let bowl = assert_two_colours(&out, "bowl", ADOBE_RED, ADOBE_ORANGE);
    let mug = assert_two_colours(&out, "mug", P3_RED, P3_ORANGE);
    assert!(bowl >= 3 && mug >= 3, "webp, jpg and share outputs: {bowl}, {mug}");
    let logo = assert_two_colours(&out, "logo", ADOBE_RED, ADOBE_ORANGE);
    assert!(logo >= 4, "the logo at 64 px and its own width, in WebP and PNG: {logo}");
    let share = outputs_of(&out, "mug").into_iter().find(|f| f.to_string_lossy().contains("-share.")).unwrap();
    assert_eq!(image::image_dimensions(&share).unwrap(), (1200, 630));
    // Converted pixels carry no profile (they are sRGB, what browsers assume), and the GPS position is gone.
    for f in image_files(&out) {
        assert_no_metadata(&f);
    }
}

#[test]
fn transparent_photos_get_the_page_background_in_jpeg_and_keep_alpha_in_webp() {
    let (tmp, site) = fixture("shop");
    let cache = tmp.path().join("cache");
    // A cut-out product on transparent black, tagged sRGB (its colours must stay as they are).
    let cut_out = image::RgbaImage::from_fn(120, 63, |x, y| {
        let inside = (30..90).contains(&x) && (16..48).contains(&y);
        if inside {
            image::Rgba([ORANGE[0], ORANGE[1], ORANGE[2], 255])
        } else {
            image::Rgba([0, 0, 0, 0])
        }
    });
    let srgb = moxcms::ColorProfile::new_srgb().encode().unwrap();
    std::fs::write(site.join("images/sink.png"), png_with_profile(&cut_out.into(), &srgb)).unwrap();
    let build_into = |site: &Path| {
        let r = run(&["build", site.to_str().unwrap(), "--cache-dir", cache.to_str().unwrap()]);
        assert!(r.ok, "{}", r.stderr);
        site.join("public")
    };
    let out = build_into(&site);
    let files = outputs_of(&out, "sink");
    let share = files.iter().find(|f| f.to_string_lossy().contains("-share.")).expect("share image");
    // The theme's page background (`--paper: #fffaf5` in themes/default/static/style.css), not black.
    assert_near(share, pixel_at(share, 0.05, 0.05), [255, 250, 245]);
    assert_near(share, pixel_at(share, 0.5, 0.5), ORANGE);
    // WebP and PNG keep the transparency and the colour.
    for f in files.iter().filter(|f| !f.to_string_lossy().ends_with(".jpg")) {
        assert_eq!(pixel_at(f, 0.05, 0.05)[3], 0, "{} is transparent at the corner", f.display());
        let centre = pixel_at(f, 0.5, 0.5);
        assert_eq!(centre[3], 255);
        assert_near(f, centre, ORANGE);
        assert_no_metadata(f);
    }
    // The owner's own background (`theme: {background: …}` in company.yaml) gets a share image of that colour,
    // under a new name.
    let profile = site.join("company.yaml");
    std::fs::write(&profile, read(&profile) + "\ntheme:\n  background: \"#203040\"\n").unwrap();
    let out = build_into(&site);
    let share2 = outputs_of(&out, "sink").into_iter().find(|f| f.to_string_lossy().contains("-share.")).unwrap();
    assert_ne!(share2.file_name(), share.file_name());
    assert_near(&share2, pixel_at(&share2, 0.05, 0.05), [0x20, 0x30, 0x40]);
}
