//! The output folder is vitrina's alone and nothing outside it is touched: path words, manifest entries and
//! static names cannot leave it, builds into the same folder take turns, and a build killed at any moment of
//! its commit leaves the old site or the new one, which the next build takes up without refusing.
//!
//! The two stress tests repeat with `VITRINA_STRESS_ROUNDS=<n>` (default 1); the kill test tries every
//! `VITRINA_KILL_STRIDE`-th operation of the commit (default 24; 1 tries them all).

use crate::common;

use common::{bin, build, copy_dir, fixture, run, snapshot};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

type Tree = BTreeMap<String, Vec<u8>>;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn write(site: &Path, rel: &str, text: &str) {
    let path = site.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn diff(a: &Tree, b: &Tree) -> String {
    let only_a: Vec<_> = a.keys().filter(|k| !b.contains_key(*k)).take(3).collect();
    let only_b: Vec<_> = b.keys().filter(|k| !a.contains_key(*k)).take(3).collect();
    let changed: Vec<_> =
        a.iter().filter(|(k, v)| b.get(*k).is_some_and(|w| w != *v)).map(|(k, _)| k).take(3).collect();
    format!("{} vs {} files; only in first {only_a:?}, only in second {only_b:?}, differ {changed:?}", a.len(), b.len())
}

// --- Issue 15, item 1: path words that leave the output ---

#[test]
fn an_absolute_path_word_is_refused_and_nothing_is_written_outside() {
    let (tmp, site) = fixture("shop");
    let elsewhere = tmp.path().join("other-site");
    write(
        &site,
        "i18n/es.yaml",
        &format!("paths:\n  products: productos\n  order: {:?}\n", elsewhere.to_str().unwrap()),
    );
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok, "the build must fail:\n{}", r.stdout);
    assert!(r.stderr.contains("i18n/es.yaml:3:") && r.stderr.contains("`paths.order`"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:") && r.stderr.contains("pedidos"), "{}", r.stderr);
    assert!(!elsewhere.exists(), "a file was written outside the output");
    assert!(!site.join("public").exists(), "a failed build must not create the output");
    // `check` reads the same strings and refuses them too.
    assert!(!run(&["check", site.to_str().unwrap()]).ok);
}

#[test]
fn a_climbing_path_word_is_refused_and_nothing_is_written_outside() {
    let (tmp, site) = fixture("shop");
    // Two levels up from site/public is the temp folder: the issue's `../../../x` went one further.
    write(&site, "i18n/en.yaml", "paths: {products: \"../../x\"}\n");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok, "the build must fail:\n{}", r.stdout);
    assert!(r.stderr.contains("i18n/en.yaml:1:") && r.stderr.contains("`paths.products`"), "{}", r.stderr);
    assert!(r.stderr.contains("hint:"), "{}", r.stderr);
    assert!(!tmp.path().join("x").exists() && !site.join("x").exists(), "pages were written outside the output");
}

#[test]
fn a_static_file_name_is_checked_like_every_output_path() {
    let (_tmp, site) = fixture("shop");
    // A file named like the manifest would be written over vitrina's own record.
    write(&site, "static/.vitrina-manifest", "mine\n");
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok);
    assert!(r.stderr.contains("static/.vitrina-manifest"), "{}", r.stderr);
}

// --- Issue 15, item 2: the manifest is not trusted for deletions ---

#[test]
fn manifest_entries_outside_the_output_are_ignored_not_deleted() {
    let (tmp, site) = fixture("shop");
    let out = build(&site);
    let victim = site.join("victim.txt");
    let absolute_victim = tmp.path().join("absolute-victim.txt");
    std::fs::write(&victim, "mine!\n").unwrap();
    std::fs::write(&absolute_victim, "mine!\n").unwrap();
    let zeros = "0".repeat(32);
    let mut manifest = std::fs::read_to_string(out.join(".vitrina-manifest")).unwrap();
    manifest.push_str(&format!("../victim.txt\t6\t{zeros}\n{}\t6\t{zeros}\n", absolute_victim.display()));
    std::fs::write(out.join(".vitrina-manifest"), manifest).unwrap();

    let r = run(&["build", site.to_str().unwrap()]);
    assert!(r.ok, "{}", r.stderr);
    assert!(victim.exists(), "a file outside the output was deleted");
    assert!(absolute_victim.exists(), "a file named by an absolute path was deleted");
    assert!(r.stderr.contains("\"../victim.txt\"") && r.stderr.contains("ignored"), "{}", r.stderr);
    // The rewritten manifest no longer carries the bad entries.
    let manifest = std::fs::read_to_string(out.join(".vitrina-manifest")).unwrap();
    assert!(!manifest.contains("victim"), "{manifest}");
}

