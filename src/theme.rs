//! The default theme, embedded in the binary so `vitrina` works from any folder. A site overrides a
//! template by putting a file of the same name in its `templates/`, adds files in `static/` (replacing a theme
//! static file only when company.yaml's `theme.replace` lists it) and adds CSS rules in `assets/custom.css`.

use include_dir::{include_dir, Dir};

/// The site's own stylesheet, linked after the theme's and published at the same path.
pub(crate) const CUSTOM_CSS: &str = "assets/custom.css";

static THEME: Dir = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// `(name, source)` of every theme template, e.g. `("product.html", "…")`.
pub(crate) fn templates() -> impl Iterator<Item = (&'static str, &'static str)> {
    THEME.get_dir("templates").into_iter().flat_map(|d| d.files()).filter_map(|f| {
        let name = f.path().strip_prefix("templates").ok()?.to_str()?;
        Some((name, f.contents_utf8()?))
    })
}

pub fn i18n(lang: &str) -> Option<&'static str> {
    THEME.get_file(format!("i18n/{lang}.yaml")).and_then(|f| f.contents_utf8())
}

/// Every file under the theme's `static/`, as `(path relative to static/, bytes)`.
pub fn static_files() -> Vec<(String, &'static [u8])> {
    files_under("static")
}

/// The starter site `vitrina init` writes, as `(path relative to starter/, bytes)`.
pub(crate) fn starter_files() -> Vec<(String, &'static [u8])> {
    files_under("starter")
}

fn files_under(top: &str) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    if let Some(dir) = THEME.get_dir(top) {
        collect(dir, top, &mut out);
    }
    out
}

fn collect(dir: &'static Dir<'static>, top: &str, out: &mut Vec<(String, &'static [u8])>) {
    for f in dir.files() {
        if let Ok(rel) = f.path().strip_prefix(top) {
            out.push((rel.to_string_lossy().replace('\\', "/"), f.contents()));
        }
    }
    for d in dir.dirs() {
        collect(d, top, out);
    }
}
