//! `vitrina serve` end to end: a real server on a free port, real HTTP requests, live-reload events,
//! broken and fixed edits, and requests that try to leave the site.

mod common;
use common::server::*;
use common::*;
use std::path::Path;

fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let p = site.join(file);
    let s = read(&p);
    assert!(s.contains(from), "{file} lacks {from:?}");
    std::fs::write(&p, s.replacen(from, to, 1)).unwrap();
}

#[test]
fn serves_rebuilds_and_survives_broken_edits() {
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    // Pages, content types, redirects to the trailing slash, the theme's 404.
    let (status, head, body) = get(port, "/productos/taza/");
    assert_eq!(status, 200);
    assert!(head.contains("text/html; charset=utf-8"));
    assert!(body.contains("/__vitrina/events"), "live-reload script injected");
    assert!(body.contains(&format!("http://127.0.0.1:{port}/productos/taza/")), "base URL points at the server");
    assert!(get(port, "/style.css").1.contains("text/css"));
    let (status, head, _) = get(port, "/productos/taza");
    assert_eq!(status, 301);
    assert!(head.contains("Location: /productos/taza/"));
    let (status, _, body) = get(port, "/no/such/page/");
    assert_eq!(status, 404);
    assert!(body.contains("Página no encontrada"));
    let image = body_paths(&get(port, "/productos/taza/").2).into_iter().find(|p| p.ends_with(".webp")).unwrap();
    assert!(get(port, &image).1.contains("image/webp"));
    // Nothing is written over the user's public/.
    assert!(!site.join("public").exists());

    // Edit a product: a reload event, then the new text.
    let events = Events::open(port);
    edit(&site, "products/taza.md", "Una taza de **barro**", "Una taza de **barro negro**");
    events.wait_for("reload");
    assert!(get(port, "/productos/taza/").2.contains("barro negro"));
    // Only that product was re-rendered, not the whole site.
    server.wait_line("Rebuilt 1 product(s) (taza)");

    // Break the profile: an error event naming the file; the last good site stays up.
    edit(&site, "company.yaml", "currency: MXN", "currency: [MXN");
    let err = events.wait_for("build-error");
    assert!(err.contains("company.yaml:"), "{err}");
    let (status, _, body) = get(port, "/productos/taza/");
    assert_eq!(status, 200);
    assert!(body.contains("barro negro"));
    // A page opened while broken learns about the error at once.
    let late = Events::open(port);
    assert!(late.wait_for("build-error").contains("company.yaml"));
    // Fix it: it recovers by itself.
    edit(&site, "company.yaml", "currency: [MXN", "currency: MXN");
    events.wait_for("reload");
    assert_eq!(get(port, "/").0, 200);

    // Rename a product (new slug in its translation) and delete another.
    edit(&site, "products/taza.en.md", "slug: big-mug", "slug: large-mug");
    events.wait_for("reload");
    assert_eq!(get(port, "/en/products/large-mug/").0, 200);
    assert_eq!(get(port, "/en/products/big-mug/").0, 404, "the old address is gone");
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    events.wait_for("reload");
    assert_eq!(get(port, "/productos/cuenco/").0, 404);
    // A new product file and a folder created after start.
    std::fs::write(site.join("products/plato.md"), "---\ntitle: Plato\nsku: PLA-9\nprice: 120\ncategory: ceramica\nimages: [{src: bowl.jpg, alt: Plato}]\n---\nUn plato.\n").unwrap();
    events.wait_for("reload");
    assert!(get(port, "/productos/plato/").2.contains("Un plato."));
    assert!(get(port, "/categorias/ceramica/").2.contains("Plato"), "the category page lists it");
    std::fs::create_dir_all(site.join("static/docs")).unwrap();
    std::fs::write(site.join("static/docs/ficha.txt"), "ficha técnica").unwrap();
    events.wait_for("reload");
    assert_eq!(get(port, "/docs/ficha.txt").2, "ficha técnica");
    drop(server);
}

fn body_paths(html: &str) -> Vec<String> {
    attr_values(html, "srcset")
        .iter()
        .flat_map(|s| s.split(", ").map(|c| c.split(' ').next().unwrap().to_string()).collect::<Vec<_>>())
        .map(|p| format!("/{}", p.trim_start_matches("../")))
        .collect()
}

#[test]
fn answers_only_inside_the_output() {
    let (tmp, site) = fixture("shop");
    // A symlink in static/ pointing outside the site is never served.
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(tmp.path().join("secret.txt"), "secret").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(tmp.path().join("secret.txt"), site.join("static/secret.txt")).unwrap();
    let server = start(&site, free_port());
    for path in [
        "/../company.yaml",
        "/%2e%2e/company.yaml",
        "/%2E%2E/%2E%2E/etc/passwd",
        "/productos/..%2f..%2fcompany.yaml",
        "/images/../../company.yaml",
        "//etc/passwd",
        "/..\\company.yaml",
        "/company.yaml",
        "/products/taza.md",
        "/secret.txt",
        "/%00",
    ] {
        let (status, _, body) = get(server.port, path);
        assert_eq!(status, 404, "{path}");
        assert!(!body.contains("secret") && !body.contains("currency:") && !body.contains("root:"), "{path} leaked");
    }
}

#[test]
fn takes_the_next_free_port_and_says_so() {
    let (_tmp, site) = fixture("shop");
    let busy = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = busy.local_addr().unwrap().port();
    let server = start(&site, port);
    assert_ne!(server.port, port);
    let said = &server.said;
    assert!(said.iter().any(|l| l.contains(&format!("Port {port} is in use"))), "{said:?}");
    assert_eq!(get(server.port, "/").0, 200);
}

#[test]
fn survives_a_panicking_rebuild() {
    // A debug-build hook (see `test_panic` in src/serve/mod.rs): rebuilds panic while the named file exists in
    // the site. Other tests' sites never hold it, so setting the variable for the whole binary is harmless.
    std::env::set_var("VITRINA_TEST_PANIC", "panic-now");
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    let events = Events::open(port);
    std::fs::write(site.join("panic-now"), "").unwrap();
    let err = events.wait_for("build-error");
    assert!(err.contains("internal error") && err.contains("hint:"), "{err}");
    assert!(Events::open(port).wait_for("build-error").contains("internal error"), "a new page sees the error");
    assert_eq!(get(port, "/productos/taza/").0, 200, "the last good site stays up");
    // The watcher lives on: removing the trigger rebuilds, and a later edit is picked up.
    std::fs::remove_file(site.join("panic-now")).unwrap();
    events.wait_for("reload");
    edit(&site, "products/taza.md", "Una taza de **barro**", "Una taza de **barro rojo**");
    events.wait_for("reload");
    assert!(get(port, "/productos/taza/").2.contains("barro rojo"));
}
