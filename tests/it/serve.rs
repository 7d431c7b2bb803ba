//! `vitrina serve` end to end: a real server on a free port, real HTTP requests, live-reload events,
//! broken and fixed edits, and requests that try to leave the site.

use crate::common;
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
    // Pages nothing links any more are dropped right after the reload event, with the sitemap and feeds.
    server.wait_line("Rebuilt 1 product(s) (taza)");
    assert_eq!(get(port, "/en/products/large-mug/").0, 200);
    assert_eq!(get(port, "/en/products/big-mug/").0, 404, "the old address is gone");
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    events.wait_for("reload");
    server.wait_line("Rebuilt 1 product(s) (cuenco)");
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

/// A raw connection that can carry several requests (keep-alive) and read one response at a time.
struct Conn {
    reader: std::io::BufReader<std::net::TcpStream>,
}

struct Reply {
    status: u16,
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> Option<String> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim().to_string())
        })
    }
}

impl Conn {
    fn open(port: u16) -> Conn {
        let s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(std::time::Duration::from_secs(10))).unwrap();
        Conn { reader: std::io::BufReader::new(s) }
    }

    fn send(&mut self, raw: &str) {
        use std::io::Write;
        self.reader.get_mut().write_all(raw.as_bytes()).unwrap();
    }

    /// One response; the body by its Content-Length (none for HEAD, as `head_only` says).
    fn reply(&mut self, head_only: bool) -> Reply {
        use std::io::{BufRead, Read};
        let mut head = String::new();
        loop {
            let mut line = String::new();
            assert!(self.reader.read_line(&mut line).unwrap() > 0, "connection closed before a response: {head}");
            if line == "\r\n" {
                break;
            }
            head.push_str(&line);
        }
        let status = head.split(' ').nth(1).unwrap().parse().unwrap();
        let mut reply = Reply { status, head, body: Vec::new() };
        let len: usize = reply.header("Content-Length").map(|l| l.parse().unwrap()).unwrap_or(0);
        if !head_only {
            reply.body = vec![0; len];
            self.reader.read_exact(&mut reply.body).unwrap();
        }
        reply
    }

    /// True when the server closed the connection (with nothing more to read) before the client timeout.
    fn closed_by_server(&mut self) -> bool {
        self.closed_within(10)
    }

    fn closed_within(&mut self, secs: u64) -> bool {
        use std::io::Read;
        self.reader.get_ref().set_read_timeout(Some(std::time::Duration::from_secs(secs))).unwrap();
        let mut rest = Vec::new();
        matches!(self.reader.read_to_end(&mut rest), Ok(0))
    }
}

fn request(method: &str, path: &str, port: u16) -> String {
    format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\r\n")
}

#[test]
fn answers_only_get_and_head() {
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    let mut c = Conn::open(port);
    c.send(&request("GET", "/productos/taza/", port));
    let page = c.reply(false);
    assert_eq!(page.status, 200);
    // HEAD: the same headers, the page's length, and no body: the next bytes on the socket are the next
    // response.
    c.send(&request("HEAD", "/productos/taza/", port));
    let head = c.reply(true);
    assert_eq!(head.status, 200);
    assert_eq!(head.header("Content-Type"), page.header("Content-Type"));
    assert_eq!(head.header("Content-Length"), Some(page.body.len().to_string()));
    c.send(&request("GET", "/style.css", port));
    let next = c.reply(false);
    assert_eq!(next.status, 200, "a HEAD body would show up here: {}", next.head);
    assert!(next.header("Content-Type").unwrap().starts_with("text/css"));
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
        let mut c = Conn::open(port);
        c.send(&request(method, "/productos/taza/", port));
        let r = c.reply(false);
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("Allow").as_deref(), Some("GET, HEAD"), "{method}");
        let body = String::from_utf8_lossy(&r.body);
        assert!(body.contains("only GET and HEAD") && !body.contains("<html"), "{method}: {body}");
    }
}

