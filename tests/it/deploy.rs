//! Publishing: `vitrina build --base-url` for preview deploys, and `vitrina init --deploy github`, which writes
//! a GitHub Pages workflow that downloads the release binary instead of compiling vitrina. (actionlint checks
//! that workflow in tests/validators.rs.)

use crate::common;
use common::*;

#[test]
fn base_url_flag_overrides_company_yaml_in_canonicals_and_sitemap() {
    let (_tmp, site) = fixture("shop");
    let out = site.join("public");
    let s = site.to_str().unwrap();
    let r = run(&["build", s]);
    assert!(r.ok, "{}", r.stderr);
    let page = out.join("productos/cuenco/index.html");
    assert!(read(&page).contains(r#"rel="canonical" href="https://shop.example/productos/cuenco/""#));

    // The same output folder, rebuilt for a preview address (no trailing slash given: one is added). Every page
    // must be rendered again, although no source file changed.
    let r = run(&["build", s, "--base-url", "https://deploy-preview-7--shop.netlify.app"]);
    assert!(r.ok, "{}", r.stderr);
    let html = read(&page);
    assert!(
        html.contains(r#"rel="canonical" href="https://deploy-preview-7--shop.netlify.app/productos/cuenco/""#),
        "{html}"
    );
    assert!(!html.contains("https://shop.example/"), "no page keeps the address of company.yaml");
    let sitemap = read(out.join("sitemap.xml"));
    assert!(sitemap.contains("<loc>https://deploy-preview-7--shop.netlify.app/productos/cuenco/</loc>"), "{sitemap}");
    assert!(!sitemap.contains("shop.example"), "{sitemap}");
    assert!(read(out.join("robots.txt")).contains("Sitemap: https://deploy-preview-7--shop.netlify.app/sitemap.xml"));
    assert!(read(site.join("company.yaml")).contains("base_url: https://shop.example/"), "the profile is untouched");
}

#[test]
fn base_url_flag_is_checked_like_base_url() {
    let (_tmp, site) = fixture("shop");
    for bad in ["shop.netlify.app", "ftp://shop.example/", "https://shop.example/?x=1", "javascript:alert(1)"] {
        let r = run(&["build", site.to_str().unwrap(), "--base-url", bad]);
        assert!(!r.ok, "{bad} was accepted");
        assert!(r.stderr.contains("--base-url"), "the message names the flag: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        assert!(!site.join("public").exists(), "nothing is written for a bad --base-url");
    }
}

#[test]
fn init_deploy_github_writes_a_pages_workflow_that_uses_the_release_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("mi-catalogo");
    let r = run(&["init", dir.to_str().unwrap(), "--deploy", "github"]);
    assert!(r.ok, "{}", r.stderr);
    assert!(r.stdout.contains(".github/workflows/pages.yml"), "{}", r.stdout);
    let wf = read(dir.join(".github/workflows/pages.yml"));
    let repo = env!("CARGO_PKG_REPOSITORY");
    let version = env!("CARGO_PKG_VERSION");
    // The release asset built by .github/workflows/release.yml, pinned to this vitrina's version.
    assert!(wf.contains(&format!("VITRINA_VERSION: v{version}")), "{wf}");
    assert!(
        wf.contains(&format!("{repo}/releases/download/$VITRINA_VERSION/vitrina-x86_64-unknown-linux-musl.tar.gz")),
        "{wf}"
    );
    let release = read(root().join(".github/workflows/release.yml"));
    assert!(release.contains("x86_64-unknown-linux-musl") && release.contains("archive: $bin-$target"), "{release}");
    assert!(!wf.contains("cargo "), "the workflow does not compile vitrina: {wf}");
    assert!(!wf.contains("{{repository}}") && !wf.contains("{{version}}"), "every placeholder is filled: {wf}");
    assert!(wf.contains("vitrina build . --base-url") && wf.contains("path: public"), "{wf}");
    // The starter points to docs that exist online, not to a docs/ folder the owner does not have.
    let profile = read(dir.join("company.yaml"));
    assert!(profile.contains(&format!("{repo}/blob/main/docs/es/content-format.md")), "{profile}");
    // Without --deploy, no workflow.
    let plain = tmp.path().join("otro");
    assert!(run(&["init", plain.to_str().unwrap()]).ok);
    assert!(!plain.join(".github").exists());
    assert!(plain.join("company.yaml").is_file());
}

/// The GitHub Pages workflow printed in docs/deploy.md (English and Spanish), without its indentation.
fn documented_pages_workflow(doc: &str) -> String {
    let text = read(root().join(doc));
    let start =
        text.find("   ```yaml\n   name: Publish on GitHub Pages").unwrap_or_else(|| panic!("{doc}: no workflow"));
    let block = &text[start + "   ```yaml\n".len()..];
    let end = block.find("   ```\n").unwrap_or_else(|| panic!("{doc}: workflow not closed"));
    block[..end].lines().map(|l| l.strip_prefix("   ").unwrap_or(l)).collect::<Vec<_>>().join("\n")
}

#[test]
fn the_documented_pages_workflow_is_the_one_init_writes() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("site");
    assert!(run(&["init", dir.to_str().unwrap(), "--deploy", "github"]).ok);
    // What `init` writes, less its comments and blank lines; the docs name release v0.1.0 as an example.
    let written: Vec<String> = read(dir.join(".github/workflows/pages.yml"))
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.replace(&format!("v{}", env!("CARGO_PKG_VERSION")), "v0.1.0"))
        .collect();
    for doc in ["docs/deploy.md", "docs/es/deploy.md"] {
        assert_eq!(
            documented_pages_workflow(doc),
            written.join("\n"),
            "{doc} differs from `vitrina init --deploy github`"
        );
    }
}
