//! QR codes as compact inline SVG, for the line sheet. The `qrcode` crate makes the code; the markup is drawn
//! here because its own SVG writes one path segment per dark module (about 9 KB a code), and a line-sheet part
//! holds fifty of them: each run of dark modules in a row is one segment instead, less than half the size.

use anyhow::Result;
use std::fmt::Write as _;

/// Light modules around the code, as the QR standard asks, so a scanner finds its edges on any background.
const QUIET_ZONE: usize = 4;

/// A QR code for `url` as inline SVG markup (no XML declaration, scalable through its `viewBox`; `width` and
/// `height` are in modules, CSS sizes it). The URL is only encoded in the modules, never written into the
/// markup, so nothing from the input needs escaping.
pub fn qr_svg(url: &str) -> Result<String> {
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M)
        .map_err(|e| anyhow::anyhow!(crate::msg!("line-sheet-qr-failed", url = url, why = e.to_string())))?;
    let width = code.width();
    let dark: Vec<bool> = code.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    let size = width + 2 * QUIET_ZONE;
    let mut d = String::new();
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|&&m| m).count();
            let (sx, sy) = (x + QUIET_ZONE, y + QUIET_ZONE);
            // `write!` to a String cannot fail.
            let _ = write!(d, "M{sx} {sy}h{run}v1H{sx}z");
            x += run;
        }
    }
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {size} {size}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn qr_is_compact_inline_svg() {
        let svg = super::qr_svg("https://example.com/products/a/").unwrap();
        assert!(svg.starts_with("<svg"), "{svg}");
        assert!(!svg.contains("<?xml"));
        assert!(svg.contains("viewBox=\"0 0 "), "{svg}");
        // Runs, not modules: well under the one segment per dark module of the crate's own SVG.
        let modules = qrcode::QrCode::new(b"https://example.com/products/a/").unwrap().to_colors();
        let dark = modules.iter().filter(|c| **c == qrcode::Color::Dark).count();
        assert!(svg.matches('M').count() < dark * 3 / 4, "{} runs for {dark} dark modules", svg.matches('M').count());
    }
}
