//! QR codes as compact inline SVG, for the line sheet. The `qrcodegen` crate (Nayuki's reference encoder) makes
//! the code with one fixed mask (`MASK`). The markup is drawn here, one path segment per run of dark modules in a
//! row: less than half the size of one square per dark module, and a line-sheet part holds fifty codes.

use anyhow::Result;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::Mutex;

/// The mask pattern of every code. Left to choose, the encoder applies all eight masks and scores each with the
/// standard's penalty rules (which only make a code a little easier to find in a poor scan): that was four
/// fifths of the time of a code, and a 10,000-product line sheet draws 20,000 of them. Every mask makes a valid
/// code: a reader takes the mask from the code's format bits. The tests decode codes of many lengths made with it.
const MASK: u8 = 0;

/// Light modules around the code, as the QR standard asks, so a scanner finds its edges on any background.
const QUIET_ZONE: i32 = 4;

/// A QR code for `url` as inline SVG markup (no XML declaration, scalable through its `viewBox`; `width` and
/// `height` are in modules, CSS sizes it). Error correction level M, or higher when that fits in the same size.
/// The URL is only encoded in the modules, never written into the markup, so nothing from the input needs
/// escaping.
pub fn qr_svg(url: &str) -> Result<String> {
    let code = encode(url)
        .map_err(|e| anyhow::anyhow!(crate::msg!("line-sheet-qr-failed", url = url, why = e.to_string())))?;
    let width = code.size();
    let size = width + 2 * QUIET_ZONE;
    // About 4 KB for a product page's address.
    let mut svg = String::with_capacity(6 * 1024);
    // `write!` to a String cannot fail.
    let _ = write!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\""
    );
    for y in 0..width {
        let mut x = 0;
        while x < width {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let run = (x..width).take_while(|&k| code.get_module(k, y)).count() as i32;
            let (sx, sy) = (x + QUIET_ZONE, y + QUIET_ZONE);
            // `M{sx} {sy}h{run}v1H{sx}z`, without the formatting machinery: a line sheet draws millions of runs.
            svg.push('M');
            push_number(&mut svg, sx);
            svg.push(' ');
            push_number(&mut svg, sy);
            svg.push('h');
            push_number(&mut svg, run);
            svg.push_str("v1H");
            push_number(&mut svg, sx);
            svg.push('z');
            x += run;
        }
    }
    svg.push_str("\"/></svg>");
    Ok(svg)
}

/// Appends `n`, a module position or count (0 to 185: the largest code is 177 modules plus the quiet zones).
fn push_number(out: &mut String, n: i32) {
    let digit = |d: i32| char::from(b'0' + (d % 10) as u8);
    if n >= 100 {
        out.push(digit(n / 100));
    }
    if n >= 10 {
        out.push(digit(n / 10));
    }
    out.push(digit(n));
}

/// The code of `url`: byte mode, level M or higher when that fits in the same size, mask `MASK`.
fn encode(url: &str) -> Result<qrcodegen::QrCode, qrcodegen::DataTooLong> {
    let segments = [qrcodegen::QrSegment::make_bytes(url.as_bytes())];
    let (min, max) = (qrcodegen::Version::MIN, qrcodegen::Version::MAX);
    let mask = Some(qrcodegen::Mask::new(MASK));
    qrcodegen::QrCode::encode_segments_advanced(&segments, qrcodegen::QrCodeEcc::Medium, min, max, mask, true)
}

/// Codes already drawn, by URL: a template may draw the same code on many pages (the catalog's address in a
/// footer), and `serve` renders the same parts again and again. Bounded, because a cold build draws every
/// product's code once and would otherwise keep them all (tens of MB at 10,000 products).
pub struct Memo {
    drawn: Mutex<HashMap<String, String>>,
}

/// The most codes `Memo` keeps (a code is about 4 KB); when full it starts over.
const MEMO_CODES: usize = 2048;

impl Memo {
    pub fn new() -> Memo {
        Memo { drawn: Mutex::new(HashMap::new()) }
    }

    /// `qr_svg(url)`, drawn once per URL while it stays in the memo.
    pub fn svg(&self, url: &str) -> Result<String> {
        if let Some(svg) = self.lock().get(url) {
            return Ok(svg.clone());
        }
        // Drawn outside the lock, so pages rendering in parallel do not wait for each other's codes.
        let svg = qr_svg(url)?;
        let mut drawn = self.lock();
        if drawn.len() >= MEMO_CODES {
            drawn.clear();
        }
        drawn.insert(url.to_string(), svg.clone());
        Ok(svg)
    }

    /// A panic while the lock was held cannot leave the map half-written (an insert is one step), so a
    /// poisoned lock is still usable.
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.drawn.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Default for Memo {
    fn default() -> Memo {
        Memo::new()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn qr_is_compact_inline_svg() {
        let url = "https://example.com/products/a/";
        let svg = super::qr_svg(url).unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(!svg.contains("<?xml"));
        assert!(svg.contains("viewBox=\"0 0 "), "{svg}");
        // Runs, not modules: well under one segment per dark module.
        let code = super::encode(url).unwrap();
        let n = code.size();
        let dark = (0..n).flat_map(|y| (0..n).map(move |x| (x, y))).filter(|&(x, y)| code.get_module(x, y)).count();
        assert!(svg.matches('M').count() < dark * 3 / 4, "{} runs for {dark} dark modules", svg.matches('M').count());
    }

    /// The fixed mask makes codes that a reader decodes, at every size a catalog's addresses take (versions 1 to
    /// 12), with non-ASCII addresses too.
    #[test]
    fn codes_with_the_fixed_mask_decode() {
        let scale = 4;
        for n in (0..280).step_by(6) {
            let path: String = "productos/tapete-de-lana/".chars().cycle().take(n).collect();
            let url = format!("https://á.mx/{path}");
            let code = super::encode(&url).unwrap();
            let side = (code.size() + 2 * super::QUIET_ZONE) * scale;
            let mut img = rqrr::PreparedImage::prepare_from_greyscale(side as usize, side as usize, |x, y| {
                let (mx, my) = (x as i32 / scale - super::QUIET_ZONE, y as i32 / scale - super::QUIET_ZONE);
                if code.get_module(mx, my) {
                    0
                } else {
                    255
                }
            });
            let grids = img.detect_grids();
            assert_eq!(grids.len(), 1, "{url}: version {}", code.version().value());
            assert_eq!(grids[0].decode().unwrap().1, url);
        }
    }

    #[test]
    fn numbers_are_written_in_decimal() {
        let mut s = String::new();
        for n in 0..=185 {
            s.clear();
            super::push_number(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn memo_draws_the_same_code() {
        let memo = super::Memo::new();
        let url = "https://example.com/en/products/b/";
        assert_eq!(memo.svg(url).unwrap(), super::qr_svg(url).unwrap());
        assert_eq!(memo.svg(url).unwrap(), super::qr_svg(url).unwrap());
        assert_ne!(memo.svg("https://example.com/en/products/c/").unwrap(), super::qr_svg(url).unwrap());
    }

    #[test]
    fn too_long_a_url_is_a_clear_error() {
        let url = format!("https://example.com/{}", "a".repeat(3000));
        let e = super::qr_svg(&url).unwrap_err().to_string();
        assert!(e.contains("QR") && e.contains("https://example.com/aaa"), "{e}");
    }
}
