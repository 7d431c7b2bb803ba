//! One build at a time per output folder: an exclusive file lock on `.<output>.vitrina-lock` beside the output
//! (never inside it, so it is never published). A second build waits for the first one to finish, saying so,
//! and then builds on what the first one committed. The operating system releases the lock when the process
//! ends, however it ends, so a killed build never leaves a stale lock behind; the file itself stays.

use anyhow::{bail, Context, Result};
use std::fs::File;
use std::path::Path;

/// Holds the lock until dropped.
pub struct Lock {
    _file: File,
}

impl Lock {
    pub fn acquire(out: &Path) -> Result<Lock> {
        let path = super::sibling(out, "vitrina-lock")?;
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| crate::msg!("io-cannot-create", path = parent.display()))?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .with_context(|| crate::msg!("output-cannot-open-lock", path = path.display()))?;
        // fs4's trait methods, named like the std ones added in Rust 1.89; called by path so the crate's
        // minimum Rust version keeps working.
        match fs4::FileExt::try_lock(&file) {
            Ok(()) => {}
            Err(fs4::TryLockError::WouldBlock) => {
                eprintln!("{}", crate::msg!("output-waiting-for-lock", output = out.display(), path = path.display()));
                fs4::FileExt::lock(&file).with_context(|| crate::msg!("output-cannot-lock", path = path.display()))?;
            }
            Err(fs4::TryLockError::Error(e)) => {
                bail!(crate::msg!("output-lock-unsupported", path = path.display(), error = e.to_string()))
            }
        }
        Ok(Lock { _file: file })
    }
}
