//! Writing a file made partly of the previous build's file of the same name (`Part::Kept` ranges) and partly
//! of new bytes: the kept ranges are copied through a small buffer rather than read whole, since the feeds of
//! a big catalog weigh tens of megabytes and an edit changes a few kilobytes of them.

use super::{Part, Stamp};
use std::fs::File;
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

const CHUNK: usize = 1 << 20;

/// Whether `parts` make exactly the previous file `old` (`len` bytes long): every kept range is where it was
/// and every new piece holds the bytes that were there. Reads only the new pieces' places.
pub(super) fn same(old: &mut File, parts: &[Part], len: u64) -> std::io::Result<bool> {
    let mut at = 0u64;
    let mut buf = Vec::new();
    for part in parts {
        match part {
            Part::Kept { start, end } => {
                if *start != at {
                    return Ok(false);
                }
                at = *end;
            }
            Part::New(bytes) => {
                if at + bytes.len() as u64 > len {
                    return Ok(false);
                }
                buf.resize(bytes.len(), 0);
                old.seek(SeekFrom::Start(at))?;
                old.read_exact(&mut buf)?;
                if buf != *bytes {
                    return Ok(false);
                }
                at += bytes.len() as u64;
            }
        }
    }
    Ok(at == len)
}

/// Writes `parts` to `to`, the kept ranges copied from `old`; returns the new file's stamp.
pub(super) fn write(old: &mut File, parts: &[Part], to: &Path) -> std::io::Result<Stamp> {
    let mut out = BufWriter::with_capacity(CHUNK, File::create(to)?);
    let mut hasher = blake3::Hasher::new();
    let mut len = 0u64;
    let mut buf = vec![0u8; CHUNK];
    for part in parts {
        match part {
            Part::New(bytes) => {
                hasher.update(bytes);
                out.write_all(bytes)?;
                len += bytes.len() as u64;
            }
            Part::Kept { start, end } => {
                old.seek(SeekFrom::Start(*start))?;
                let mut left = end - start;
                while left > 0 {
                    let n = left.min(CHUNK as u64) as usize;
                    old.read_exact(&mut buf[..n])?;
                    hasher.update(&buf[..n]);
                    out.write_all(&buf[..n])?;
                    left -= n as u64;
                }
                len += end - start;
            }
        }
    }
    out.into_inner().map_err(|e| e.into_error())?;
    let mut hash = [0u8; 16];
    hash.copy_from_slice(&hasher.finalize().as_bytes()[..16]);
    Ok(Stamp { len, hash })
}
