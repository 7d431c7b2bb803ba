//! Watching the site folder: file events are debounced (editors save in several steps) and classified, so a
//! product edit re-renders only what lists that product.

use anyhow::{Context, Result};
use notify::{EventKind, RecursiveMode, Watcher};
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

/// How long the folder must stay quiet before a rebuild: editors save in several steps (write a temporary
/// file, rename it over the original, touch metadata).
const QUIET: Duration = Duration::from_millis(30);

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Change {
    /// Product files (by stem) were added, edited, renamed or deleted.
    Products(Vec<String>),
    /// Only stylesheets under `static/` (or `assets/custom.css`) changed.
    Styles,
    /// Anything else: rebuild everything.
    Full,
}

impl Change {
    pub(crate) fn describe(&self) -> String {
        match self {
            Change::Products(s) => crate::msg!("serve-rebuilt-products", count = s.len(), slugs = s.join(", ")),
            Change::Styles => crate::msg!("serve-reloaded-styles"),
            Change::Full => crate::msg!("serve-built-site"),
        }
    }
}

/// Folders whose changes never matter: outputs, caches, version control, editor and tool droppings.
fn ignored(rel: &Path) -> bool {
    let first = rel.components().next();
    let first = match first {
        Some(Component::Normal(s)) => s.to_string_lossy(),
        _ => return true,
    };
    if matches!(first.as_ref(), "public" | "target" | "node_modules") || first.starts_with('.') {
        return true;
    }
    let name = rel.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    name.starts_with('.') || name.ends_with('~') || name.ends_with(".swp") || name.ends_with(".tmp") || name == "4913"
}

pub(crate) fn classify(root: &Path, paths: &[&Path]) -> Option<Change> {
    let rels: Vec<&Path> = paths.iter().filter_map(|p| p.strip_prefix(root).ok()).filter(|r| !ignored(r)).collect();
    if rels.is_empty() {
        return None;
    }
    let is_product_temp = |r: &Path| r.starts_with("products") && r.extension().is_none_or(|e| e != "md");
    if rels.iter().all(|r| is_product_temp(r)) {
        return None;
    }
    let mut slugs = Vec::new();
    let mut styles_only = true;
    let mut products_only = true;
    for rel in &rels {
        let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        // The site's stylesheets: anything under `static/` and `assets/custom.css` (linked after the theme's).
        let is_css = parts.first().is_some_and(|p| p == "static" || p == "assets")
            && parts.last().is_some_and(|n| n.ends_with(".css"));
        styles_only &= is_css;
        match parts.as_slice() {
            [dir, file] if dir == "products" && file.ends_with(".md") => {
                let slug = file.trim_end_matches(".md").split('.').next().unwrap_or_default().to_string();
                if !slugs.contains(&slug) {
                    slugs.push(slug);
                }
            }
            // Editors' and sed's temporary files next to a product are not products.
            [dir, _] if dir == "products" => {}
            _ => products_only = false,
        }
    }
    Some(if styles_only {
        Change::Styles
    } else if products_only {
        slugs.sort();
        Change::Products(slugs)
    } else {
        Change::Full
    })
}

/// Watches `root` recursively (folders created later included) and calls `on_change` from a worker thread.
pub(crate) fn start(root: &Path, mut on_change: impl FnMut(Change) + Send + 'static) -> Result<impl Drop> {
    let (tx, rx) = std::sync::mpsc::channel();
    let mut watcher =
        notify::recommended_watcher(tx).with_context(|| crate::msg!("serve-cannot-watch", path = root.display()))?;
    watcher
        .watch(root, RecursiveMode::Recursive)
        .with_context(|| crate::msg!("serve-cannot-watch", path = root.display()))?;
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    std::thread::spawn(move || {
        while let Some(paths) = next_batch(&rx) {
            let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
            if let Some(change) = classify(&root, &refs) {
                on_change(change);
            }
        }
    });
    Ok(watcher)
}

/// Blocks for the first change, then gathers changes until the folder has been quiet for `QUIET`. Reads are
/// not changes (a rebuild reads every file, and must not trigger another).
fn next_batch(rx: &Receiver<notify::Result<notify::Event>>) -> Option<Vec<PathBuf>> {
    let relevant = |e: notify::Event| -> Vec<PathBuf> {
        match e.kind {
            EventKind::Access(_) => Vec::new(),
            _ => e.paths,
        }
    };
    let mut paths = Vec::new();
    while paths.is_empty() {
        if let Ok(e) = rx.recv().ok()? {
            paths.extend(relevant(e));
        }
    }
    loop {
        match rx.recv_timeout(QUIET) {
            Ok(Ok(e)) => paths.extend(relevant(e)),
            Ok(Err(_)) => {}
            Err(RecvTimeoutError::Timeout) => break,
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
    paths.sort();
    paths.dedup();
    Some(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_changes() {
        let root = Path::new("/s");
        let p = |s: &'static str| Path::new(s);
        assert_eq!(
            classify(root, &[p("/s/products/taza.md"), p("/s/products/taza.en.md")]),
            Some(Change::Products(vec!["taza".into()]))
        );
        assert_eq!(classify(root, &[p("/s/static/site.css")]), Some(Change::Styles));
        assert_eq!(classify(root, &[p("/s/assets/custom.css")]), Some(Change::Styles));
        assert_eq!(classify(root, &[p("/s/company.yaml"), p("/s/products/taza.md")]), Some(Change::Full));
        assert_eq!(classify(root, &[p("/s/public/index.html"), p("/s/.vitrina-cache/images/x.jpg")]), None);
        assert_eq!(classify(root, &[p("/s/products/.taza.md.swp"), p("/s/products/taza.md~")]), None);
    }
}
