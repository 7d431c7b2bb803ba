//! The independent validators: the Nu HTML checker (vnu), Google's rich-result rules as encoded by
//! @adobe/structured-data-validator, and xmllint on the sitemaps, over the example and fixture sites.
//! Needs Java 17+ and Node 20+ (installed by .ci/run); the npm packages install themselves on first run.

mod common;

#[test]
fn html_structured_data_and_sitemaps_pass_the_validators() {
    for tool in ["java", "node", "npm"] {
        let found = std::process::Command::new(tool).arg("--version").output().is_ok_and(|o| o.status.success());
        assert!(
            found,
            "`{tool}` is needed by the validator tests: install Java 17+ and Node 20+ (see README), or run .ci/run"
        );
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
}
