//! The served site, held in memory: `vitrina serve` never writes over the user's `public/`.

use crate::output::{Input, Sink};
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

/// What each served page was rendered from (`Sink::write_rendered`), by file.
pub(crate) type Inputs = HashMap<String, Input>;

#[derive(Default)]
pub(crate) struct MemorySink<'p> {
    pub files: Mutex<HashMap<String, Entry>>,
    /// What each page written (or kept) here was rendered from.
    inputs: Mutex<Inputs>,
    /// What the pages served now were rendered from: a page whose input is unchanged is kept as it is served,
    /// not rendered again (the way `vitrina build` keeps pages, `output::Staging`). A product edit that leaves
    /// its card as it was then renders its own pages only, not the listings and suggestions that show the card.
    served: Option<&'p Inputs>,
}

impl<'p> MemorySink<'p> {
    /// A sink for a rebuild that adds to the pages served now, whose inputs are `served`.
    pub(crate) fn keeping(served: &'p Inputs) -> MemorySink<'p> {
        MemorySink { served: Some(served), ..Default::default() }
    }

    /// The files written and the inputs of the pages written or kept.
    pub(crate) fn into_parts(self) -> (HashMap<String, Entry>, Inputs) {
        (self.files.into_inner().expect("memory sink lock"), self.inputs.into_inner().expect("memory sink lock"))
    }

    pub(crate) fn into_files(self) -> HashMap<String, Entry> {
        self.into_parts().0
    }
}

impl Sink for MemorySink<'_> {
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
    fn write_rendered(
        &self,
        rel: &str,
        input: Input,
        render: Box<dyn FnOnce() -> Result<String> + '_>,
    ) -> Result<bool> {
        let kept = self.served.and_then(|s| s.get(rel)) == Some(&input);
        if !kept {
            self.write_owned(rel, render()?.into_bytes())?;
        }
        self.inputs.lock().expect("memory sink lock").insert(rel.to_string(), input);
        Ok(!kept)
    }
}
