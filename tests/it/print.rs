//! The line sheet (a printable catalog per language with a QR code per product) and the print stylesheet.
//! The first tests read the built HTML; `line_sheet_prints_with_scannable_qr_codes` prints the line sheet to PDF
//! in headless Chromium, reads it back with poppler (pdfinfo, pdftotext, pdftoppm) and decodes every QR code on
//! the rasterised pages with `rqrr`. That one is ignored by a plain `cargo test`; `bash tests/run.sh` installs
//! Chromium and poppler-utils and runs it.

use crate::common;
use common::*;
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const BASE: &str = "https://artesanias-tzintzuntzan.example/";

/// The absolute URL of every product page of one language, from the built site (`prefix` is `` or `en/`).
fn product_urls(out: &Path, prefix: &str, word: &str) -> BTreeSet<String> {
    let dir = out.join(prefix).join(word);
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap())
        .filter(|e| e.path().is_dir())
        .map(|e| format!("{BASE}{prefix}{word}/{}/", e.file_name().to_string_lossy()))
        .collect()
}

/// Every QR code decoded from a greyscale image.
fn decode_all(img: image::GrayImage) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare(img);
    prepared.detect_grids().into_iter().filter_map(|g| g.decode().ok().map(|(_, text)| text)).collect()
}

