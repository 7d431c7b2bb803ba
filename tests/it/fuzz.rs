//! Fuzzing the loaders as a normal test: seeds from `tests/fuzz/corpus/<target>/` are mutated (YAML and Markdown
//! tokens, extreme numbers, tabs, a byte order mark, deleted, repeated and swapped lines…), written into a copy
//! of the shop fixture, and the real `vitrina check` path (load, templates, rendering every page into memory)
//! runs in-process under `catch_unwind`. An error is fine — bad input must give one — but a panic fails the test
//! and prints the input (proptest shrinks it to a small one first).
//!
//! The budget is fixed so CI stays short: `VITRINA_FUZZ_CASES` cases per target (default 300) from seed
//! `VITRINA_FUZZ_SEED` (default 1; `random` for a fresh one). For a long run:
//! `VITRINA_FUZZ_CASES=20000 VITRINA_FUZZ_SEED=random cargo test --test fuzz -- --nocapture`.
//! A panic found that way is fixed, and its input kept in the corpus.

use crate::common;
use proptest::prelude::*;
use proptest::sample::Index;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Pieces that tend to break YAML, numbers, Markdown and the templates that show them.
const TOKENS: &[&str] = &[
    ":",
    ": ",
    "- ",
    "-",
    "{",
    "}",
    "[",
    "]",
    ",",
    ", ",
    "\t",
    "\"",
    "'",
    "#",
    "\n",
    "  ",
    "    ",
    "|",
    ">",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "~",
    "null",
    "true",
    "?",
    "%",
    "@",
    "`",
    "\u{feff}",
    "\r\n",
    "\0",
    ".nan",
    ".inf",
    "-.inf",
    "1e30",
    "1.0e27",
    "5e26",
    "-1",
    "0",
    "0.0000000000000000000000001",
    "99999999999999999999999999999",
    "1e-30",
    "0x1F",
    "2026-13-45",
    "2999-01-01",
    "es",
    "en",
    "fr",
    "USD",
    "EUR",
    "XXX",
    "on request",
    "é",
    "ñ",
    "\u{202e}",
    "<script>",
    "</script>",
    "javascript:",
    "{{",
    "}}",
    "{%",
    "%}",
    "---",
    "***",
    "[x](",
    "](",
    "![",
    "<",
    ">",
    "&",
    "&#0;",
    "\\",
    "```",
    "> ",
    "1. ",
    "| a |",
    "[^1]",
    "<!--",
    "-->",
    "../",
    "/etc/passwd",
];

#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, String),
    Delete(Index, usize),
    Replace(Index, usize, String),
    DuplicateLine(Index),
    SwapLines(Index, Index),
    DeleteLine(Index),
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(TOKENS).prop_map(str::to_string),
        1 => proptest::collection::vec(any::<char>(), 1..4).prop_map(|v| v.into_iter().collect()),
        1 => proptest::collection::vec(proptest::sample::select(TOKENS), 2..5).prop_map(|v| v.concat()),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<Index>(), token()).prop_map(|(i, t)| Edit::Insert(i, t)),
        2 => (any::<Index>(), 1..12usize).prop_map(|(i, n)| Edit::Delete(i, n)),
        3 => (any::<Index>(), 1..8usize, token()).prop_map(|(i, n, t)| Edit::Replace(i, n, t)),
        1 => any::<Index>().prop_map(Edit::DuplicateLine),
        1 => (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Edit::SwapLines(a, b)),
        1 => any::<Index>().prop_map(Edit::DeleteLine),
    ]
}

/// The nearest char boundary at or before `i`.
fn boundary(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(mut s: String, edits: &[Edit]) -> String {
    for e in edits {
        let at = |i: &Index, s: &str| boundary(s, if s.is_empty() { 0 } else { i.index(s.len() + 1) });
        match e {
            Edit::Insert(i, t) => {
                let p = at(i, &s);
                s.insert_str(p, t);
            }
            Edit::Delete(i, n) => {
                let p = at(i, &s);
                let end = boundary(&s, p + n);
                s.replace_range(p..end, "");
            }
            Edit::Replace(i, n, t) => {
                let p = at(i, &s);
                let end = boundary(&s, p + n);
                s.replace_range(p..end, t);
            }
            Edit::DuplicateLine(i) | Edit::DeleteLine(i) | Edit::SwapLines(i, _) => {
                let mut lines: Vec<&str> = s.split_inclusive('\n').collect();
                if lines.is_empty() {
                    continue;
                }
                let a = i.index(lines.len());
                match e {
                    Edit::DuplicateLine(_) => lines.insert(a, lines[a]),
                    Edit::DeleteLine(_) => {
                        lines.remove(a);
                    }
                    Edit::SwapLines(_, j) => {
                        let b = j.index(lines.len());
                        lines.swap(a, b);
                    }
                    _ => {}
                }
                s = lines.concat();
            }
        }
    }
    s
}

fn corpus(target: &str) -> Vec<(String, String)> {
    let dir = common::root().join("tests/fuzz/corpus").join(target);
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "no seeds in {}", dir.display());
    seeds
}

