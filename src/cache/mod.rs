//! The cache folder: everything vitrina keeps between builds to avoid redoing work, in one place that is safe
//! to delete at any time (the next build is then a cold one). `--cache-dir DIR` (or `VITRINA_CACHE_DIR`) moves
//! it; by default it is `SITE/.vitrina-cache/`. Inside it, `images/` holds processed photos
//! (`crate::images::cache`) and `build/` what the last build read and wrote (`record`), the catalog it loaded
//! (`products`), where each entry of its feeds and sitemap is (`fragments`) and the phone numbers it checked
//! (`phones`). `serve/` holds the record and catalog of `vitrina serve`'s first build, plus the pages it
//! served (`crate::serve::saved`).

pub(crate) mod fragments;
pub(crate) mod phones;
pub(crate) mod products;
pub(crate) mod record;

use std::path::{Path, PathBuf};

/// The cache folder unless `--cache-dir` says otherwise.
pub(crate) fn default_root(site: &Path) -> PathBuf {
    site.join(".vitrina-cache")
}

/// Processed images inside a cache folder (where they have been since before the build record, so existing
/// caches keep working).
pub(crate) fn images(root: &Path) -> PathBuf {
    root.join("images")
}

/// The build record inside a cache folder.
pub(crate) fn build(root: &Path) -> PathBuf {
    root.join("build")
}
