//! Output paths: the one check every file vitrina writes, moves or deletes in an output folder goes through.
//!
//! A path inside the site is built from user data (i18n path words, slugs, static file names) and read back
//! from files a user can edit (the manifest, the commit journal), so none of it is trusted: it must be a plain
//! relative `/`-separated path that stays inside the folder, and on disk no folder on the way may be a symlink
//! that leads elsewhere.

use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};

/// Names at the top of the output (and of its staging folder) that belong to vitrina's own bookkeeping.
pub const RESERVED: [&str; 3] = [super::MANIFEST, super::journal::JOURNAL, super::journal::JOURNAL_PARTIAL];

/// Why `rel` is not a plain relative path inside the output, or `None` when it is one.
pub fn problem(rel: &str) -> Option<String> {
    if rel.is_empty() {
        return Some(crate::msg!("output-why-empty"));
    }
    if rel.contains('\0') {
        return Some(crate::msg!("output-why-nul"));
    }
    if rel.contains('\\') {
        return Some(crate::msg!("output-why-backslash"));
    }
    if rel.starts_with('/') {
        return Some(crate::msg!("output-why-absolute"));
    }
    // A colon makes a drive (`C:`) or an alternate data stream on Windows.
    if rel.contains(':') {
        return Some(crate::msg!("output-why-colon"));
    }
    for segment in rel.split('/') {
        match segment {
            "" => return Some(crate::msg!("output-why-empty-segment")),
            "." | ".." => return Some(crate::msg!("output-why-dot-segment")),
            _ => {}
        }
    }
    if RESERVED.contains(&rel) {
        return Some(crate::msg!("output-why-reserved"));
    }
    None
}

/// Checks `rel` (see `problem`); the error says what is wrong with it.
pub fn check(rel: &str) -> Result<()> {
    match problem(rel) {
        Some(why) => bail!(crate::msg!("output-bad-path", path = format!("{rel:?}"), why = why)),
        None => Ok(()),
    }
}

/// `root/rel` after proving it inside `root`: `rel` passes `check`, and no folder between `root` and the
/// file is a symlink (a symlinked folder could lead a move or delete anywhere on the disk).
pub fn resolve(root: &Path, rel: &str) -> Result<PathBuf> {
    check(rel)?;
    let mut dir = root.to_path_buf();
    let mut segments = rel.split('/').peekable();
    while let Some(segment) = segments.next() {
        if segments.peek().is_none() {
            break;
        }
        dir.push(segment);
        match std::fs::symlink_metadata(&dir) {
            Ok(meta) if meta.file_type().is_symlink() => bail!(crate::msg!("output-symlink", path = dir.display())),
            Ok(_) => {}
            // The rest of the path does not exist yet: nothing on it can be a link.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
            Err(e) => return Err(e).with_context(|| crate::msg!("io-cannot-read", path = dir.display())),
        }
    }
    Ok(root.join(rel))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_paths_pass() {
        for ok in ["index.html", "en/products/x/index.html", "img/a.b.webp", "sub/.vitrina-manifest"] {
            assert_eq!(problem(ok), None, "{ok}");
        }
    }

    #[test]
    fn escapes_are_refused() {
        for bad in [
            "",
            "../victim.txt",
            "a/../../b",
            "/srv/other-site/index.html",
            "C:/x",
            "\\\\server\\share\\x",
            "a\\..\\b",
            "a\0b",
            "a//b",
            "a/",
            "./a",
            ".vitrina-manifest",
            ".vitrina-journal",
        ] {
            assert!(problem(bad).is_some(), "{bad:?} passed");
        }
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_folders_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        let elsewhere = tmp.path().join("elsewhere");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, out.join("linked")).unwrap();
        assert!(resolve(&out, "linked/index.html").is_err());
        assert!(resolve(&out, "real/index.html").is_ok());
        assert!(resolve(&out, "linked").is_ok(), "the link itself may be replaced or removed");
    }
}
