//! Phone numbers already checked (`CACHE/build/phones`): what the owner wrote and its international form,
//! one pair per line, so that a build whose profile did not change skips loading the phone metadata
//! (`contact::known`). Whatever the file says, `contact::learn` takes only pairs that keep the digits written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn file(cache: &Path) -> PathBuf {
    super::build(cache).join("phones")
}

/// The pairs the file holds; a missing or unreadable file holds none.
fn read(cache: &Path) -> BTreeMap<String, String> {
    std::fs::read_to_string(file(cache))
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once('\t'))
        .map(|(w, i)| (w.to_string(), i.to_string()))
        .collect()
}

/// Gives `contact` the numbers an earlier build checked.
pub(crate) fn load(cache: &Path) {
    crate::contact::learn(read(cache));
}

/// Saves the numbers checked so far, unless the file holds them already. Nothing here fails a build.
pub(crate) fn save(cache: &Path) {
    let known = crate::contact::known();
    if known.is_empty() || known == read(cache) {
        return;
    }
    let text: String = known.iter().map(|(w, i)| format!("{w}\t{i}\n")).collect();
    let path = file(cache);
    let tmp = path.with_extension(format!("{}.tmp", std::process::id()));
    let _ = std::fs::create_dir_all(super::build(cache));
    if std::fs::write(&tmp, text).is_ok() && std::fs::rename(&tmp, &path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}
