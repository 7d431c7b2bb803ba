//! Big catalogs: the all-products page, paginated listings (canonical, hreflang and sitemap per page), related
//! products, the search index, and `aliases:` redirects for renamed products.

use crate::common;
use common::*;
use std::path::Path;

const CATEGORIES: usize = 10;

/// A two-language site with `n` products spread over 10 categories, every product on one shared small photo
/// (so the build measures pages, not image work).
fn catalog(root: &Path, n: usize) {
    std::fs::create_dir_all(root.join("products")).unwrap();
    std::fs::create_dir_all(root.join("images")).unwrap();
    std::fs::copy(root_dir().join("tests/fixtures/multi/images/scarf.jpg"), root.join("images/photo.jpg")).unwrap();
    let mut yaml = String::from(
        "base_url: https://big.example/\nlanguages: [es, en]\ncurrency: MXN\nname: Catálogo grande\n\
         contact: { email: ventas@big.example }\ncategories:\n",
    );
    for c in 0..CATEGORIES {
        yaml.push_str(&format!("  - {{ id: cat-{c}, name: {{ es: Categoría {c}, en: Category {c} }} }}\n"));
    }
    std::fs::write(root.join("company.yaml"), yaml).unwrap();
    for i in 0..n {
        let avail = if i % 7 == 0 { "made_to_order" } else { "in_stock" };
        let md = format!(
            "---\ntitle: {{ es: Jarrón número {i}, en: Vase number {i} }}\nsku: SKU-{i}\nprice: {}\n\
             availability: {avail}\ncategory: cat-{}\nimages: [{{ src: photo.jpg, alt: Jarrón }}]\n---\nJarrón de barro.\n",
            100 + i,
            i % CATEGORIES
        );
        std::fs::write(root.join(format!("products/jarron-{i:05}.md")), md).unwrap();
    }
}

fn root_dir() -> std::path::PathBuf {
    common::root()
}

fn cards(html: &str) -> usize {
    html.matches("<li class=\"card\">").count()
}

#[test]
fn ten_thousand_products_have_light_paginated_listings_search_and_related_products() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("site");
    catalog(&site, 10_000);
    let out = build(&site);

    // A category of 1,000 products: 21 pages of 48, each light.
    let cat = out.join("categorias/cat-3");
    let first = read(cat.join("index.html"));
    let weight = first.len();
    println!("category page weight at 10,000 products: {weight} bytes");
    assert!(weight < 150_000, "category page is {weight} bytes");
    assert_eq!(cards(&first), 48);
    let hrefs = attr_values(&first, "href");
    assert!(hrefs.contains(&"../../categorias/cat-3/pagina/2/".to_string()), "no link to page 2");
    assert!(hrefs.contains(&"../../categorias/cat-3/pagina/21/".to_string()), "no link to the last page");
    assert!(first.contains("aria-current=\"page\"><span class=\"vh\">Página </span>1</a>"));
    for link in hrefs.iter().filter(|h| h.contains("/pagina/")) {
        assert!(resolve(&cat.join("index.html"), link).is_file(), "pager link {link} is broken");
    }
    let last = read(cat.join("pagina/21/index.html"));
    assert_eq!(cards(&last), 1_000 - 20 * 48);
    assert!(!cat.join("pagina/22").exists());

    // Each page is its own canonical URL, with its translation at the same page number, and in the sitemap.
    let second = read(cat.join("pagina/2/index.html"));
    assert_eq!(links(&second, "canonical")[0].1, "https://big.example/categorias/cat-3/pagina/2/");
    let alternates = links(&second, "alternate");
    assert!(alternates.contains(&(Some("en".into()), "https://big.example/en/categories/cat-3/page/2/".into())));
    assert!(second.contains("<title>Categoría 3 — página 2 | Catálogo grande</title>"), "page number in the title");
    let sitemaps: String = std::fs::read_dir(&out)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("sitemap"))
        .map(|e| read(e.path()))
        .collect();
    for url in ["https://big.example/categorias/cat-3/pagina/2/", "https://big.example/en/products/page/209/"] {
        assert!(sitemaps.contains(&format!("<loc>{url}</loc>")), "{url} not in the sitemap");
    }

    // The all-products listing of each language: 209 pages.
    let all = read(out.join("en/products/index.html"));
    assert!(all.contains("<h1>All products</h1>"));
    assert!(out.join("en/products/page/209/index.html").is_file());
    assert!(!out.join("en/products/page/210").exists());
    assert_eq!(cards(&read(out.join("en/products/page/209/index.html"))), 10_000 - 208 * 48);

    // The search index: every product, compact.
    let index_bytes = std::fs::metadata(out.join("search/en.json")).unwrap().len();
    println!("search index at 10,000 products: {index_bytes} bytes");
    let index: serde_json::Value = serde_json::from_str(&read(out.join("search/en.json"))).unwrap();
    let items = index["items"].as_array().unwrap();
    assert_eq!(items.len(), 10_000);
    // 42 is made to order (availability 1), in category 2, at 142 MXN.
    assert_eq!(items[42], serde_json::json!(["Vase number 42", "jarron-00042/", 2, 1, 142, "SKU-42"]));
    assert!(index_bytes < 700_000, "search index is {index_bytes} bytes");
    assert!(all.contains("search.js") && out.join("search.js").is_file());

    // The enquiry page names no product: its data is a file beside the search index, found from the page.
    let enquiry = read(out.join("en/enquiry/index.html"));
    assert!(enquiry.len() < 30_000, "enquiry page is {} bytes", enquiry.len());
    assert!(
        enquiry.contains("data-products=\"../../search/en-products.json\""),
        "products file named relative to the page"
    );
    let data: serde_json::Value = serde_json::from_str(&read(out.join("search/en-products.json"))).unwrap();
    assert_eq!(data.as_object().unwrap().len(), 10_000);
    assert_eq!(data["SKU-42"]["path"], "en/products/jarron-00042/");

    // The line sheet: a cover listing the parts, one category per part, at most 50 products each.
    let cover = read(out.join("en/line-sheet/index.html"));
    assert_eq!(cover.matches("class=\"ls-item ls-part\"").count(), CATEGORIES * 1_000usize.div_ceil(50));
    assert!(cover.len() < 1_000_000, "line sheet cover is {} bytes", cover.len());
    let part = read(out.join("en/line-sheet/cat-3/page/20/index.html"));
    assert_eq!(part.matches("<li class=\"ls-item\">").count(), 50);
    assert!(part.contains("Category 3 (20/20)"), "the part says which it is");
    assert!(part.len() < 400_000, "a line sheet part is {} bytes", part.len());
    assert!(!out.join("en/line-sheet/cat-3/page/21").exists());

    // Related products: four, the same category first.
    let product = read(out.join("productos/jarron-00013/index.html"));
    let related = &product[product.find("class=\"related\"").expect("related section")..];
    assert_eq!(cards(related), 4);
    let first_related = attr_values(related, "href").remove(0);
    assert_eq!(first_related, "../../productos/jarron-00023/", "next product of the same category first");
}