#[test]
fn refuses_requests_for_other_hosts() {
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    let ask = |raw: String| {
        let mut c = Conn::open(port);
        c.send(&raw);
        c.reply(false)
    };
    let with_host = |host: &str, path: &str| ask(format!("GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n"));
    for host in [format!("127.0.0.1:{port}"), format!("localhost:{port}"), format!("[::1]:{port}")] {
        assert_eq!(with_host(&host, "/").status, 200, "{host}");
    }
    // A DNS-rebinding page: its own name, pointed at 127.0.0.1; also the right address on another port, no
    // port at all, and no Host header.
    for host in [format!("evil.example:{port}"), format!("127.0.0.1:{}", port + 1), "127.0.0.1".to_string()] {
        for path in ["/", "/__vitrina/events", "/style.css"] {
            let r = with_host(&host, path);
            assert_eq!(r.status, 403, "{host}{path}");
            let body = String::from_utf8_lossy(&r.body);
            assert!(body.contains("refused") && body.contains("hint:") && !body.contains("<html"), "{body}");
            assert!(r.header("Content-Type").unwrap().starts_with("text/plain"));
        }
    }
    assert_eq!(ask("GET / HTTP/1.1\r\n\r\n".into()).status, 403, "no Host");
    // Two Host headers, the first one right: neither is trusted.
    let r = ask(format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: evil.example\r\n\r\n"));
    assert_eq!(r.status, 403, "two Host headers");
    // Host names are case-insensitive.
    assert_eq!(with_host(&format!("LOCALHOST:{port}"), "/").status, 200);
    // A target in absolute form names the host too.
    let r = ask(format!("GET http://evil.example:{port}/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
    assert_eq!(r.status, 403);
}

#[test]
fn http10_keep_alive_is_answered_and_plain_http10_is_closed() {
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    let ask = format!("GET /style.css HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\nConnection: keep-alive\r\n\r\n");
    let mut c = Conn::open(port);
    c.send(&ask);
    let first = c.reply(false);
    assert_eq!(first.status, 200);
    assert_eq!(first.header("Connection").as_deref(), Some("keep-alive"), "{}", first.head);
    assert!(first.header("Content-Length").is_some(), "a kept-alive response needs its length: {}", first.head);
    // The same socket answers again.
    c.send(&ask);
    assert_eq!(c.reply(false).body, first.body);
    // Without keep-alive: the response, then the server closes (the client's 10 s read timeout would fail it
    // otherwise, well before the server's own idle timeout).
    let mut c = Conn::open(port);
    c.send(&format!("GET /style.css HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
    let plain = c.reply(false);
    assert_eq!(plain.status, 200);
    assert_ne!(plain.header("Connection").as_deref(), Some("keep-alive"));
    assert!(c.closed_by_server(), "HTTP/1.0 without keep-alive must be closed after the response");
}

#[test]
fn many_concurrent_keep_alive_clients_are_all_answered() {
    let (_tmp, site) = fixture("shop");
    let server = start(&site, free_port());
    let port = server.port;
    let expected = get(port, "/productos/taza/").2.len();
    let clients: Vec<_> = (0..50)
        .map(|_| {
            std::thread::spawn(move || {
                let mut c = Conn::open(port);
                let mut lens = Vec::new();
                for path in ["/productos/taza/", "/style.css"].iter().cycle().take(20) {
                    c.send(&request("GET", path, port));
                    let r = c.reply(false);
                    assert_eq!(r.status, 200, "{path}");
                    assert_ne!(r.header("Connection").as_deref(), Some("close"), "kept alive");
                    lens.push((path.to_string(), r.body.len()));
                }
                lens
            })
        })
        .collect();
    for client in clients {
        let lens = client.join().expect("every request answered");
        assert_eq!(lens.len(), 20);
        assert!(lens.iter().filter(|(p, _)| p == "/productos/taza/").all(|(_, l)| *l == expected));
    }
}

#[test]
fn slow_and_idle_clients_are_closed_and_block_no_one() {
    let (_tmp, site) = fixture("shop");
    // The header timeout shortened from 10 s so the test is quick.
    let server = start_with(&site, free_port(), &[("VITRINA_SERVE_HEADER_TIMEOUT_MS", "1500")]);
    let port = server.port;
    // Sockets that send nothing, and one that sends half a request and stops.
    let mut silent: Vec<Conn> = (0..20).map(|_| Conn::open(port)).collect();
    let mut half = Conn::open(port);
    half.send(&format!("GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"));
    // Everyone else is answered meanwhile, kept alive or not.
    let mut kept = Conn::open(port);
    kept.send(&request("GET", "/", port));
    assert_eq!(kept.reply(false).status, 200);
    assert_eq!(get(port, "/style.css").0, 200);
    // Then the server closes them: no request within the header timeout, or idle too long after one.
    for c in silent.iter_mut().chain([&mut half, &mut kept]) {
        assert!(c.closed_by_server(), "a slow or idle client was not closed");
    }
    assert_eq!(get(port, "/").0, 200, "still serving");
}

#[test]
fn beyond_the_connection_cap_new_clients_wait_their_turn() {
    let (_tmp, site) = fixture("shop");
    let server = start_with(
        &site,
        free_port(),
        &[("VITRINA_SERVE_HEADER_TIMEOUT_MS", "1500"), ("VITRINA_SERVE_MAX_CONNECTIONS", "3")],
    );
    let port = server.port;
    let mut silent: Vec<Conn> = (0..3).map(|_| Conn::open(port)).collect();
    // A fourth client is not refused: it is answered once the silent ones are timed out.
    let mut fourth = Conn::open(port);
    fourth.send(&request("GET", "/", port));
    assert_eq!(fourth.reply(false).status, 200);
    // It was answered only after a slot freed: a silent one is already closed (under no cap it would still
    // be open for another second).
    assert!(silent.first_mut().unwrap().closed_within(1), "the fourth client was answered before a slot freed");
    for c in &mut silent {
        assert!(c.closed_by_server());
    }
}

#[test]
fn survives_a_panicking_rebuild() {
    // A debug-build hook (see `test_panic` in src/serve/mod.rs): rebuilds panic while the named file exists in
    // the site. Given to this server only: every test shares this process's environment.
    let (_tmp, site) = fixture("shop");
    let server = start_with(&site, free_port(), &[("VITRINA_TEST_PANIC", "panic-now")]);
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

/// Every text file of a cold build of `site` at the server's address, compared with what the server sends
/// (less the live-reload script it adds to pages): after any rebuild the preview is the site a build makes.
fn assert_serves_a_cold_build(site: &Path, port: u16, step: &str) {
    let out = tempfile::tempdir().unwrap();
    let base = format!("http://127.0.0.1:{port}/");
    let built = run(&["build", site.to_str().unwrap(), "-o", out.path().to_str().unwrap(), "--base-url", &base]);
    assert!(built.ok, "{step}: {}", built.stderr);
    let mut compared = 0;
    for (rel, bytes) in snapshot(out.path()) {
        let text_file = [".html", ".xml", ".json", ".txt", ".csv", ".js"].iter().any(|e| rel.ends_with(e));
        if !text_file || rel.starts_with(".") {
            continue;
        }
        let url: String = rel
            .bytes()
            .map(|b| {
                if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect();
        let (status, _, mut body) = get(port, &format!("/{url}"));
        assert_eq!(status, 200, "{step}: /{rel} is not served");
        if let Some(start) = body.find("<script>\n(function (HEADING)") {
            let end = start + body[start..].find("</script>\n").unwrap() + "</script>\n".len();
            body.replace_range(start..end, "");
        }
        assert!(body == String::from_utf8_lossy(&bytes), "{step}: /{rel} differs from a cold build");
        compared += 1;
    }
    assert!(compared > 20, "{step}: only {compared} files compared");
}

#[test]
fn a_preview_after_product_edits_is_a_cold_build() {
    let (_tmp, site) = fixture("shop");
    // One product per listing page: an edit moves nothing, so only the pages showing the product may change.
    let profile = site.join("company.yaml");
    std::fs::write(&profile, read(&profile) + "listing:\n  page_size: 1\n").unwrap();
    let server = start(&site, free_port());
    let port = server.port;
    let events = Events::open(port);
    assert_serves_a_cold_build(&site, port, "first build");
    // The title of the featured product: its card is on the home page, a listing page and suggestions.
    edit(&site, "products/taza.md", "& fina</b> — café", "& fina</b> — café de olla");
    events.wait_for("reload");
    // The files about every product follow the reload event; the line says the rebuild is over.
    server.wait_line("Rebuilt");
    assert_serves_a_cold_build(&site, port, "edit");
    // A product moves to another category: both categories' pages and counts change on every page.
    edit(&site, "products/cuenco.md", "category: ceramica", "category: cobre");
    events.wait_for("reload");
    // The files about every product follow the reload event; the line says the rebuild is over.
    server.wait_line("Rebuilt");
    assert_serves_a_cold_build(&site, port, "category change");
    // A product is deleted: every product after it moves across the pages.
    std::fs::remove_file(site.join("products/cuenco.md")).unwrap();
    events.wait_for("reload");
    // The files about every product follow the reload event; the line says the rebuild is over.
    server.wait_line("Rebuilt");
    assert_serves_a_cold_build(&site, port, "delete");
    drop(server);
}

/// A product change that makes two products clash (one SKU, or one address) is checked against the changed
/// products only (the catalog passed the whole check before): it must be refused with the very message a fresh
/// load gives (which names the later file of the clash first), and leave the preview and its catalog as they were.
#[test]
fn a_clashing_product_change_is_refused_as_a_fresh_load_refuses_it() {
    let (tmp, site) = fixture("shop");
    let mut preview = vitrina::serve::Preview::start(&site, "http://127.0.0.1:1/", &tmp.path().join("cache"));
    assert_eq!(preview.error(), None);
    let before = preview.files().unwrap();
    let taza = read(site.join("products/taza.md"));
    let cuenco = read(site.join("products/cuenco.md"));
    let cases: Vec<(&str, Vec<(&str, String)>)> = vec![
        // A new product before the one whose SKU it repeats.
        ("new SKU clash", vec![("aaa.md", taza.replace("featured: true\n", ""))]),
        // An edited product after the one whose SKU it takes.
        ("edited SKU clash", vec![("taza.md", taza.replace("TAZ-01", "CUE-01"))]),
        // Two new products at once: the SKU clash is said even though the address clash comes first.
        (
            "two clashes",
            vec![
                ("aab.md", cuenco.replace("CUE-01", "AAB-01").replace("title: Cuenco", "slug: taza\ntitle: Cuenco")),
                ("zzz.md", cuenco.clone()),
            ],
        ),
        // A file name that gives another product's address.
        ("names clash", vec![("Taza.md", taza.replace("TAZ-01", "TAZ-02"))]),
    ];
    for (case, files) in cases {
        let paths: Vec<_> = files.iter().map(|(name, _)| site.join("products").join(name)).collect();
        let originals: Vec<Option<String>> = paths.iter().map(|p| std::fs::read_to_string(p).ok()).collect();
        for ((_, text), path) in files.iter().zip(&paths) {
            std::fs::write(path, text).unwrap();
        }
        preview.change(&paths);
        let fresh = match vitrina::site::Site::load(&site) {
            Ok(_) => panic!("{case}: a fresh load of the clashing catalog succeeded"),
            Err(e) => vitrina::pipeline::error_chain(&e),
        };
        assert_eq!(preview.error().as_deref(), Some(fresh.as_str()), "{case}");
        assert!(preview.files().unwrap() == before, "{case}: a refused change altered what the preview serves");
        for (path, original) in paths.iter().zip(originals) {
            match original {
                Some(text) => std::fs::write(path, text).unwrap(),
                None => std::fs::remove_file(path).unwrap(),
            }
        }
        preview.change(&paths);
        assert_eq!(preview.error(), None, "{case}: the fixed catalog");
        // The catalog kept after the refusal is the one before it: the fixed site is served as it was.
        assert!(preview.files().unwrap() == before, "{case}: the preview after the fix differs from before");
    }
}
