//! The independent validators: the Nu HTML checker (vnu), Google's rich-result rules as encoded by
//! @adobe/structured-data-validator, and xmllint on the sitemaps, over the example and fixture sites; and
//! actionlint on the GitHub Actions workflows (the project's own and the one `vitrina init --deploy github`
//! writes). They need external tools, so a plain `cargo test` skips them (ignored, with the reason);
//! `bash tests/run.sh` installs the tools and runs them, and there a missing tool is a failure.

use crate::common;

#[test]
#[ignore = "needs Java 17+, Node 20+ and xmllint: run bash tests/run.sh"]
fn html_structured_data_and_sitemaps_pass_the_validators() {
    for tool in ["java", "node", "npm", "xmllint"] {
        let found = std::process::Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success());
        assert!(found, "`{tool}` is needed by the validator tests: run bash tests/run.sh, which installs it");
    }
    let script = common::root().join("tests/validate/build-and-validate.sh");
    let out = std::process::Command::new("bash")
        .arg(&script)
        .env("VITRINA", env!("CARGO_BIN_EXE_vitrina"))
        .output()
        .expect("run build-and-validate.sh");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "validators failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("all validators passed"), "{stdout}");
    // The structured-data runner saw real pages with real JSON-LD, not an empty set.
    let files: usize = stdout
        .lines()
        .filter_map(|l| l.strip_prefix("sdv: ").and_then(|r| r.split(' ').next()).and_then(|n| n.parse::<usize>().ok()))
        .sum();
    assert!(files > 80, "too few pages validated: {files}\n{stdout}");
    // xmllint really checked the sitemaps of all three sites (it used to be skipped silently when missing).
    let sitemaps = stdout.lines().filter(|l| l.ends_with("/sitemap.xml: ok")).count();
    assert_eq!(sitemaps, 3, "xmllint did not check every sitemap:\n{stdout}");
}

#[test]
#[ignore = "needs actionlint: run bash tests/run.sh"]
fn workflows_pass_actionlint() {
    let actionlint = std::env::var("ACTIONLINT").unwrap_or_else(|_| "actionlint".into());
    let tmp = tempfile::tempdir().expect("tempdir");
    let site = tmp.path().join("site");
    let init = common::run(&["init", site.to_str().expect("utf-8 temp path"), "--deploy", "github"]);
    assert!(init.ok, "{}", init.stderr);

    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(common::root().join(".github/workflows"))
        .expect("read .github/workflows")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "yml"))
        .collect();
    files.sort();
    assert!(files.iter().any(|p| p.ends_with("release.yml")), "{files:?}");
    files.push(site.join(".github/workflows/pages.yml"));

    let out = std::process::Command::new(&actionlint)
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {actionlint}: {e}; run bash tests/run.sh, which installs actionlint"));
    assert!(
        out.status.success(),
        "actionlint found problems in {files:?}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}
