//! Live reload in a real browser: headless Chromium (Debian's `chromium`, installed by `bash tests/run.sh`) driven
//! by playwright-core opens a page served by `vitrina serve`, and sees it change when files are edited.
//! Ignored by a plain `cargo test`; `bash tests/run.sh` installs Chromium and Node and runs it.

mod common;
use common::server::*;
use common::*;

#[test]
#[ignore = "needs Chromium and Node 20+: run bash tests/run.sh"]
fn open_page_follows_edits_errors_and_stylesheets() {
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
    let (_tmp, site) = fixture("shop");
    // The site overrides the theme's stylesheet, so a CSS-only change can be tested.
    let css = String::from_utf8(
        vitrina::theme::static_files().into_iter().find(|(n, _)| n == "style.css").unwrap().1.to_vec(),
    )
    .unwrap();
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(site.join("static/style.css"), format!("{css}\n/* live-reload-marker */\n")).unwrap();
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
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(std::path::Path::new(&chromium).exists(), "Chromium is needed for the browser test");
    let validate = root().join("tests/validate");
    assert!(validate.join("node_modules/playwright-core").is_dir(), "run npm ci in tests/validate first");
    let (_tmp, site) = fixture("example");
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
