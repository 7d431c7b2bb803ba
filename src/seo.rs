//! What search engines read besides the pages: the sitemap with hreflang alternates and robots.txt. The
//! structured data inside pages (JSON-LD) is built in `jsonld`.

pub(crate) mod jsonld;

/// One `<url>` of the sitemap: a page and all its translations (hreflang alternates, self and x-default).
pub struct SitemapEntry {
    pub loc: String,
    pub lastmod: Option<String>,
    /// `(hreflang, absolute url)` for every language version, the page itself included.
    pub alternates: Vec<(String, String)>,
    pub x_default: String,
}

pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    xml_escape_into(&mut out, s);
    out
}

/// `xml_escape(s)` appended to `out` in one pass: the feeds and the sitemap escape every product's text and
/// addresses, and a pass per character to replace cost them more than the rest of their work.
pub(crate) fn xml_escape_into(out: &mut String, s: &str) {
    const CHUNK: usize = 32;
    let entity = |b: u8| match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'"' => Some("&quot;"),
        b'\'' => Some("&apos;"),
        _ => None,
    };
    let mut plain = 0;
    for (c, chunk) in s.as_bytes().chunks(CHUNK).enumerate() {
        // A chunk is tested without a branch per byte (the compiler tests the bytes together); text rarely
        // holds one of the five, so most chunks are passed over whole.
        if !chunk.iter().fold(false, |hit, &b| hit | matches!(b, b'&' | b'<' | b'>' | b'"' | b'\'')) {
            continue;
        }
        for (k, &b) in chunk.iter().enumerate() {
            if let Some(e) = entity(b) {
                // The escaped characters are ASCII, so their positions are character boundaries.
                let i = c * CHUNK + k;
                out.push_str(&s[plain..i]);
                out.push_str(e);
                plain = i + 1;
            }
        }
    }
    out.push_str(&s[plain..]);
}

pub(crate) const SITEMAP_LIMIT: usize = 50_000;

/// The sitemap files: one `sitemap.xml`, or past 50,000 URLs a `sitemap.xml` index over `sitemap-N.xml`.
pub fn sitemaps(base_url: &str, entries: &[SitemapEntry]) -> Vec<(String, String)> {
    if entries.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".to_string(), urlset(entries))];
    }
    let chunks = entries.chunks(SITEMAP_LIMIT);
    let mut files: Vec<(String, String)> = chunks.enumerate().map(|(i, c)| (sitemap_file(i), urlset(c))).collect();
    files.push(("sitemap.xml".to_string(), sitemap_index(base_url, files.len())));
    files
}

/// The `i`-th file (from 0) of a sitemap split in several.
pub(crate) fn sitemap_file(i: usize) -> String {
    format!("sitemap-{}.xml", i + 1)
}

/// The `sitemap.xml` index over `files` sitemap files.
pub(crate) fn sitemap_index(base_url: &str, files: usize) -> String {
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for i in 0..files {
        let loc = xml_escape(&format!("{base_url}{}", sitemap_file(i)));
        index.push_str(&format!("  <sitemap><loc>{loc}</loc></sitemap>\n"));
    }
    index.push_str("</sitemapindex>\n");
    index
}

/// A sitemap file up to its first `<url>`, and after its last.
pub(crate) const URLSET_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n        xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
pub(crate) const URLSET_TAIL: &str = "</urlset>\n";

fn urlset(entries: &[SitemapEntry]) -> String {
    let mut s = String::with_capacity(entries.len() * 400);
    s.push_str(URLSET_HEAD);
    entries.iter().for_each(|e| url(&mut s, e));
    s.push_str(URLSET_TAIL);
    s
}

/// One entry's `<url>`, appended to `s`: a function of the entry alone (`render::splice` copies unchanged ones).
pub(crate) fn url(s: &mut String, e: &SitemapEntry) {
    s.push_str("  <url>\n    <loc>");
    xml_escape_into(s, &e.loc);
    s.push_str("</loc>\n");
    if let Some(d) = &e.lastmod {
        s.push_str("    <lastmod>");
        s.push_str(d);
        s.push_str("</lastmod>\n");
    }
    if e.alternates.len() > 1 {
        for (h, u) in &e.alternates {
            s.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"");
            xml_escape_into(s, h);
            s.push_str("\" href=\"");
            xml_escape_into(s, u);
            s.push_str("\"/>\n");
        }
        s.push_str("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"");
        xml_escape_into(s, &e.x_default);
        s.push_str("\"/>\n");
    }
    s.push_str("  </url>\n");
}

impl SitemapEntry {
    /// A hash of everything the entry's `<url>` is made from.
    pub(crate) fn key(&self) -> [u8; 16] {
        let mut k = crate::cache::fragments::Key::new();
        k.field(&self.loc);
        k.option(self.lastmod.as_deref());
        k.field(&self.alternates.len().to_string());
        self.alternates.iter().for_each(|(h, u)| {
            k.field(h);
            k.field(u);
        });
        k.field(&self.x_default);
        k.finish()
    }
}

pub(crate) fn robots(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    #[test]
    fn escapes_the_five_xml_characters_once() {
        for (raw, escaped) in [
            ("", ""),
            ("Jarrón de barro", "Jarrón de barro"),
            ("a&b<c>d\"e'f", "a&amp;b&lt;c&gt;d&quot;e&apos;f"),
            ("&amp;", "&amp;amp;"),
            ("ñ&ñ", "ñ&amp;ñ"),
            ("<<", "&lt;&lt;"),
            // Characters on either side of a 32-byte chunk's edge.
            (&"a".repeat(31), &"a".repeat(31)),
            (&format!("{}&", "a".repeat(31)), &format!("{}&amp;", "a".repeat(31))),
            (&format!("{}<b>", "ó".repeat(20)), &format!("{}&lt;b&gt;", "ó".repeat(20))),
        ] {
            assert_eq!(super::xml_escape(raw), escaped);
        }
    }
}