fn config() -> Config {
    let cases = std::env::var("VITRINA_FUZZ_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(300);
    let rng_seed = match std::env::var("VITRINA_FUZZ_SEED").as_deref() {
        Ok("random") => RngSeed::Random,
        Ok(s) => RngSeed::Fixed(s.parse().expect("VITRINA_FUZZ_SEED is a number or `random`")),
        Err(_) => RngSeed::Fixed(1),
    };
    Config { cases, rng_seed, failure_persistence: None, max_shrink_iters: 2000, ..Config::default() }
}

/// Mutates the seeds of `target`, writes each result with `place` into a copy of the shop fixture and runs
/// `vitrina check` on it. Returns (cases, errors) for the report.
fn fuzz(target: &str, place: impl Fn(&Path, &str)) {
    let (_tmp, site) = common::fixture("shop");
    // An existing image cache: check reuses it and so writes nothing, even to the temp folder.
    std::fs::create_dir_all(site.join(".vitrina-cache/images")).unwrap();
    let seeds = corpus(target);
    let errors = std::sync::atomic::AtomicUsize::new(0);
    let without_hint = std::sync::Mutex::new(Vec::new());
    let cases = std::sync::atomic::AtomicUsize::new(0);
    let mut runner = TestRunner::new(config());
    let strategy = (0..seeds.len(), proptest::collection::vec(edit(), 0..6));
    let result = runner.run(&strategy, |(seed, edits)| {
        let input = apply(seeds[seed].1.clone(), &edits);
        place(&site, &input);
        cases.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        match catch_unwind(AssertUnwindSafe(|| {
            vitrina::check::check(&site).and_then(vitrina::check::Report::into_result)
        })) {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => {
                errors.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let text = format!("{e:#}");
                if !text.contains("hint:") {
                    without_hint.lock().unwrap().push(text);
                }
                Ok(())
            }
            Err(_) => Err(TestCaseError::fail(format!(
                "vitrina panicked on this {target} input (seed {}):\n{input:?}",
                seeds[seed].0
            ))),
        }
    });
    let without_hint = without_hint.into_inner().unwrap();
    eprintln!(
        "fuzz {target}: {} cases run, {} ended in an error message ({} of them without a hint), 0 panics",
        cases.load(std::sync::atomic::Ordering::Relaxed),
        errors.load(std::sync::atomic::Ordering::Relaxed),
        without_hint.len()
    );
    if std::env::var_os("VITRINA_FUZZ_SHOW").is_some() {
        let mut kinds: Vec<String> = without_hint.iter().map(|m| m.lines().next().unwrap_or("").to_string()).collect();
        kinds.sort();
        kinds.dedup();
        kinds.iter().for_each(|k| eprintln!("  no hint: {k}"));
    }
    if let Err(e) = result {
        panic!("{e}");
    }
}

fn write(path: PathBuf, text: &str) {
    std::fs::write(path, text).unwrap();
}

#[test]
fn front_matter() {
    fuzz("front_matter", |site, input| write(site.join("products/cuenco.md"), input));
}

#[test]
fn profile() {
    fuzz("profile", |site, input| write(site.join("company.yaml"), input));
}

#[test]
fn rates() {
    fuzz("rates", |site, input| write(site.join("rates.yaml"), input));
}

#[test]
fn markdown() {
    let head = "---\ntitle: Taza\nsku: TAZ-01\nprice: 1234.5\ncategory: ceramica\nimages: [{ src: mug.jpg, alt: Taza }]\n---\n";
    fuzz("markdown", |site, input| {
        write(site.join("products/taza.md"), &format!("{head}{input}"));
        write(site.join("pages/envios.md"), &format!("---\ntitle: Envíos\n---\n{input}"));
    });
}

#[test]
fn the_known_panics_of_issue_15_are_errors() {
    // The reproductions from the issue, run through the same in-process path.
    let (_tmp, site) = common::fixture("shop");
    for rates in ["  USD: 1.0e27\n", "  EUR: 5e26\n", "  USD: 0.0000000000000000000000001\n"] {
        write(site.join("rates.yaml"), &format!("base: MXN\ndate: 2026-11-20\nsource: Banxico\nrates:\n{rates}"));
        let r = catch_unwind(AssertUnwindSafe(|| {
            vitrina::check::check(&site).and_then(vitrina::check::Report::into_result)
        }));
        let e = r.expect("no panic").expect_err("an error");
        assert!(e.to_string().contains("rates.yaml:5:"), "{e}");
    }
}
