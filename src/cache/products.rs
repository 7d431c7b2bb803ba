//! The parsed catalog (`CACHE/build/products`): every product as the last successful build loaded it, its
//! description already turned into HTML, plus each language's shared-data hash (`render::Rendered::shared`).
//!
//! A build in which only product files changed (`record::Verdict::Products`) starts from this instead of
//! reading and parsing every product again: it re-reads the changed files alone and renders what they touch.
//! It is saved in parts (`SHARDS`), each named by the hash of its content, listed by an `index` that the build
//! record names by its hash: a file that does not belong to the record (damaged, from another build, half
//! written) is never used, and the build is then a full one.
//!
//! The format is a plain length-prefixed binary encoding written by hand: the products' types read YAML
//! through hand-written serde visitors (`Text`, prices), which a compact binary format cannot drive, and a
//! self-describing one (JSON) costs several times more to read back than the parsing it saves.

use crate::content::product::{Image, ProductText};
use crate::content::prose::{Described, PlainKey, Prose, Shelf, Spot, Unreadable};
use crate::content::{Availability, Price, Product};
use crate::text::Text;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

const MAGIC: &[u8] = b"vitrina products 3\n";
/// The catalog is saved in this many parts, each holding the products whose id hashes to it, so that a build
/// that changed a few products writes a few small files, and the parts are read back in parallel.
const SHARDS: usize = 64;

/// The catalog a build started from and the ids of the products that changed in it (`save`).
pub(crate) type Start<'a> = Option<(&'a Saved, &'a [String])>;

/// What a build leaves for the next one.
pub(crate) struct Saved {
    pub(crate) products: Vec<Product>,
    /// Each language's `Rendered::shared`.
    pub(crate) shared: Vec<[u8; 32]>,
    /// The part files (their hashes), to rewrite only the parts a change touches.
    shards: Vec<String>,
}

fn dir(cache: &Path) -> PathBuf {
    super::build(cache).join("products")
}

fn shard_of(id: &str) -> usize {
    // FNV-1a: stable across runs and platforms, unlike the standard library's hasher.
    let h = id.bytes().fold(0xcbf29ce484222325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3));
    (h % SHARDS as u64) as usize
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Writes `bytes` to `path` through a temporary file, so that a part is never half written. `tag` tells apart
/// the temporary files of parts written at the same time (two empty parts have the same name).
fn write_atomic(path: &Path, bytes: &[u8], tag: usize) -> std::result::Result<(), String> {
    let tmp = path.with_extension(format!("{}-{tag}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).map_err(|e| e.to_string())?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        e.to_string()
    })
}

/// Saves the catalog and returns the hash the record names it by, or why it could not be saved. With
/// `previous` (the catalog this build started from) and the `changed` product ids, only the parts that hold a
/// changed product are encoded and written again.
pub(crate) fn save(
    cache: &Path,
    products: &[Product],
    shared: &[[u8; 32]],
    previous: Start,
) -> std::result::Result<String, String> {
    use rayon::prelude::*;
    let dir = dir(cache);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let mut parts: Vec<Vec<&Product>> = vec![Vec::new(); SHARDS];
    for p in products {
        parts[shard_of(&p.id)].push(p);
    }
    let dirty: Vec<bool> = match previous {
        Some((saved, changed)) if saved.shards.len() == SHARDS => {
            (0..SHARDS).map(|i| changed.iter().any(|id| shard_of(id) == i)).collect()
        }
        _ => vec![true; SHARDS],
    };
    let shards: Vec<String> = parts
        .par_iter()
        .enumerate()
        .map(|(i, part)| {
            if !dirty[i] {
                return Ok(previous.expect("clean parts come from a saved catalog").0.shards[i].clone());
            }
            let mut w = Writer(Vec::with_capacity(part.len() * 1024));
            let mut prose = Writer(Vec::with_capacity(part.len() * 8192));
            w.len(part.len());
            for p in part {
                w.product(p, &mut prose)?;
            }
            // The name covers the descriptions too: each one's hash is in `w`.
            let hash = blake3::hash(&w.0).to_hex().to_string();
            let path = dir.join(&hash);
            // Named by its content: a file with this name that the load checked holds these bytes. A full build
            // checked none, so it writes every part (a damaged one may have this name).
            if previous.is_none() || !path.is_file() {
                let mut bytes = Vec::with_capacity(MAGIC.len() + 8 + w.0.len() + prose.0.len());
                bytes.extend_from_slice(MAGIC);
                bytes.extend_from_slice(&(w.0.len() as u64).to_le_bytes());
                bytes.extend_from_slice(&w.0);
                bytes.extend_from_slice(&prose.0);
                write_atomic(&path, &bytes, i)?;
            }
            Ok(hash)
        })
        .collect::<std::result::Result<_, String>>()?;
    let mut index = String::from_utf8_lossy(MAGIC).into_owned();
    shared.iter().for_each(|h| index.push_str(&format!("shared {}\n", hex(h))));
    shards.iter().for_each(|h| index.push_str(&format!("part {h}\n")));
    write_atomic(&dir.join("index"), index.as_bytes(), SHARDS)?;
    // Parts no longer named by the index are dropped (the record now names this index only).
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name != "index" && !shards.contains(&name) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
    Ok(blake3::hash(index.as_bytes()).to_hex().to_string())
}