#[test]
fn page_size_aliases_and_redirects_on_the_example() {
    let (_tmp, site) = fixture_with_image_cache("example");
    edit(&site, "company.yaml", "categories:", "listing: { page_size: 5 }\ncategories:");
    edit(
        &site,
        "products/molcajete-20.md",
        "sku: MOL-20",
        "sku: MOL-20\naliases: [/productos/molcajete-viejo/, piedra.html]",
    );
    edit(&site, "products/molcajete-20.en.md", "unit: piece", "unit: piece\naliases: [en/products/old-molcajete]");
    let out = build(&site);

    // 16 products at 5 a page: 4 pages, in both languages.
    assert!(out.join("productos/pagina/4/index.html").is_file());
    assert!(!out.join("productos/pagina/5").exists());
    assert!(out.join("en/products/page/4/index.html").is_file());
    assert_eq!(cards(&read(out.join("productos/pagina/4/index.html"))), 1);

    let old = read(out.join("productos/molcajete-viejo/index.html"));
    assert!(old.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../productos/molcajete-20/\">"), "{old}");
    assert_eq!(links(&old, "canonical")[0].1, "https://artesanias-tzintzuntzan.example/productos/molcajete-20/");
    assert!(old.contains("<a href=\"../../productos/molcajete-20/\">"));
    let en = read(out.join("en/products/old-molcajete/index.html"));
    assert!(en.contains("url=../../../en/products/volcanic-stone-molcajete-8in/"), "{en}");
    assert!(en.contains("<html lang=\"en\">"));
    assert!(out.join("piedra.html").is_file());
    let redirects = read(out.join("_redirects"));
    assert!(redirects.contains("/productos/molcajete-viejo/ /productos/molcajete-20/ 301\n"), "{redirects}");
    assert!(redirects.contains("/en/products/old-molcajete/ /en/products/volcanic-stone-molcajete-8in/ 301\n"));
    assert!(redirects.contains("/piedra.html /productos/molcajete-20/ 301\n"));
    // Redirects are not pages to index.
    assert!(!read(out.join("sitemap.xml")).contains("molcajete-viejo"));

    let broken = broken_links(&out);
    assert!(broken.is_empty(), "broken links: {broken:#?}");
}

#[test]
fn an_alias_never_replaces_a_page_or_leaves_the_output() {
    for (alias, expect) in [
        ("productos/molcajete-30/", "is the address of a page"),
        ("productos/", "is the address of a page"),
        ("en/", "is the address of a page"),
        ("404.html", "is the address of a page"),
        ("../../outside", "leaves its folder"),
        ("https://evil.example/x", "full address"),
        ("a b", "may hold only"),
    ] {
        let (tmp, site) = fixture("example");
        edit(&site, "products/molcajete-20.md", "sku: MOL-20", &format!("sku: MOL-20\naliases: [\"{alias}\"]"));
        let r = run(&["build", site.to_str().unwrap()]);
        assert!(!r.ok, "alias {alias:?} was accepted");
        assert!(r.stderr.contains("molcajete-20.md") && r.stderr.contains(expect), "{alias:?}: {}", r.stderr);
        assert!(r.stderr.contains("hint:"), "{}", r.stderr);
        assert!(!tmp.path().join("outside").exists());
    }
    let (_tmp, site) = fixture("example");
    edit(&site, "company.yaml", "categories:", "listing: { page_size: 0 }\ncategories:");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("listing.page_size"), "{}", r.stderr);
}
