//! Helpers shared by the integration tests: copy a fixture site into a temp folder, run the real
//! `vitrina` binary on it, and read what it wrote.
#![allow(dead_code)]

pub mod server;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `vitrina` binary under test: this crate's, or `VITRINA_TEST_BIN` (a copy kept aside for long stress
/// runs while the shared target folder is rebuilt).
pub fn bin() -> PathBuf {
    std::env::var_os("VITRINA_TEST_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_vitrina")))
}

pub fn vitrina(args: &[&str]) -> Output {
    // English whatever the machine's locale, because the tests match English messages (tests/messages.rs
    // checks the Spanish ones).
    Command::new(bin()).env("VITRINA_LANG", "en").args(args).output().expect("run vitrina")
}

pub struct Run {
    pub ok: bool,
    pub stdout: String,
    pub stderr: String,
}

pub fn run(args: &[&str]) -> Run {
    let o = vitrina(args);
    Run {
        ok: o.status.success(),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// A copy of `tests/fixtures/<name>` (or of `example-site` for "example") in a fresh temp folder.
pub fn fixture(name: &str) -> (tempfile::TempDir, PathBuf) {
    let src = if name == "example" { root().join("example-site") } else { root().join("tests/fixtures").join(name) };
    let tmp = tempfile::tempdir().expect("tempdir");
    let dst = tmp.path().join("site");
    copy_dir(&src, &dst);
    (tmp, dst)
}

pub fn copy_dir(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(src).unwrap();
        // Never the output or the image cache of a local build: every test starts from the sources alone.
        if rel.starts_with("public")
            || rel.to_string_lossy().starts_with(".public")
            || rel.starts_with(".vitrina-cache")
        {
            continue;
        }
        let to = dst.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}

/// Builds `site` into `site/public`, panicking with vitrina's messages if it fails.
pub fn build(site: &Path) -> PathBuf {
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "build failed:\n{}\n{}", r.stdout, r.stderr);
    site.join("public")
}

pub fn read(p: impl AsRef<Path>) -> String {
    let p = p.as_ref();
    std::fs::read_to_string(p).unwrap_or_else(|e| panic!("read {}: {e}", p.display()))
}

/// A page with the attributes the theme's JavaScript reads (`data-amt`, `data-cur`, `data-fixed`) taken out, so
/// tests can assert on the markup people see (`<data value="850.00">$850.00 MXN</data>`).
#[allow(dead_code)]
pub fn read_shown(p: impl AsRef<Path>) -> String {
    let mut html = read(p);
    for attr in [" data-amt=\"", " data-cur=\"", " data-fixed=\""] {
        while let Some(i) = html.find(attr) {
            let end = html[i + attr.len()..].find('"').map_or(html.len(), |e| i + attr.len() + e + 1);
            html.replace_range(i..end, "");
        }
    }
    html
}

pub fn html_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.into_path())
        .collect();
    v.sort();
    v
}

/// Values of every `attr="…"` in `html`, with `&amp;` decoded.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let pat = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&pat) {
        rest = &rest[i + pat.len()..];
        let end = rest.find('"').expect("closing quote");
        out.push(rest[..end].replace("&amp;", "&"));
        rest = &rest[end..];
    }
    out
}

/// The `content` of `<meta property|name="key" content="…">` tags.
pub fn meta_values(html: &str, key: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in html.split('<').filter(|t| t.starts_with("meta ")) {
        if tag.contains(&format!("property=\"{key}\"")) || tag.contains(&format!("name=\"{key}\"")) {
            out.extend(attr_values(tag, "content"));
        }
    }
    out
}

/// The href of `<link rel="rel" …>` tags (with hreflang when asked).
pub fn links(html: &str, rel: &str) -> Vec<(Option<String>, String)> {
    html.split('<')
        .filter(|t| t.starts_with("link ") && t.contains(&format!("rel=\"{rel}\"")))
        .map(|t| (attr_values(t, "hreflang").into_iter().next(), attr_values(t, "href").remove(0)))
        .collect()
}

/// Resolves a relative link from an HTML file to the file it serves (`dir/` → `dir/index.html`).
pub fn resolve(from: &Path, link: &str) -> PathBuf {
    let link = link.split(['#', '?']).next().unwrap();
    let mut p = from.parent().unwrap().to_path_buf();
    for part in link.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                p.pop();
            }
            x => p.push(x),
        }
    }
    if link.ends_with('/') || link.is_empty() || p.is_dir() {
        p.push("index.html");
    }
    p
}

