//! The commit journal: how a rebuild puts its changed files in place so that a build killed at any moment
//! leaves the old site or the new one.
//!
//! Moving files into the output one by one cannot be atomic, so the list of moves and deletions is written
//! into the staging folder first and renamed into its final name there: that rename is the commit point.
//! Before it, the output is untouched (the next build throws the staging folder away); after it, the journal
//! is applied, and a build that finds a journal (under the output lock) applies it again before anything
//! else. Applying is idempotent: a move whose staged file is gone already happened, a deletion of a missing
//! file is done. The new manifest moves last, then the staging folder (journal included) is removed.
//!
//! This protects against a killed process, not against power loss: files are not flushed to disk.

use super::path;
use anyhow::{Context, Result};
use std::path::Path;

pub const JOURNAL: &str = ".vitrina-journal";
/// The journal while it is being written; only the rename to `JOURNAL` commits it.
pub const JOURNAL_PARTIAL: &str = ".vitrina-journal.partial";
const HEADER: &str =
    "# vitrina commit journal 1: `move` a staged file into the output, `delete` a file of the previous build";

/// What a commit does to the output.
#[derive(Default)]
pub struct Journal {
    /// Files staged by this build, moved into the output.
    pub moves: Vec<String>,
    /// Files of the previous build that this build no longer makes.
    pub deletes: Vec<String>,
}

impl Journal {
    /// Writes the journal into `staging` and commits it: from the final rename on, the new site wins.
    pub fn commit(&self, staging: &Path, steps: &mut Steps) -> Result<()> {
        let mut text = String::with_capacity(HEADER.len() + (self.moves.len() + self.deletes.len()) * 48);
        text.push_str(HEADER);
        text.push('\n');
        for (verb, list) in [("move", &self.moves), ("delete", &self.deletes)] {
            for rel in list {
                text.push_str(verb);
                text.push('\t');
                text.push_str(rel);
                text.push('\n');
            }
        }
        let partial = staging.join(JOURNAL_PARTIAL);
        steps.next();
        std::fs::write(&partial, text).with_context(|| crate::msg!("io-cannot-write", path = partial.display()))?;
        steps.next();
        std::fs::rename(&partial, staging.join(JOURNAL))
            .with_context(|| crate::msg!("io-cannot-write", path = staging.join(JOURNAL).display()))
    }

    /// The committed journal in `staging`, if a commit was interrupted. Entries that are not plain paths
    /// inside the output are left out (and reported): a journal is read back from disk, so it is not trusted.
    pub fn find(staging: &Path, warnings: &mut Vec<String>) -> Result<Option<Journal>> {
        let file = staging.join(JOURNAL);
        let text = match std::fs::read_to_string(&file) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| crate::msg!("io-cannot-read", path = file.display())),
        };
        let mut journal = Journal::default();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.is_empty() && !l.starts_with('#')) {
            let entry = line.split_once('\t');
            let list = match entry {
                Some(("move", _)) => &mut journal.moves,
                Some(("delete", _)) => &mut journal.deletes,
                _ => {
                    warnings.push(crate::msg!("output-journal-bad-line", at = format!("{}:{}", file.display(), i + 1)));
                    continue;
                }
            };
            let rel = entry.map(|(_, rel)| rel).unwrap_or_default();
            match path::problem(rel) {
                None => list.push(rel.to_string()),
                Some(why) => warnings.push(crate::msg!(
                    "output-journal-bad-path",
                    at = format!("{}:{}", file.display(), i + 1),
                    path = format!("{rel:?}"),
                    why = why
                )),
            }
        }
        Ok(Some(journal))
    }

    /// Carries the committed journal out: deletions, moves, the new manifest, then removes `staging`.
    /// Deletions go first so that a file may become a folder (or a folder a file) between two builds.
    pub fn apply(&self, staging: &Path, out: &Path, steps: &mut Steps) -> Result<()> {
        for rel in &self.deletes {
            steps.next();
            let target = path::resolve(out, rel)?;
            if std::fs::symlink_metadata(&target).is_ok_and(|m| !m.is_dir()) {
                std::fs::remove_file(&target)
                    .with_context(|| crate::msg!("io-cannot-remove", path = target.display()))?;
            }
            remove_empty_parents(out, &target);
        }
        for rel in &self.moves {
            steps.next();
            move_in(staging, out, rel)?;
        }
        steps.next();
        move_in(staging, out, super::MANIFEST)?;
        steps.next();
        std::fs::remove_dir_all(staging).with_context(|| crate::msg!("io-cannot-remove", path = staging.display()))
    }
}

/// Moves `staging/rel` to `out/rel` unless that already happened (the staged file is gone).
fn move_in(staging: &Path, out: &Path, rel: &str) -> Result<()> {
    let (from, to) = if rel == super::MANIFEST {
        (staging.join(rel), out.join(rel))
    } else {
        (path::resolve(staging, rel)?, path::resolve(out, rel)?)
    };
    if std::fs::symlink_metadata(&from).is_err() {
        return Ok(());
    }
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent).with_context(|| crate::msg!("io-cannot-create", path = parent.display()))?;
    }
    std::fs::rename(&from, &to).with_context(|| crate::msg!("io-cannot-write", path = to.display()))
}

fn remove_empty_parents(root: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == root || std::fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Counts the file operations of a commit. For the crash tests only: with `VITRINA_TEST_ABORT_AFTER=<n>` in
/// the environment the process aborts (like `kill -9`: nothing is cleaned up) right before operation n+1.
pub struct Steps {
    abort_after: Option<u64>,
    done: u64,
}

impl Steps {
    pub fn from_env() -> Steps {
        let abort_after = std::env::var("VITRINA_TEST_ABORT_AFTER").ok().and_then(|n| n.trim().parse().ok());
        Steps { abort_after, done: 0 }
    }

    /// Steps that never abort (recovering a journal).
    pub fn none() -> Steps {
        Steps { abort_after: None, done: 0 }
    }

    /// Called right before each operation.
    pub fn next(&mut self) {
        if self.abort_after == Some(self.done) {
            std::process::abort();
        }
        self.done += 1;
    }
}