/// Reads the catalog the record names by `hash`; `None` when it is missing, damaged or another build's.
pub(crate) fn load(cache: &Path, hash: &str) -> Option<Saved> {
    use rayon::prelude::*;
    let dir = dir(cache);
    let index = std::fs::read_to_string(dir.join("index")).ok()?;
    if blake3::hash(index.as_bytes()).to_hex().as_str() != hash {
        return None;
    }
    let mut shared = Vec::new();
    let mut shards = Vec::new();
    for line in index.strip_prefix(std::str::from_utf8(MAGIC).ok()?)?.lines() {
        match line.split_once(' ')? {
            ("shared", h) => shared.push(crate::output::parse_hex::<32>(h)?),
            ("part", h) => shards.push(h.to_string()),
            _ => return None,
        }
    }
    if shards.len() != SHARDS {
        return None;
    }
    let parts: Vec<Vec<Product>> = shards
        .par_iter()
        .enumerate()
        .map(|(i, h)| {
            let (body, shelf) = open_part(&dir.join(h))?;
            if blake3::hash(&body).to_hex().as_str() != h {
                return None;
            }
            let len = shelf.len;
            let shelf: Arc<dyn Shelf> = Arc::new(shelf);
            let mut r = Reader(&body);
            let n = r.len()?;
            let mut part = Vec::with_capacity(n.min(body.len()));
            for _ in 0..n {
                let p = r.product(&shelf, len)?;
                // A product in the wrong part would be missed when its part is rewritten.
                if shard_of(&p.id) != i {
                    return None;
                }
                part.push(p);
            }
            r.0.is_empty().then_some(part)
        })
        .collect::<Option<_>>()?;
    // The catalog's order is its ids' order (`content::load_with`, `replace_products`).
    let mut products: Vec<Product> = parts.into_iter().flatten().collect();
    products.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    Some(Saved { products, shared, shards })
}

/// Reads a part's products (the bytes its name is the hash of) and opens its descriptions, which stay on
/// disk until a page needs one (`content::prose`). The file stays open, so a description can still be read
/// after a later save replaced the part.
fn open_part(path: &Path) -> Option<(Vec<u8>, Part)> {
    let mut file = File::open(path).ok()?;
    let len = file.metadata().ok()?.len();
    let mut head = [0u8; MAGIC.len() + 8];
    file.read_exact(&mut head).ok()?;
    let main = head.strip_prefix(MAGIC)?;
    let main = u64::from_le_bytes(main.try_into().ok()?);
    let start = (head.len() as u64).checked_add(main).filter(|s| *s <= len)?;
    let mut body = vec![0u8; usize::try_from(main).ok()?];
    file.read_exact(&mut body).ok()?;
    Some((body, Part { file: Mutex::new(file), path: path.to_path_buf(), start, len: len - start }))
}

/// The descriptions of one part file: its section after the products.
#[derive(Debug)]
struct Part {
    file: Mutex<File>,
    path: PathBuf,
    /// Where the section starts in the file, and its length.
    start: u64,
    len: u64,
}

