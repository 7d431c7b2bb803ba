//! The image pipeline: responsive variants, share images, metadata stripping, the cache, and bad images.

mod common;
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
    let (_tmp, site) = fixture("example");
    let out = build(&site);
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
    // A removed product's images are pruned from the cache.
    let before = std::fs::read_dir(&cache).unwrap().count();
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    let pruned = run(&args(&site).iter().map(String::as_str).collect::<Vec<_>>());
    assert!(pruned.ok);
    assert_eq!(std::fs::read_dir(&cache).unwrap().count(), before - 3);
    // The default cache lives in a hidden folder of its own, not among the user's sources.
    let (_t2, site2) = fixture("shop");
    build(&site2);
    assert!(site2.join(".vitrina-cache/images").is_dir());
}

/// A JPEG whose EXIF says "rotate 90°": 40×20 pixels stored, 20×40 shown.
fn rotated_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(40, 20, image::Rgb([200, 100, 50]));
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut jpeg, 90).encode_image(&img).unwrap();
    let tiff: [u8; 26] = [b'M', b'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
    let mut app1 = vec![0xFF, 0xE1, 0, 34];
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(&tiff);
    let mut out = jpeg[..2].to_vec();
    out.extend(app1);
    out.extend_from_slice(&jpeg[2..]);
    out
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
        if cache.exists() {
            let tmp_files: Vec<_> = std::fs::read_dir(&cache)
                .unwrap()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
                .collect();
            assert!(tmp_files.is_empty(), "half-written cache files");
        }
    }
}