/// Every relative `href`/`src` in every page must point at a file that exists.
pub fn broken_links(out: &Path) -> Vec<String> {
    let mut broken = Vec::new();
    for f in html_files(out) {
        if f.ends_with("404.html") {
            continue;
        }
        let html = read(&f);
        let srcsets = attr_values(&html, "srcset");
        let from_srcsets =
            srcsets.iter().flat_map(|s| s.split(", ").map(|c| c.split(' ').next().unwrap_or("").to_string()));
        for link in attr_values(&html, "href").into_iter().chain(attr_values(&html, "src")).chain(from_srcsets) {
            if link.contains(':') || link.starts_with('#') {
                continue;
            }
            let target = resolve(&f, &link);
            if !target.exists() {
                broken.push(format!("{} → {link}", f.strip_prefix(out).unwrap().display()));
            }
        }
    }
    broken
}

/// Text of the first `<script type="application/ld+json">` blocks, parsed.
pub fn jsonld(html: &str) -> Vec<serde_json::Value> {
    html.split("<script type=\"application/ld+json\">")
        .skip(1)
        .map(|s| serde_json::from_str(&s[..s.find("</script>").unwrap()]).expect("valid JSON-LD"))
        .collect()
}

/// Replaces the first `from` in the site's `file` with `to`, failing if `from` is not there.
pub fn edit(site: &Path, file: &str, from: &str, to: &str) {
    let p = site.join(file);
    let s = read(&p);
    assert!(s.contains(from), "{file} does not contain {from:?}");
    std::fs::write(&p, s.replacen(from, to, 1)).unwrap();
}

/// Every file under `dir` (relative `/`-separated path → bytes), to compare whole output trees byte for byte.
/// A missing folder is an empty tree.
pub fn snapshot(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut files = std::collections::BTreeMap::new();
    if !dir.exists() {
        return files;
    }
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.unwrap();
        if entry.file_type().is_dir() {
            continue;
        }
        let rel = entry.path().strip_prefix(dir).unwrap().to_string_lossy().replace('\\', "/");
        files.insert(rel, std::fs::read(entry.path()).unwrap());
    }
    files
}

/// The example site, built once per test process (the first caller builds it; the others wait), for tests that
/// only read its output: a cold build of the example encodes every photo, which is most of its cost. Read-only:
/// a test that edits or rebuilds takes `fixture_with_image_cache("example")` instead.
pub struct Built {
    /// The copy of `example-site` that was built (`site/public` is its output).
    pub site: PathBuf,
    pub out: PathBuf,
    /// What `vitrina build` printed on stderr (its warnings).
    pub stderr: String,
}

pub fn example_built() -> &'static Built {
    static BUILT: std::sync::OnceLock<Built> = std::sync::OnceLock::new();
    BUILT.get_or_init(|| {
        // A static is never dropped, so a `TempDir` here would never be removed: keep the copy under cargo's
        // per-target scratch folder instead, and clear what earlier test processes left there.
        let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
        remove_stale(&scratch, "example-built-");
        let dir = tempfile::Builder::new().prefix("example-built-").tempdir_in(&scratch).expect("tempdir").keep();
        let site = dir.join("site");
        copy_dir(&root().join("example-site"), &site);
        let r = run(&["build", site.to_str().unwrap()]);
        assert!(r.ok, "build of the example failed:\n{}\n{}", r.stdout, r.stderr);
        Built { out: site.join("public"), site, stderr: r.stderr }
    })
}

/// Removes `prefix*` folders in `dir` older than an hour: those of earlier test processes (a running one's is
/// younger, so parallel `cargo test` runs do not remove each other's).
fn remove_stale(dir: &Path, prefix: &str) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let old = e.metadata().and_then(|m| m.modified()).ok().and_then(|t| t.elapsed().ok());
        if e.file_name().to_string_lossy().starts_with(prefix) && old.is_some_and(|a| a.as_secs() > 3600) {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

/// `fixture(name)` for a test that edits or rebuilds the example: its own copy, with the processed photos of
/// the shared build copied into its image cache so the build does not encode them again. Only for tests whose
/// subject is not the images themselves: one that checks a cold build (an empty cache, encode timing, image
/// errors) takes a plain `fixture`.
pub fn fixture_with_image_cache(name: &str) -> (tempfile::TempDir, PathBuf) {
    assert_eq!(name, "example", "only the example has a shared build");
    let (tmp, site) = fixture(name);
    copy_dir_all(&example_built().site.join(".vitrina-cache"), &site.join(".vitrina-cache"));
    (tmp, site)
}

/// Every file of `src` into `dst`, with nothing left out (`copy_dir` skips outputs and caches).
fn copy_dir_all(src: &Path, dst: &Path) {
    for entry in walkdir::WalkDir::new(src) {
        let entry = entry.unwrap();
        let to = dst.join(entry.path().strip_prefix(src).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&to).unwrap();
        } else {
            std::fs::copy(entry.path(), &to).unwrap();
        }
    }
}
