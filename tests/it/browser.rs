//! Live reload in a real browser: headless Chromium (Debian's `chromium`, installed by `bash tests/run.sh`) driven
//! by playwright-core opens a page served by `vitrina serve`, and sees it change when files are edited.
//! Ignored by a plain `cargo test`; `bash tests/run.sh` installs Chromium and Node and runs it.

use crate::common;
use common::server::*;
use common::*;

/// Chromium's path and `tests/validate` with playwright-core installed (`npm ci` there if needed).
fn browser_tools() -> (String, std::path::PathBuf) {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "Chromium is needed for the browser test: apt-get install chromium (or set CHROMIUM); bash tests/run.sh installs it"
    );
    let validate = root().join("tests/validate");
    if !validate.join("node_modules/playwright-core").is_dir() {
        let ok = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .current_dir(&validate)
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "npm ci in tests/validate failed (Node 20+ and npm are needed)");
    }
    (chromium, validate)
}

#[test]
#[ignore = "needs Chromium and Node 20+: run bash tests/run.sh"]
fn open_page_follows_edits_errors_and_stylesheets() {
    let (chromium, validate) = browser_tools();
    let (_tmp, site) = fixture("shop");
    // The site's own stylesheet (added after the theme's), so a CSS-only change can be tested.
    std::fs::create_dir_all(site.join("assets")).unwrap();
    std::fs::write(site.join("assets/custom.css"), "/* live-reload-marker */\n").unwrap();
    let server = start(&site, free_port());
    let out = std::process::Command::new("node")
        .arg(validate.join("live-reload.mjs"))
        .arg(format!("http://127.0.0.1:{}/", server.port))
        .arg(&site)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("live reload: all checks passed"), "{stdout}");
}

#[test]
#[ignore = "needs Chromium and Node 20+: run bash tests/run.sh"]
fn listing_search_filters_the_index_and_degrades_without_javascript() {
    let (chromium, validate) = browser_tools();
    let (_tmp, site) = fixture_with_image_cache("example");
    let server = start(&site, free_port());
    let out = std::process::Command::new("node")
        .arg(validate.join("search.mjs"))
        .arg(format!("http://127.0.0.1:{}/", server.port))
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("search: all checks passed"), "{stdout}");
}

/// Long titles push the order button down: the fixture doubles every title of the example (both languages).
fn long_titles(site: &std::path::Path) {
    for entry in std::fs::read_dir(site.join("products")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let text = text
            .lines()
            .map(|l| match l.strip_prefix("title: ") {
                Some(t) => format!("title: {t}, hecho a mano en Michoacán por familias artesanas — {t}"),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        std::fs::write(&path, text + "\n").unwrap();
    }
}

/// Issue 12, order from a phone: price and first order button on the first screen of every product page at
/// three phone sizes (with and without JavaScript, also with long titles); the enquiry list across two
/// languages with a changed quantity, a removed line, euros, and the decoded WhatsApp/mailto messages.
#[test]
#[ignore = "needs Chromium and Node 20+: run bash tests/run.sh"]
fn order_first_and_enquiry_list_in_a_real_browser() {
    let (chromium, validate) = browser_tools();
    let out = example_built().out.clone();
    let (_tmp2, long) = fixture_with_image_cache("example");
    long_titles(&long);
    let long_out = build(&long);
    let out = std::process::Command::new("node")
        .arg(validate.join("enquiry.mjs"))
        .arg(&out)
        .arg(&long_out)
        .env("CHROMIUM", &chromium)
        .output()
        .expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("enquiry: all checks passed"), "{stdout}");
}
