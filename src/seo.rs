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
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}

pub(crate) const SITEMAP_LIMIT: usize = 50_000;

/// The sitemap files: one `sitemap.xml`, or past 50,000 URLs a `sitemap.xml` index over `sitemap-N.xml`.
pub fn sitemaps(base_url: &str, entries: &[SitemapEntry]) -> Vec<(String, String)> {
    if entries.len() <= SITEMAP_LIMIT {
        return vec![("sitemap.xml".to_string(), urlset(entries))];
    }
    let mut files = Vec::new();
    let mut index = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (i, chunk) in entries.chunks(SITEMAP_LIMIT).enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!("  <sitemap><loc>{}</loc></sitemap>\n", xml_escape(&format!("{base_url}{name}"))));
        files.push((name, urlset(chunk)));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".to_string(), index));
    files
}

fn urlset(entries: &[SitemapEntry]) -> String {
    let mut s = String::with_capacity(entries.len() * 400);
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"\n        xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for e in entries {
        s.push_str("  <url>\n    <loc>");
        s.push_str(&xml_escape(&e.loc));
        s.push_str("</loc>\n");
        if let Some(d) = &e.lastmod {
            s.push_str(&format!("    <lastmod>{d}</lastmod>\n"));
        }
        if e.alternates.len() > 1 {
            for (h, u) in &e.alternates {
                s.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    xml_escape(h),
                    xml_escape(u)
                ));
            }
            s.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n",
                xml_escape(&e.x_default)
            ));
        }
        s.push_str("  </url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

pub(crate) fn robots(base_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {base_url}sitemap.xml\n")
}
