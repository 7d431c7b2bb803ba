//! The served site, held in memory: `vitrina serve` never writes over the user's `public/`.

use crate::output::Sink;
use anyhow::Result;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

#[derive(Clone, Debug)]
pub(crate) enum Entry {
    /// Shared with every response that sends it: serving a page or image copies nothing.
    Bytes(bytes::Bytes),
    /// A file read when requested: static files and processed images in the cache.
    File(PathBuf),
}

#[derive(Default)]
pub(crate) struct MemorySink {
    pub files: Mutex<HashMap<String, Entry>>,
}

impl MemorySink {
    pub(crate) fn into_files(self) -> HashMap<String, Entry> {
        self.files.into_inner().expect("memory sink lock")
    }
}

impl Sink for MemorySink {
    fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        crate::output::path::check(rel)?;
        self.files
            .lock()
            .expect("memory sink lock")
            .insert(rel.to_string(), Entry::Bytes(bytes::Bytes::copy_from_slice(bytes)));
        Ok(())
    }
    fn write_owned(&self, rel: &str, bytes: Vec<u8>) -> Result<()> {
        crate::output::path::check(rel)?;
        self.files.lock().expect("memory sink lock").insert(rel.to_string(), Entry::Bytes(bytes.into()));
        Ok(())
    }
    fn copy(&self, rel: &str, from: &Path) -> Result<()> {
        crate::output::path::check(rel)?;
        self.files.lock().expect("memory sink lock").insert(rel.to_string(), Entry::File(from.to_path_buf()));
        Ok(())
    }
    fn link_or_copy(&self, rel: &str, from: &Path) -> Result<()> {
        self.copy(rel, from)
    }
    fn contains(&self, rel: &str) -> bool {
        self.files.lock().expect("memory sink lock").contains_key(rel)
    }
}
