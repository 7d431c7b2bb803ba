//! The files about every product (the feeds) made from pieces, one per product: a piece whose input hash the
//! previous build's table lists is copied from that build's file, the others are made. The bytes are those a
//! cold build writes, since a piece is a function of its input alone and the file is its pieces in the
//! current order between a head and a tail made each time. Without a usable table (`cache::fragments`),
//! every piece is made.

use super::renderer::Renderer;
use crate::cache::fragments::{Piece, Table, Tables};
use crate::output::Part;
use anyhow::Result;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The previous build's tables, and the tables and counts of this build.
#[derive(Default)]
pub(crate) struct Fragments<'k> {
    kept: Option<&'k Tables>,
    made: Mutex<Vec<Table>>,
    /// Pieces made again and pieces in all.
    fresh: AtomicUsize,
    total: AtomicUsize,
}

impl<'k> Fragments<'k> {
    pub(crate) fn new(kept: Option<&'k Tables>) -> Self {
        Fragments { kept, ..Fragments::default() }
    }

    /// This build's tables (to save for the next one) and how many pieces were made of how many.
    pub(crate) fn finish(self) -> (Vec<Table>, usize, usize) {
        let mut tables = self.made.into_inner().expect("fragments lock");
        tables.sort_by(|a, b| a.rel.cmp(&b.rel));
        (tables, self.fresh.into_inner(), self.total.into_inner())
    }
}

/// One file being made.
pub(super) struct Splice {
    rel: String,
    /// The previous file's pieces by input hash, when it can be copied from.
    kept: HashMap<[u8; 16], (u64, u64)>,
    parts: Vec<Part>,
    /// New bytes not yet in `parts`.
    fresh: Vec<u8>,
    at: u64,
    pieces: Vec<Piece>,
    made: usize,
}

impl Splice {
    /// Starts `rel`; `capacity` is about the bytes of the whole file (what a cold build makes).
    pub(super) fn new(r: &Renderer, rel: String, capacity: usize) -> Splice {
        let table = r.fragments.kept.and_then(|t| t.get(&rel));
        let kept: HashMap<[u8; 16], (u64, u64)> = match (table, r.out.previous(&rel)) {
            (Some(t), Some((hash, len))) if t.hash == hash && t.len == len => {
                t.pieces.iter().map(|p| (p.key, (p.start, p.end))).collect()
            }
            _ => HashMap::new(),
        };
        let capacity = if kept.is_empty() { capacity } else { 1 << 16 };
        Splice { rel, kept, parts: Vec::new(), fresh: Vec::with_capacity(capacity), at: 0, pieces: Vec::new(), made: 0 }
    }

    /// Bytes that are no product's (the head and the tail), made every time.
    pub(super) fn text(&mut self, bytes: &[u8]) {
        self.fresh.extend_from_slice(bytes);
        self.at += bytes.len() as u64;
    }

    /// The piece made from input `key`: copied when the previous file has it, else made by `make`.
    pub(super) fn piece(&mut self, key: [u8; 16], make: impl FnOnce(&mut Vec<u8>) -> Result<()>) -> Result<()> {
        let start = self.at;
        match self.kept.get(&key) {
            Some(&(from, to)) => {
                if !self.fresh.is_empty() {
                    self.parts.push(Part::New(std::mem::take(&mut self.fresh)));
                }
                match self.parts.last_mut() {
                    Some(Part::Kept { end, .. }) if *end == from => *end = to,
                    _ => self.parts.push(Part::Kept { start: from, end: to }),
                }
                self.at += to - from;
            }
            None => {
                let before = self.fresh.len();
                make(&mut self.fresh)?;
                self.at += (self.fresh.len() - before) as u64;
                self.made += 1;
            }
        }
        self.pieces.push(Piece { key, start, end: self.at });
        Ok(())
    }

    /// Writes the file and keeps its table for the next build.
    pub(super) fn finish(mut self, r: &Renderer) -> Result<()> {
        if !self.fresh.is_empty() || self.parts.is_empty() {
            self.parts.push(Part::New(self.fresh));
        }
        let hash = r.out.write_parts(&self.rel, self.parts)?;
        r.fragments.fresh.fetch_add(self.made, Ordering::Relaxed);
        r.fragments.total.fetch_add(self.pieces.len(), Ordering::Relaxed);
        if let Some(hash) = hash {
            let table = Table { rel: self.rel, len: self.at, hash, pieces: self.pieces };
            r.fragments.made.lock().expect("fragments lock").push(table);
        }
        Ok(())
    }
}