/// A QR code's inline SVG (unit squares as `M{x} {y}h1v1H{x}V{y}` path segments) drawn as a bitmap, scaled up.
fn raster_svg(svg: &str) -> image::GrayImage {
    let size: u32 = svg.split("width=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().parse().unwrap();
    let scale = 8;
    let mut img = image::GrayImage::from_pixel(size * scale, size * scale, image::Luma([255]));
    let d = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    for seg in d.split('M').filter(|s| !s.is_empty()) {
        let (x, rest) = seg.split_once(' ').unwrap();
        let y: u32 = rest.split('h').next().unwrap().parse().unwrap();
        let (w, rest) = rest.split_once('h').unwrap().1.split_once('v').unwrap();
        let h: u32 = rest.split('H').next().unwrap().parse().unwrap();
        let (x, w): (u32, u32) = (x.parse().unwrap(), w.parse().unwrap());
        for px in x * scale..(x + w) * scale {
            for py in y * scale..(y + h) * scale {
                img.put_pixel(px, py, image::Luma([0]));
            }
        }
    }
    img
}

/// The built page at an absolute URL of the site.
fn page_of(out: &Path, url: &str) -> std::path::PathBuf {
    out.join(url.strip_prefix(BASE).unwrap()).join("index.html")
}

/// Every QR code of a page, decoded from its inline SVG, in page order.
fn page_qr_codes(html: &str) -> Vec<String> {
    let svgs: Vec<&str> = html.split("<svg").skip(1).map(|s| s.split("</svg>").next().unwrap()).collect();
    let decoded: Vec<String> = svgs.iter().flat_map(|s| decode_all(raster_svg(s))).collect();
    assert_eq!(decoded.len(), svgs.len(), "every QR code decodes");
    decoded
}

#[test]
fn line_sheet_per_language_with_a_qr_code_per_product() {
    let out = example_built().out.clone();
    for (prefix, sheet, word) in [("", "linea", "productos"), ("en/", "line-sheet", "products")] {
        let cover = read(out.join(prefix).join(sheet).join("index.html"));
        let want = product_urls(&out, prefix, word);
        assert!(want.len() > 5, "{want:?}");
        // The cover: its QR code opens the catalog, then one QR code per part, each opening that part.
        let decoded = page_qr_codes(&cover);
        assert_eq!(decoded[0], format!("{BASE}{prefix}"), "the cover's QR code opens the catalog");
        let parts = &decoded[1..];
        assert!(parts.len() > 1, "a part per category: {parts:?}");
        assert!(parts.iter().all(|u| u.starts_with(&format!("{BASE}{prefix}{sheet}/"))), "{parts:?}");
        assert!(!cover.contains("MAQ-ALH-20"), "the cover lists parts, not products");
        // Each part: every QR code, drawn from its SVG, decodes to the product page it sits beside.
        let mut products = Vec::new();
        for part in parts {
            let html = read(page_of(&out, part));
            let codes = page_qr_codes(&html);
            assert!(!codes.is_empty() && codes.len() <= 50, "{part}: {} products", codes.len());
            assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"), "a print page stays out of search");
            assert!(!html.contains("<?xml"), "no XML declaration inside HTML");
            products.extend(codes);
        }
        assert_eq!(products.len(), want.len(), "one QR code per product, each product in one part");
        assert_eq!(products.into_iter().collect::<BTreeSet<_>>(), want);
        // The row of the example's lacquered box: SKU, price, minimum order and HS code.
        let maque = parts.iter().map(|p| read(page_of(&out, p))).find(|h| h.contains("MAQ-ALH-20")).unwrap();
        for needle in ["4420.90", "$1,350.00", "<data value=\"1350.00\">"] {
            assert!(maque.contains(needle), "{sheet}: no {needle}");
        }
        assert!(cover.contains("<meta name=\"robots\" content=\"noindex\">"), "a print page stays out of search");
    }
    // Linked from the footer of every page, and kept out of the sitemap.
    assert!(read(out.join("index.html")).contains("href=\"./linea/\""));
    assert!(read(out.join("en/index.html")).contains("href=\"../en/line-sheet/\""));
    let sitemap = read(out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>") && !sitemap.contains("/linea/") && !sitemap.contains("/line-sheet/"));
}

#[test]
fn print_stylesheet_hides_what_paper_cannot_use() {
    let css = String::from_utf8(
        vitrina::theme::static_files().into_iter().find(|(n, _)| n == "style.css").unwrap().1.to_vec(),
    )
    .unwrap();
    let print = css.split("@media print {").nth(1).expect("a print section");
    let print = &print[..print.find("\n}").unwrap()];
    for hidden in [".buttons", ".order-box", ".share", ".langs", ".main-nav", ".search"] {
        assert!(print.contains(hidden), "{hidden} not hidden in print");
    }
    assert!(print.contains(
        ".site-footer, .site-footer h2, .site-footer a, .site-footer .small { background: #fff; color: #000; }"
    ));
}

fn tool(name: &str) -> String {
    let ok = Command::new(name).arg("-v").output().is_ok();
    assert!(ok, "{name} is needed: apt-get install poppler-utils (bash tests/run.sh installs it)");
    name.to_string()
}

/// Every distinct QR code on a printed page, found as a phone aimed at one of them sees it: in overlapping
/// bands a quarter of the page high, and the whole page (rqrr mixes up the finder patterns of codes stacked
/// close in one column).
fn decode_bands(page: image::GrayImage) -> Vec<String> {
    let (w, h) = page.dimensions();
    let band = h / 4;
    let mut found: BTreeSet<String> = decode_all(page.clone()).into_iter().collect();
    // Steps of a sixteenth of the page: every code up to 3/16 of the page high (the cover's 45 mm one on Letter
    // is under 1/6) lies whole in some band. The bands are independent, so they are decoded in parallel (this
    // test is the last one running in CI).
    let tops: Vec<u32> = (0..h.saturating_sub(band / 2)).step_by((h / 16) as usize).collect();
    found
        .par_extend(tops.into_par_iter().flat_map_iter(|top| {
            decode_all(image::imageops::crop_imm(&page, 0, top, w, band.min(h - top)).to_image())
        }));
    found.into_iter().collect()
}

/// Prints one page to PDF with headless Chromium (its default paper is Letter); returns the PDF's page count,
/// its text and the QR codes decoded from its pages rasterised at 300 dpi (rqrr, less forgiving than a phone, misses some codes at 200).
fn print(chromium: &str, page: &Path, dir: &Path) -> (usize, String, Vec<String>) {
    std::fs::create_dir_all(dir).unwrap();
    let pdf = dir.join("print.pdf");
    let status = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer"])
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    assert!(pdf.exists(), "no PDF: {}", String::from_utf8_lossy(&status.stderr));
    let info = String::from_utf8(Command::new(tool("pdfinfo")).arg(&pdf).output().unwrap().stdout).unwrap();
    let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    let text = String::from_utf8(Command::new(tool("pdftotext")).arg(&pdf).arg("-").output().unwrap().stdout).unwrap();
    let ok = Command::new(tool("pdftoppm"))
        .args(["-r", "300", "-gray", "-png", "-aaVector", "no"])
        .arg(&pdf)
        .arg(dir.join("page"))
        .status();
    assert!(ok.unwrap().success());
    let images: Vec<std::path::PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.file_name().unwrap().to_string_lossy().starts_with("page"))
        .collect();
    let decoded = images.par_iter().flat_map_iter(|path| decode_bands(image::open(path).unwrap().to_luma8())).collect();
    (pages, text, decoded)
}

#[test]
#[ignore = "needs Chromium and poppler-utils: run bash tests/run.sh"]
fn line_sheet_prints_with_scannable_qr_codes() {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(Path::new(&chromium).exists(), "Chromium is needed: apt-get install chromium (or set CHROMIUM)");
    let out = example_built().out.clone();
    let tmp = tempfile::tempdir().expect("tempdir");
    let want = product_urls(&out, "en/", "products");

    // The cover: the company's contact details on paper, the catalog's QR code and one per part.
    let (pages, text, decoded) = print(&chromium, &out.join("en/line-sheet/index.html"), &tmp.path().join("cover"));
    for needle in
        ["Line sheet", "ventas@artesanias-tzintzuntzan.example", "+52 434 342 0000", "Parts of the line sheet"]
    {
        assert!(text.contains(needle), "cover PDF text lacks {needle}:\n{text}");
    }
    let found: BTreeSet<String> = decoded.iter().cloned().collect();
    assert!(found.contains(&format!("{BASE}en/")), "the cover's QR code: {decoded:?}");
    let parts: Vec<String> = found.into_iter().filter(|u| u != &format!("{BASE}en/")).collect();
    assert!(parts.len() > 1 && parts.iter().all(|u| u.starts_with(&format!("{BASE}en/line-sheet/"))), "{parts:?}");
    assert!((2..=1 + parts.len().div_ceil(3)).contains(&pages), "cover: {pages} pages for {} parts", parts.len());

    // Each part, printed from the address its QR code gives: every product's SKU, HS code and a QR code
    // decoding to its page; the products three or four to a page, after the part's heading.
    let mut products = BTreeSet::new();
    let mut texts = String::new();
    // The parts print in parallel: each is its own Chromium and its own folder.
    let printed: Vec<_> = parts
        .par_iter()
        .enumerate()
        .map(|(n, part)| print(&chromium, &page_of(&out, part), &tmp.path().join(format!("part{n}"))))
        .collect();
    for (part, (pages, text, decoded)) in parts.iter().zip(printed) {
        let count = decoded.len();
        assert!(
            (count.div_ceil(4)..=1 + count.div_ceil(2)).contains(&pages),
            "{part}: {pages} pages, {count} QR codes"
        );
        assert!(text.matches("SKU").count() >= count, "{part}: SKU labels\n{text}");
        assert!(text.contains("+52 434 342 0000"), "{part}: the contact details are on every part");
        products.extend(decoded);
        texts.push_str(&text);
    }
    for needle in ["MAQ-ALH-20", "4420.90"] {
        assert!(texts.contains(needle), "the parts' PDF text lacks {needle}");
    }
    assert_eq!(products, want, "every product's printed QR code decodes to its page");
}
