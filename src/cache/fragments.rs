//! Where each product's piece is in the files about every product (`CACHE/build/fragments`): for each such
//! file, the hash of what each piece was made from and its byte range in the file as the last build wrote it.
//!
//! A build in which a few products changed makes those files again from the previous ones: a piece whose
//! input hash is in the table is copied from the previous file, only the others are made (`render::splice`).
//! A table describes one file exactly: it carries that file's length and content hash as the output's
//! manifest records them, and it is used only when the manifest (which the build record checked) still says
//! so. A damaged, missing or stale table means the file is made whole, as in a cold build.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

const MAGIC: &[u8] = b"vitrina fragments 1\n";

/// One piece: the hash of what it was made from, and where it is in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Piece {
    pub(crate) key: [u8; 16],
    pub(crate) start: u64,
    pub(crate) end: u64,
}

/// The pieces of one output file, in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Table {
    /// The output file (`feeds/google-es.xml`).
    pub(crate) rel: String,
    /// The file's length and content hash (the manifest's).
    pub(crate) len: u64,
    pub(crate) hash: [u8; 16],
    pub(crate) pieces: Vec<Piece>,
}

/// The tables of the last build, by output file.
#[derive(Default)]
pub(crate) struct Tables(HashMap<String, Table>);

impl Tables {
    pub(crate) fn get(&self, rel: &str) -> Option<&Table> {
        self.0.get(rel)
    }
}

/// A piece's key: a hash of the fields it is made from, each with its length (so no two lists of fields run
/// together into the same bytes).
pub(crate) struct Key(blake3::Hasher);

impl Key {
    pub(crate) fn new() -> Key {
        Key(blake3::Hasher::new())
    }
    pub(crate) fn field(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    pub(crate) fn bytes(&mut self, b: &[u8]) {
        self.0.update(&(b.len() as u64).to_le_bytes());
        self.0.update(b);
    }
    pub(crate) fn option(&mut self, s: Option<&str>) {
        self.field(if s.is_some() { "1" } else { "0" });
        self.field(s.unwrap_or_default());
    }
    pub(crate) fn finish(self) -> [u8; 16] {
        let mut key = [0u8; 16];
        key.copy_from_slice(&self.0.finalize().as_bytes()[..16]);
        key
    }
}

fn file(cache: &Path) -> PathBuf {
    super::build(cache).join("fragments")
}

/// The tables the last build saved; empty when there are none or the file is damaged.
pub(crate) fn load(cache: &Path) -> Tables {
    std::fs::read(file(cache)).ok().and_then(|bytes| parse(&bytes)).unwrap_or_default()
}

/// Saves this build's tables (never an error: without them the next build makes the files whole).
pub(crate) fn save(cache: &Path, tables: &[Table]) {
    let path = file(cache);
    if tables.is_empty() {
        let _ = std::fs::remove_file(&path);
        return;
    }
    let bytes = encode(tables);
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let written = path.parent().is_some_and(|dir| std::fs::create_dir_all(dir).is_ok())
        && std::fs::write(&tmp, &bytes).is_ok()
        && std::fs::rename(&tmp, &path).is_ok();
    if !written {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&path);
    }
}

fn encode(tables: &[Table]) -> Vec<u8> {
    let mut body = Vec::with_capacity(tables.iter().map(|t| t.pieces.len() * 32 + 64).sum());
    body.extend_from_slice(&(tables.len() as u64).to_le_bytes());
    for t in tables {
        body.extend_from_slice(&(t.rel.len() as u64).to_le_bytes());
        body.extend_from_slice(t.rel.as_bytes());
        body.extend_from_slice(&t.len.to_le_bytes());
        body.extend_from_slice(&t.hash);
        body.extend_from_slice(&(t.pieces.len() as u64).to_le_bytes());
        for p in &t.pieces {
            body.extend_from_slice(&p.key);
            body.extend_from_slice(&p.start.to_le_bytes());
            body.extend_from_slice(&p.end.to_le_bytes());
        }
    }
    let mut bytes = Vec::with_capacity(MAGIC.len() + 32 + body.len());
    bytes.extend_from_slice(MAGIC);
    bytes.extend_from_slice(blake3::hash(&body).as_bytes());
    bytes.extend_from_slice(&body);
    bytes
}

/// Reads bytes front to back; every read is checked, so a truncated file is refused.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }
    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }
    fn count(&mut self) -> Option<usize> {
        // No count can be larger than the bytes left: a damaged one must not allocate wildly.
        usize::try_from(self.u64()?).ok().filter(|n| *n <= self.0.len())
    }
    fn hash(&mut self) -> Option<[u8; 16]> {
        self.take(16)?.try_into().ok()
    }
}

fn parse(bytes: &[u8]) -> Option<Tables> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (sum, body) = (rest.get(..32)?, rest.get(32..)?);
    if blake3::hash(body).as_bytes() != sum {
        return None;
    }
    let mut r = Reader(body);
    let mut tables = HashMap::new();
    for _ in 0..r.count()? {
        let n = r.count()?;
        let rel = std::str::from_utf8(r.take(n)?).ok()?.to_string();
        let (len, hash) = (r.u64()?, r.hash()?);
        let n = r.count()?;
        let mut pieces = Vec::with_capacity(n);
        for _ in 0..n {
            let piece = Piece { key: r.hash()?, start: r.u64()?, end: r.u64()? };
            // Pieces lie inside the file, in order, without overlapping.
            let after = pieces.last().map_or(0, |p: &Piece| p.end);
            if piece.start < after || piece.end < piece.start || piece.end > len {
                return None;
            }
            pieces.push(piece);
        }
        tables.insert(rel.clone(), Table { rel, len, hash, pieces });
    }
    r.0.is_empty().then_some(Tables(tables))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_read_back_as_written_and_damaged_ones_do_not() {
        let table = Table {
            rel: "feeds/google-es.xml".into(),
            len: 100,
            hash: [3; 16],
            pieces: vec![Piece { key: [1; 16], start: 10, end: 40 }, Piece { key: [2; 16], start: 40, end: 90 }],
        };
        let bytes = encode(std::slice::from_ref(&table));
        let back = parse(&bytes).expect("parses");
        assert_eq!(back.get("feeds/google-es.xml"), Some(&table));
        let mut damaged = bytes.clone();
        *damaged.last_mut().unwrap() ^= 1;
        assert!(parse(&damaged).is_none());
        assert!(parse(&bytes[..bytes.len() - 1]).is_none());
        assert!(parse(b"garbage").is_none());
    }
}