impl Shelf for Part {
    fn read(&self, at: &Spot) -> anyhow::Result<Described> {
        let unreadable = || Unreadable(crate::msg!("cache-description-unreadable", path = self.path.display()));
        // `load` checked the spot lies in the section, so the length is that of a file on disk.
        let mut bytes = vec![0u8; usize::try_from(at.len).map_err(|_| unreadable())?];
        {
            let mut file = self.file.lock().map_err(|_| unreadable())?;
            file.seek(SeekFrom::Start(self.start + at.start)).map_err(|_| unreadable())?;
            file.read_exact(&mut bytes).map_err(|_| unreadable())?;
        }
        if blake3::hash(&bytes).as_bytes()[..16] != at.hash {
            return Err(unreadable().into());
        }
        let mut r = Reader(&bytes);
        let described = (|| Some(Described { html: r.str()?, summary: r.str()?, plain: r.str()? }))();
        match described {
            Some(d) if r.0.is_empty() => Ok(d),
            _ => Err(unreadable().into()),
        }
    }
}

struct Writer(Vec<u8>);

impl Writer {
    fn len(&mut self, n: usize) {
        self.0.extend_from_slice(&(n as u64).to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.len(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn flag(&mut self, b: bool) {
        self.0.push(b as u8);
    }
    fn opt_str(&mut self, s: &Option<String>) {
        self.flag(s.is_some());
        if let Some(s) = s {
            self.str(s);
        }
    }
    fn strs(&mut self, v: &[String]) {
        self.len(v.len());
        v.iter().for_each(|s| self.str(s));
    }
    fn decimal(&mut self, d: &Decimal) {
        self.0.extend_from_slice(&d.serialize());
    }
    fn opt_decimal(&mut self, d: &Option<Decimal>) {
        self.flag(d.is_some());
        if let Some(d) = d {
            self.decimal(d);
        }
    }
    fn text(&mut self, t: &Text) {
        match t {
            Text::One(s) => {
                self.flag(false);
                self.str(s);
            }
            Text::PerLanguage(m) => {
                self.flag(true);
                self.len(m.len());
                for (k, v) in m {
                    self.str(k);
                    self.str(v);
                }
            }
        }
    }
    /// Writes `p`, its texts' descriptions into `prose` (the part's second section) and where they are here.
    fn product(&mut self, p: &Product, prose: &mut Writer) -> std::result::Result<(), String> {
        self.str(&p.id);
        self.str(&p.sku);
        match &p.price {
            Price::Amount(d) => {
                self.flag(true);
                self.decimal(d);
            }
            Price::OnRequest => self.flag(false),
        }
        self.len(p.fixed_prices.len());
        for (k, v) in &p.fixed_prices {
            self.str(k);
            self.decimal(v);
        }
        self.flag(p.min_order.is_some());
        self.0.extend_from_slice(&p.min_order.unwrap_or(0).to_le_bytes());
        self.0.push(match p.availability {
            Availability::InStock => 0,
            Availability::MadeToOrder => 1,
            Availability::Preorder => 2,
            Availability::OutOfStock => 3,
        });
        self.str(&p.category);
        self.len(p.images.len());
        for im in &p.images {
            self.str(&im.src);
            self.text(&im.alt);
            self.0.extend_from_slice(&im.focus.0.to_bits().to_le_bytes());
            self.0.extend_from_slice(&im.focus.1.to_bits().to_le_bytes());
        }
        self.opt_str(&p.country_of_origin);
        self.opt_decimal(&p.weight_kg);
        self.opt_str(&p.hs_code);
        self.len(p.certifications.len());
        p.certifications.iter().for_each(|c| self.text(c));
        self.flag(p.featured);
        self.opt_str(&p.brand);
        self.opt_str(&p.gtin);
        self.opt_str(&p.mpn);
        self.flag(p.updated.is_some());
        self.0.extend_from_slice(&p.updated.map(|d| chrono::Datelike::num_days_from_ce(&d)).unwrap_or(0).to_le_bytes());
        self.len(p.texts.len());
        for t in &p.texts {
            self.str(&t.slug);
            self.str(&t.title);
            self.opt_str(&t.description);
            self.opt_str(&t.unit);
            self.opt_str(&t.origin);
            self.opt_str(&t.dimensions);
            self.strs(&t.materials);
            self.strs(&t.tags);
            self.strs(&t.image_alts);
            self.str(&t.body);
            // A description still in the catalog this build started from is copied over.
            let d = t.prose.get().map_err(|e| e.to_string())?;
            let start = prose.0.len();
            prose.str(&d.html);
            prose.str(&d.summary);
            prose.str(&d.plain);
            self.len(start);
            self.len(prose.0.len() - start);
            self.0.extend_from_slice(&blake3::hash(&prose.0[start..]).as_bytes()[..16]);
            let plain = t.prose.plain_key();
            self.flag(plain.empty);
            self.0.extend_from_slice(&plain.hash);
            self.str(&t.source.to_string_lossy());
            self.flag(t.translated);
            self.strs(&t.aliases);
        }
        Ok(())
    }
}

/// Every read checks the bytes left: a short or damaged body reads as `None`, never as a panic.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn take(&mut self, n: usize) -> Option<&[u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, tail) = self.0.split_at(n);
        self.0 = tail;
        Some(head)
    }
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        self.take(N)?.try_into().ok()
    }
    fn len(&mut self) -> Option<usize> {
        usize::try_from(u64::from_le_bytes(self.array()?)).ok()
    }
    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
    fn flag(&mut self) -> Option<bool> {
        match self.array::<1>()?[0] {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
    fn opt_str(&mut self) -> Option<Option<String>> {
        Some(if self.flag()? { Some(self.str()?) } else { None })
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.len()?;
        let mut v = Vec::with_capacity(n.min(self.0.len()));
        for _ in 0..n {
            v.push(self.str()?);
        }
        Some(v)
    }
    fn decimal(&mut self) -> Option<Decimal> {
        let bytes = self.array::<16>()?;
        // `deserialize` takes any 16 bytes; a scale above 28 would be a damaged file.
        (bytes[2] <= 28).then(|| Decimal::deserialize(bytes))
    }
    fn opt_decimal(&mut self) -> Option<Option<Decimal>> {
        Some(if self.flag()? { Some(self.decimal()?) } else { None })
    }
    fn text(&mut self) -> Option<Text> {
        Some(if self.flag()? {
            let n = self.len()?;
            let mut m = BTreeMap::new();
            for _ in 0..n {
                m.insert(self.str()?, self.str()?);
            }
            Text::PerLanguage(m)
        } else {
            Text::One(self.str()?)
        })
    }
    /// A spot in the descriptions of `shelf` (its section of `len` bytes): only one inside it is trusted.
    fn spot(&mut self, len: u64) -> Option<Spot> {
        let start = u64::try_from(self.len()?).ok()?;
        let n = u64::try_from(self.len()?).ok()?;
        let hash = self.array::<16>()?;
        (start.checked_add(n)? <= len).then_some(Spot { start, len: n, hash })
    }
    fn product(&mut self, shelf: &Arc<dyn Shelf>, len: u64) -> Option<Product> {
        let id = self.str()?;
        let sku = self.str()?;
        let price = if self.flag()? { Price::Amount(self.decimal()?) } else { Price::OnRequest };
        let mut fixed_prices = BTreeMap::new();
        for _ in 0..self.len()? {
            fixed_prices.insert(self.str()?, self.decimal()?);
        }
        let has_min = self.flag()?;
        let min = u32::from_le_bytes(self.array()?);
        let availability = match self.array::<1>()?[0] {
            0 => Availability::InStock,
            1 => Availability::MadeToOrder,
            2 => Availability::Preorder,
            3 => Availability::OutOfStock,
            _ => return None,
        };
        let category = self.str()?;
        let mut images = Vec::new();
        for _ in 0..self.len()?.min(self.0.len()) {
            let src = self.str()?;
            let alt = self.text()?;
            let x = f32::from_bits(u32::from_le_bytes(self.array()?));
            let y = f32::from_bits(u32::from_le_bytes(self.array()?));
            images.push(Image { src, alt, focus: (x, y) });
        }
        let country_of_origin = self.opt_str()?;
        let weight_kg = self.opt_decimal()?;
        let hs_code = self.opt_str()?;
        let mut certifications = Vec::new();
        for _ in 0..self.len()?.min(self.0.len()) {
            certifications.push(self.text()?);
        }
        let featured = self.flag()?;
        let brand = self.opt_str()?;
        let gtin = self.opt_str()?;
        let mpn = self.opt_str()?;
        let has_updated = self.flag()?;
        let days = i32::from_le_bytes(self.array()?);
        let updated = match has_updated {
            true => Some(chrono::NaiveDate::from_num_days_from_ce_opt(days)?),
            false => None,
        };
        let mut texts = Vec::new();
        for _ in 0..self.len()?.min(self.0.len()) {
            texts.push(ProductText {
                slug: self.str()?,
                title: self.str()?,
                description: self.opt_str()?,
                unit: self.opt_str()?,
                origin: self.opt_str()?,
                dimensions: self.opt_str()?,
                materials: self.strs()?,
                tags: self.strs()?,
                image_alts: self.strs()?,
                body: self.str()?,
                prose: Prose::Saved {
                    shelf: Arc::clone(shelf),
                    at: self.spot(len)?,
                    plain: PlainKey { empty: self.flag()?, hash: self.array()? },
                },
                source: PathBuf::from(self.str()?),
                translated: self.flag()?,
                aliases: self.strs()?,
            });
        }
        // A product always has a photo and a text per language (`product::load`); pages index both.
        if images.is_empty() || texts.is_empty() {
            return None;
        }
        Some(Product {
            id,
            sku,
            price,
            fixed_prices,
            min_order: has_min.then_some(min),
            availability,
            category,
            images,
            country_of_origin,
            weight_kg,
            hs_code,
            certifications,
            featured,
            brand,
            gtin,
            mpn,
            updated,
            texts,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The products with every description read from disk, to compare with products parsed from files.
    fn settled(products: &[Product]) -> Vec<Product> {
        let mut products = products.to_vec();
        products.iter_mut().for_each(|p| p.texts.iter_mut().for_each(|t| t.prose.settle().expect("reads back")));
        products
    }

    /// A description damaged on disk is an error of its own kind (the build then starts again from the sources),
    /// never another text.
    #[test]
    fn a_damaged_description_is_unreadable_not_wrong() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-site");
        let site = crate::site::Site::load(&root).expect("the example site loads");
        let cache = tempfile::tempdir().unwrap();
        let hash = save(cache.path(), &site.content.products, &[], None).unwrap();
        let back = load(cache.path(), &hash).expect("reads back");
        let text = &back.products[0].texts[0];
        let Prose::Saved { at, .. } = &text.prose else { panic!("left on disk") };
        let part = dir(cache.path()).join(&back.shards[shard_of(&back.products[0].id)]);
        let mut bytes = std::fs::read(&part).unwrap();
        // The description's last byte, counted from the end of its section.
        let section_start = bytes.len() - back_section_len(&part);
        bytes[section_start + (at.start + at.len - 1) as usize] ^= 1;
        std::fs::write(&part, &bytes).unwrap();
        // The file stays open: a part rewritten in place is read through the same handle.
        let e = text.prose.get().expect_err("a flipped byte is seen");
        assert!(Unreadable::caused(&e), "{e}");
    }

    fn back_section_len(part: &Path) -> usize {
        let bytes = std::fs::read(part).unwrap();
        let main = u64::from_le_bytes(bytes[MAGIC.len()..MAGIC.len() + 8].try_into().unwrap()) as usize;
        bytes.len() - MAGIC.len() - 8 - main
    }

    /// Every field of every product comes back as it was saved (a field added to `Product` must be added to
    /// the codec: the struct literal in `Reader::product` does not compile without it), and only the parts a
    /// change touches are written again.
    #[test]
    fn the_catalog_reads_back_as_saved_and_a_change_rewrites_only_its_parts() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-site");
        let site = crate::site::Site::load(&root).expect("the example site loads");
        let cache = tempfile::tempdir().unwrap();
        let shared = vec![[7u8; 32], [9u8; 32]];
        let hash = save(cache.path(), &site.content.products, &shared, None).unwrap();
        let back = load(cache.path(), &hash).expect("reads back");
        // Descriptions stay on disk until read (`content::prose`); read, they are the ones saved.
        assert!(back.products.iter().all(|p| p.texts.iter().all(|t| t.prose.here().is_none())));
        assert_eq!(format!("{:?}", settled(&back.products)), format!("{:?}", site.content.products));
        assert_eq!(back.shared, shared);
        assert!(load(cache.path(), "another hash").is_none());

        let mut products = back.products.clone();
        products[0].sku.push_str("-2");
        let changed = [products[0].id.clone()];
        let again = save(cache.path(), &products, &shared, Some((&back, &changed))).unwrap();
        let after = load(cache.path(), &again).expect("reads back");
        assert_eq!(format!("{:?}", settled(&after.products)), format!("{:?}", settled(&products)));
        let differ = back.shards.iter().zip(&after.shards).filter(|(a, b)| a != b).count();
        assert_eq!(differ, 1, "one part written again");
        assert!(load(cache.path(), &hash).is_none(), "the old index is replaced");
    }
}
