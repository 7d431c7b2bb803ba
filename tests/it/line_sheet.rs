//! The line sheet under `serve`: a product change re-renders only the parts it touches (and the cover), and
//! every line-sheet page it serves afterwards equals a cold build of the same sources.

use crate::common;
use common::server::*;
use common::*;
use std::path::Path;

/// The page `serve` answers for `rel` (an output file), without the live-reload script it injects.
fn served(port: u16, rel: &str) -> String {
    let (status, _, body) = get(port, &format!("/{}", rel.trim_end_matches("index.html")));
    assert_eq!(status, 200, "{rel}");
    let start = body.rfind("<script>\n(function (HEADING)").expect("live-reload script");
    let end = start + body[start..].find("</script>\n").expect("script end") + "</script>\n".len();
    format!("{}{}", &body[..start], &body[end..])
}

/// The line-sheet pages of a cold build of `site` for the server's address: (output file, HTML).
fn cold_line_sheet(site: &Path, port: u16) -> Vec<(String, String)> {
    let out = tempfile::tempdir().unwrap();
    let base = format!("http://127.0.0.1:{port}/");
    let r = run(&["build", site.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--base-url", &base]);
    assert!(r.ok, "{}", r.stderr);
    snapshot(out.path())
        .into_iter()
        .map(|(rel, bytes)| (rel, String::from_utf8_lossy(&bytes).into_owned()))
        .filter(|(rel, html)| rel.ends_with(".html") && html.contains("class=\"line-sheet\""))
        .collect()
}

/// Every line-sheet page of a cold build of `site` equals what the server answers; how many there are.
fn same_as_cold_build(site: &Path, port: u16) -> usize {
    let cold = cold_line_sheet(site, port);
    for (rel, html) in &cold {
        assert!(served(port, rel) == *html, "{rel} served by serve differs from a cold build");
    }
    cold.len()
}

#[test]
fn serve_renders_the_touched_parts_like_a_cold_build() {
    let (_tmp, site) = fixture("shop");
    // 120 more mugs in one category: three parts of it in each language.
    let taza = read(site.join("products/taza.md"));
    for n in 0..120 {
        let text = taza
            .replacen("title: Taza </script><b>\"grande\" & fina</b> — café", &format!("title: Taza {n}"), 1)
            .replacen("sku: TAZ-01", &format!("sku: TAZ-{}", 100 + n), 1)
            .replacen("featured: true", "featured: false", 1);
        std::fs::write(site.join(format!("products/taza-{n:03}.md")), text).unwrap();
    }
    let server = start(&site, free_port());
    let port = server.port;
    // Cover + ceramica 3 parts + cobre 1 part, in two languages.
    assert_eq!(same_as_cold_build(&site, port), 10);
    let events = Events::open(port);

    // A title in the second part: that part shows it.
    edit(&site, "products/taza-060.md", "title: Taza 60", "title: Taza sesenta");
    events.wait_for("reload");
    server.wait_line("Rebuilt 1 product(s) (taza-060)");
    assert!(get(port, "/linea/ceramica/pagina/2/").2.contains("Taza sesenta"));
    assert_eq!(same_as_cold_build(&site, port), 10);

    // A product moves to another category: the parts after it renumber, the cover's counts change.
    edit(&site, "products/taza-010.md", "category: ceramica", "category: cobre");
    events.wait_for("reload");
    server.wait_line("Rebuilt 1 product(s) (taza-010)");
    assert_eq!(same_as_cold_build(&site, port), 10);

    // Products deleted until the category needs one part less (122 - 1 - 21 = 100, two parts).
    for n in 20..41 {
        std::fs::remove_file(site.join(format!("products/taza-{n:03}.md"))).unwrap();
    }
    events.wait_for("reload");
    // The watcher may report the deletions in more than one batch: wait until the pages settle.
    let cold = cold_line_sheet(&site, port);
    assert_eq!(cold.len(), 8);
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while cold.iter().any(|(rel, html)| served(port, rel) != *html) || get(port, "/linea/ceramica/pagina/3/").0 != 404 {
        assert!(std::time::Instant::now() < deadline, "serve's line sheet never matched a cold build after deleting");
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}
