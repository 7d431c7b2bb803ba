//! A product text's description made ready to show: its HTML (the product page), its first paragraph (the
//! meta description when the front matter has none) and its plain text (the feeds).
//!
//! Descriptions are most of a catalog's bytes. A build that starts from the saved catalog (`cache::products`)
//! leaves them on disk and reads one only when a page or a feed entry that shows it is made: an edit to one
//! product at 10,000 products reads a handful instead of 20,000, and memory does not hold what no page needs.

use anyhow::Result;
use std::sync::Arc;

/// The description as HTML, summary and plain text (`markdown::render`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Described {
    pub html: String,
    pub summary: String,
    pub plain: String,
}

/// What the feeds key their entries by without reading the plain text: whether it is empty, and its hash.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlainKey {
    pub empty: bool,
    pub hash: [u8; 16],
}

impl PlainKey {
    pub fn of(plain: &str) -> PlainKey {
        let mut hash = [0u8; 16];
        hash.copy_from_slice(&blake3::hash(plain.as_bytes()).as_bytes()[..16]);
        PlainKey { empty: plain.is_empty(), hash }
    }
}

/// Where saved descriptions are read from (`cache::products`): `at` is the shelf's own note of where one is.
pub trait Shelf: Send + Sync + std::fmt::Debug {
    fn read(&self, at: &Spot) -> Result<Described>;
}

/// Where one description is on its shelf, and the hash its bytes must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Spot {
    pub start: u64,
    pub len: u64,
    pub hash: [u8; 16],
}

/// The error of a description that cannot be read back: the build then starts again from the sources
/// (`pipeline`), as for any other damage to the saved catalog.
#[derive(Debug)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Unreadable {}

impl Unreadable {
    /// Whether `e` comes from a description that could not be read back.
    pub fn caused(e: &anyhow::Error) -> bool {
        e.chain().any(|c| c.is::<Unreadable>())
    }
}

/// A description made in this build, or one still on the saved catalog's shelf.
#[derive(Debug, Clone)]
pub enum Prose {
    Made(Arc<Described>, PlainKey),
    Saved { shelf: Arc<dyn Shelf>, at: Spot, plain: PlainKey },
}

impl Default for Prose {
    fn default() -> Prose {
        Prose::made(Described::default())
    }
}

impl Prose {
    pub fn made(d: Described) -> Prose {
        let key = PlainKey::of(&d.plain);
        Prose::Made(Arc::new(d), key)
    }

    /// The description, read from the shelf when it is still there.
    pub fn get(&self) -> Result<Arc<Described>> {
        match self {
            Prose::Made(d, _) => Ok(Arc::clone(d)),
            Prose::Saved { shelf, at, .. } => Ok(Arc::new(shelf.read(at)?)),
        }
    }

    /// The description when it is at hand without reading.
    pub fn here(&self) -> Option<&Described> {
        match self {
            Prose::Made(d, _) => Some(d),
            Prose::Saved { .. } => None,
        }
    }

    /// Reads the description now if it is still on the shelf: for `serve`, whose first build shows every page
    /// and whose later ones make the feeds whole.
    pub fn settle(&mut self) -> Result<()> {
        if let Prose::Saved { plain, .. } = self {
            let plain = *plain;
            *self = Prose::Made(self.get()?, plain);
        }
        Ok(())
    }

    pub fn plain_key(&self) -> PlainKey {
        match self {
            Prose::Made(_, key) | Prose::Saved { plain: key, .. } => *key,
        }
    }
}