#[cfg(unix)]
#[test]
fn a_symlink_in_the_output_is_refused() {
    let (tmp, site) = fixture("shop");
    let out = build(&site);
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    std::fs::write(elsewhere.join("keep.txt"), "mine").unwrap();
    std::fs::remove_dir_all(out.join("productos")).unwrap();
    std::os::unix::fs::symlink(&elsewhere, out.join("productos")).unwrap();
    let r = run(&["build", site.to_str().unwrap()]);
    assert!(!r.ok && r.stderr.contains("did not make"), "{}", r.stderr);
    assert!(elsewhere.join("keep.txt").exists());
}

// --- Issue 15, item 4: two builds at once ---

/// A second product like `from` (with its own SKU).
fn copy_product(site: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(site.join(format!("products/{from}.md"))).unwrap();
    write(site, &format!("products/{to}.md"), &text.replacen("sku: ", "sku: COPY-", 1));
}

/// Runs two builds of `site` into its `public/` at the same time; both must succeed.
fn two_builds_at_once(site: &Path) {
    let spawn = || {
        Command::new(bin())
            .args(["build", site.to_str().unwrap()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (a, b) = (spawn(), spawn());
    for child in [a, b] {
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "a concurrent build failed:\n{}", String::from_utf8_lossy(&o.stderr));
    }
}

#[test]
fn two_builds_at_once_both_end_well() {
    let (tmp, site) = fixture("shop");
    let reference = tmp.path().join("reference");
    for round in 0..env_number("VITRINA_STRESS_ROUNDS", 1) {
        let _ = std::fs::remove_dir_all(site.join("public"));
        copy_product(&site, "cuenco", "cuenco-2");
        let _ = std::fs::remove_file(site.join("products/taza-2.md"));
        let r = run(&["build", site.to_str().unwrap(), "--output", reference.to_str().unwrap()]);
        assert!(r.ok, "{}", r.stderr);
        // Into an empty folder.
        two_builds_at_once(&site);
        let first = snapshot(&site.join("public"));
        assert!(first == snapshot(&reference), "round {round}, first build: {}", diff(&first, &snapshot(&reference)));
        // A rebuild that adds one product and removes another.
        copy_product(&site, "taza", "taza-2");
        std::fs::remove_file(site.join("products/cuenco-2.md")).unwrap();
        let r = run(&["build", site.to_str().unwrap(), "--output", reference.to_str().unwrap()]);
        assert!(r.ok, "{}", r.stderr);
        two_builds_at_once(&site);
        let second = snapshot(&site.join("public"));
        assert!(second == snapshot(&reference), "round {round}, rebuild: {}", diff(&second, &snapshot(&reference)));
        assert!(
            second.contains_key("productos/taza-2/index.html") && !second.contains_key("productos/cuenco-2/index.html")
        );
    }
}

#[test]
fn a_second_build_waits_for_the_lock_and_says_so() {
    let (_tmp, site) = fixture("shop");
    // Hold the lock the way a running build does.
    let lock = std::fs::File::create(site.join(".public.vitrina-lock")).unwrap();
    fs4::FileExt::lock(&lock).unwrap();
    let mut child = Command::new(bin())
        .args(["build", site.to_str().unwrap()])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert!(line.contains("waiting for another vitrina build"), "{line}");
    assert!(child.try_wait().unwrap().is_none(), "the build must wait while the lock is held");
    assert!(!site.join("public").exists(), "nothing is written while waiting");
    drop(lock);
    let status = child.wait().unwrap();
    assert!(status.success());
    assert!(site.join("public/index.html").exists());
    assert!(!site.join("public/.public.vitrina-lock").exists(), "the lock is never published");
}

// --- Issue 15, item 3: kill -9 during the commit ---

/// Writes a catalog of `n` products (ids from `first`), priced `price`, replacing the fixture's products.
fn catalog(site: &Path, first: usize, n: usize, price: u32) {
    let products = site.join("products");
    let _ = std::fs::remove_dir_all(&products);
    std::fs::create_dir_all(&products).unwrap();
    for i in first..first + n {
        let category = if i % 2 == 0 { "ceramica" } else { "cobre" };
        write(
            site,
            &format!("products/pieza-{i:03}.md"),
            &format!(
                "---\ntitle: Pieza {i}\nsku: P-{i:03}\nprice: {}\ncategory: {category}\nimages: [{{ src: bowl.jpg, alt: Pieza }}]\n---\nPieza número {i}.\n",
                price + i as u32
            ),
        );
        write(
            site,
            &format!("products/pieza-{i:03}.en.md"),
            &format!("---\ntitle: Piece {i}\n---\nPiece number {i}.\n"),
        );
    }
}

/// Builds `site` with the test hook that aborts the process (like `kill -9`) before commit operation
/// `abort_after + 1`. Returns whether the build ran to its end (the commit had fewer operations).
fn build_killed_at(site: &Path, abort_after: usize) -> bool {
    let o = Command::new(bin())
        .args(["build", site.to_str().unwrap()])
        .env("VITRINA_TEST_ABORT_AFTER", abort_after.to_string())
        .output()
        .unwrap();
    if o.status.success() {
        return true;
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(o.status.signal(), Some(6), "expected the abort hook:\n{}", String::from_utf8_lossy(&o.stderr));
    }
    false
}

/// After a kill: a build whose sources are broken still finishes an interrupted commit (under the lock)
/// before it fails, so the output must then be exactly the old site or the new one.
fn recover_only(site: &Path) -> Tree {
    let profile = std::fs::read(site.join("company.yaml")).unwrap();
    std::fs::write(site.join("company.yaml"), "base_url: [\n").unwrap();
    assert!(!run(&["build", site.to_str().unwrap()]).ok);
    std::fs::write(site.join("company.yaml"), profile).unwrap();
    assert!(!site.join(".public.vitrina-tmp").exists(), "the staging folder must be gone after recovery");
    snapshot(&site.join("public"))
}

#[test]
fn a_build_killed_at_any_step_of_its_commit_leaves_the_old_or_the_new_site() {
    let (tmp, site) = fixture("shop");
    let stride = env_number("VITRINA_KILL_STRIDE", 24).max(1);
    let pristine_old = tmp.path().join("old-output");
    for _round in 0..env_number("VITRINA_STRESS_ROUNDS", 1) {
        // The old site: products 0..24. The new one: 18 of them with new prices, 6 gone, 6 added.
        let _ = std::fs::remove_dir_all(site.join("public"));
        catalog(&site, 0, 24, 100);
        let old = snapshot(&build(&site));
        let _ = std::fs::remove_dir_all(&pristine_old);
        copy_dir(&site.join("public"), &pristine_old);
        catalog(&site, 6, 24, 200);
        let new = snapshot(&build(&site));
        assert_ne!(old, new);

        let mut abort_after = 0;
        loop {
            std::fs::remove_dir_all(site.join("public")).unwrap();
            copy_dir(&pristine_old, &site.join("public"));
            let finished = build_killed_at(&site, abort_after);
            let after = recover_only(&site);
            assert!(
                after == old || after == new,
                "killed before commit step {}: the output is neither the old site ({}) nor the new one ({})",
                abort_after + 1,
                diff(&after, &old),
                diff(&after, &new)
            );
            let r = run(&["build", site.to_str().unwrap()]);
            assert!(r.ok, "the build after a kill failed:\n{}", r.stderr);
            let rebuilt = snapshot(&site.join("public"));
            assert!(rebuilt == new, "after a kill at step {}: {}", abort_after + 1, diff(&rebuilt, &new));
            if finished {
                break;
            }
            // Every early step (the journal's commit point is among them), then every `stride`-th.
            abort_after += if abort_after < 4 { 1 } else { stride };
        }
        assert!(abort_after > 30, "the commit should have had more steps than {abort_after}");

        // A first build into an empty folder: killed, there is no site or the whole new one.
        for abort_after in 0..4 {
            let _ = std::fs::remove_dir_all(site.join("public"));
            let finished = build_killed_at(&site, abort_after);
            let after = recover_only(&site);
            assert!(
                after.is_empty() || after == new,
                "first build killed at step {}: {}",
                abort_after + 1,
                diff(&after, &new)
            );
            if finished {
                break;
            }
        }
    }
}
