//! `vitrina serve`: build into memory, serve on 127.0.0.1, watch the site folder, rebuild on change and tell
//! open pages to reload. A broken change never takes the preview down: the last good site stays up and the
//! error shows in the terminal and over the page until the file is fixed.

mod host;
mod http;
mod memory;
mod preview;
mod saved;
mod server;
mod watch;

use memory::{Entry, Inputs, MemorySink};
#[doc(hidden)]
pub use preview::Preview;

use crate::images::Images;
use crate::pipeline;
use crate::render::{self, change, Paths, Scope, Templates};
use crate::site::Site;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Instant;

pub struct ServeOptions {
    pub port: u16,
    pub bind: IpAddr,
    pub open: bool,
    pub cache_dir: Option<PathBuf>,
}

/// What the HTTP threads read and the rebuild loop writes.
pub(crate) struct Shared {
    pub files: RwLock<HashMap<String, Entry>>,
    /// The current build error, shown over every page until a build succeeds.
    pub error: RwLock<Option<String>>,
    pub clients: Mutex<Vec<tokio::sync::mpsc::UnboundedSender<String>>>,
}

impl Shared {
    fn broadcast(&self, name: &str, data: &str) {
        let msg = http::event(name, data);
        self.clients.lock().expect("clients lock").retain(|c| c.send(msg.clone()).is_ok());
    }
}

/// The last good build, kept to rebuild incrementally.
struct Live {
    site: Site,
    templates: Templates,
    /// The photos as planned for `site`: a product edit that uses no new photo needs no new plan.
    images: Images,
    /// Each language's shared-data hash (`Rendered::shared`): a product change that alters it re-renders all.
    shared: Vec<[u8; 32]>,
    /// Every page's path (`Rendered::paths`), kept while product edits leave them as they are.
    paths: Arc<Paths>,
    /// What each served page was rendered from: a product rebuild renders only the pages whose input changed.
    inputs: Inputs,
}

struct Builder {
    root: PathBuf,
    base_url: String,
    cache_dir: PathBuf,
    live: Option<Live>,
    /// Warnings already printed, so each rebuild repeats only what changed.
    warned: Vec<String>,
    /// The first good build saved what the next start reuses (`saved`); later builds start from `live`.
    remembered: bool,
    /// The thread saving it, for tests to wait on.
    saving: Option<std::thread::JoinHandle<()>>,
}

pub fn serve(root: &Path, opts: ServeOptions) -> Result<()> {
    Site::require(root)?;
    let runtime = server::runtime()?;
    let _inside = runtime.enter();
    let listener = server::bind(&opts)?;
    let addr = listener.local_addr().with_context(|| crate::msg!("serve-no-address"))?;
    let host = match addr.ip() {
        IpAddr::V6(ip) => format!("[{ip}]"),
        IpAddr::V4(ip) if ip.is_unspecified() => "127.0.0.1".to_string(),
        IpAddr::V4(ip) => ip.to_string(),
    };
    let base_url = format!("http://{host}:{}/", addr.port());
    if !addr.ip().is_loopback() {
        eprintln!(
            "{} {}",
            crate::msg!("prefix-warning"),
            crate::msg!("serve-on-network", address = addr.ip().to_string())
        );
    }
    let shared = Arc::new(Shared {
        files: RwLock::new(HashMap::new()),
        error: RwLock::new(None),
        clients: Mutex::new(Vec::new()),
    });
    let cache_dir = opts.cache_dir.clone().unwrap_or_else(|| Site::default_cache_dir(root));
    let mut builder = Builder::new(root, &base_url, &cache_dir);
    builder.rebuild(&shared, &watch::Change::Full);

    println!("{}", crate::msg!("serve-serving", dir = root.display(), url = base_url));
    if opts.open {
        if let Err(e) = opener::open(&base_url) {
            eprintln!(
                "{} {}",
                crate::msg!("prefix-warning"),
                crate::msg!("serve-cannot-open-browser", error = e.to_string())
            );
        }
    }
    let watch_shared = Arc::clone(&shared);
    let watcher = watch::start(root, move |change| builder.rebuild(&watch_shared, &change))?;
    runtime.block_on(server::run(listener, shared, Arc::new(host::Hosts::new(addr)), server::Limits::from_env()));
    drop(watcher);
    Ok(())
}

impl Builder {
    fn new(root: &Path, base_url: &str, cache_dir: &Path) -> Builder {
        Builder {
            root: root.to_path_buf(),
            base_url: base_url.to_string(),
            cache_dir: cache_dir.to_path_buf(),
            live: None,
            warned: Vec::new(),
            remembered: false,
            saving: None,
        }
    }

    fn rebuild(&mut self, shared: &Shared, change: &watch::Change) {
        let start = Instant::now();
        // A panic is a bug, but it must not end the watcher thread (the preview would silently stop following
        // edits). Unwinding can leave `live` half-updated (products reloaded in place), so it is dropped and the
        // next change rebuilds everything; `shared` is only written after a rebuild succeeded.
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            test_panic(&self.root);
            match change {
                watch::Change::Products(slugs) if self.live.is_some() => {
                    self.products(shared, slugs)?;
                    // The changed pages are in: open pages reload now, while the files about every product
                    // (feeds, sitemap, search index) are made again.
                    // The error overlay goes first, so the reloaded page does not show it again.
                    shared.error.write().expect("error lock").take();
                    shared.broadcast("reload", "");
                    self.catalog(shared).map(|_| "")
                }
                watch::Change::Styles if self.live.is_some() => self.assets(shared).map(|_| "css"),
                _ => self.full(shared).map(|_| "reload"),
            }
        }))
        .unwrap_or_else(|payload| {
            self.live = None;
            let what = payload
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| payload.downcast_ref::<&str>().copied())
                .unwrap_or("no details");
            Err(anyhow::anyhow!(crate::msg!("serve-internal-error", what = what)))
        });
        match result {
            Ok(event) => {
                let was_broken = shared.error.write().expect("error lock").take().is_some();
                println!(
                    "{}",
                    crate::msg!("serve-rebuilt-in", what = change.describe(), ms = start.elapsed().as_millis() as u64)
                );
                if !event.is_empty() {
                    shared.broadcast(if was_broken { "reload" } else { event }, "");
                }
            }
            Err(e) => {
                let msg = crate::pipeline::error_chain(&e);
                eprintln!("{} {msg}\n{}", crate::msg!("prefix-error"), crate::msg!("serve-still-serving"));
                *shared.error.write().expect("error lock") = Some(msg.clone());
                shared.broadcast("build-error", &msg);
            }
        }
    }

    /// Loads the site, from what the previous start saved when `start` holds it.
    fn load(&mut self, start: Option<&mut saved::Start>) -> Result<(Site, Templates)> {
        let mut site = match start {
            Some(start) => start.load_site(&self.root)?,
            None => Site::load(&self.root)?,
        };
        site.profile.base_url = self.base_url.clone();
        for w in site.warnings.iter().filter(|w| !self.warned.contains(w)) {
            eprintln!("{} {w}", crate::msg!("prefix-warning"));
        }
        self.warned = site.warnings.clone();
        Ok((site, Templates::load(&self.root)?))
    }

    fn images(&self, site: &Site) -> Result<Images> {
        let mut images = pipeline::plan_images(site, &self.cache_dir)?;
        images.process()?;
        Ok(images)
    }

    /// Everything again (the profile, rates, UI strings, templates, free pages or photos changed). Until a
    /// build succeeded, from what the previous start saved: the catalog when only product files changed since,
    /// and every page whose input is unchanged.
    fn full(&mut self, shared: &Shared) -> Result<()> {
        let mut start = match self.remembered {
            false => saved::Start::open(&self.root, &self.cache_dir, &self.base_url),
            true => None,
        };
        let (site, templates) = self.load(start.as_mut())?;
        let images = self.images(&site)?;
        let none = Inputs::new();
        let sink = MemorySink::keeping(start.as_ref().map_or(&none, |s| &s.pages.inputs));
        // Every description is already read (`saved::Start::load_site`): nothing here reads the catalog's files.
        let rendered = pipeline::write_site(&site, &templates, &images, &sink, &Scope::All, &mut |_| ())?;
        images.finish()?;
        let (mut files, inputs) = sink.into_parts();
        if let Some(start) = start {
            start.pages.fill(&mut files, &inputs);
            let products = &site.content.products;
            let saving = start.remember(products, rendered.shared.clone(), &files, &inputs);
            self.saving = Some(saving);
            self.remembered = true;
        }
        *shared.files.write().expect("files lock") = files;
        self.live = Some(Live { site, templates, images, shared: rendered.shared, paths: rendered.paths, inputs });
        Ok(())
    }

    /// Only what some products' change touches: their pages, the listing pages that show them, the pages that
    /// suggest them, the home pages, the sitemap and the feeds; everything when the data every page shows
    /// changed. Pages of deleted or renamed products are dropped. A failure after the products were reloaded
    /// drops the live build, so the next change rebuilds everything instead of trusting half-updated data.
    fn products(&mut self, shared: &Shared, slugs: &[String]) -> Result<()> {
        let live = self.live.as_mut().expect("checked by the caller");
        let site = &mut live.site;
        let before = change::Before::new(&site.content.products, slugs);
        site.content.reload_products(&self.root, &site.profile, &site.languages, site.today, slugs)?;
        let result = self.rerender(shared, before);
        if result.is_err() {
            self.live = None;
        }
        result
    }

    fn rerender(&mut self, shared: &Shared, before: change::Before) -> Result<()> {
        let live = self.live.as_ref().expect("checked by the caller");
        let affected = before.after(&live.site);
        // The photos are planned again only when a changed product uses one the plan does not hold.
        let planned = affected.at.iter().all(|&i| {
            let p = &live.site.content.products[i];
            p.images.iter().all(|im| live.images.renditions.contains_key(&im.src))
                && live.images.share(&p.images[0].src, p.images[0].focus).is_some()
        });
        if !planned {
            let images = self.images(&live.site)?;
            images.finish()?;
            self.live.as_mut().expect("still there").images = images;
        }
        let live = self.live.as_ref().expect("still there");
        let sink = MemorySink::keeping(&live.inputs);
        let scope = affected.scope(&live.shared, false, Some(&live.paths), None);
        let rendered = pipeline::write_site(&live.site, &live.templates, &live.images, &sink, &scope, &mut |_| ())?;
        let (files, inputs) = sink.into_parts();
        shared.files.write().expect("files lock").extend(files);
        let live = self.live.as_mut().expect("still there");
        live.shared = rendered.shared;
        live.paths = rendered.paths;
        live.inputs.extend(inputs);
        Ok(())
    }

    /// The files about every product that `products` leaves out, made again after the reload event, and the
    /// pages of deleted or renamed products dropped (no page links them any more). A failure drops the live
    /// build (the next change rebuilds everything).
    fn catalog(&mut self, shared: &Shared) -> Result<()> {
        let live = self.live.as_ref().expect("checked by the caller");
        let sink = MemorySink::default();
        let result = render::catalog(&live.site, &live.templates, &live.images, &sink, &live.paths)
            .and_then(|()| render::page_files(&live.site, &live.paths));
        match result {
            Ok(pages) => {
                let mut files = shared.files.write().expect("files lock");
                files.retain(|k, _| !k.ends_with("index.html") || pages.contains(k));
                files.extend(sink.into_files());
                // A dropped page is no page to keep: one made again at its address is rendered.
                let live = self.live.as_mut().expect("checked by the caller");
                live.inputs.retain(|k, _| files.contains_key(k));
                Ok(())
            }
            Err(e) => {
                self.live = None;
                Err(e)
            }
        }
    }

    /// Only stylesheets changed: re-copy static files; pages restyle without reloading.
    fn assets(&mut self, shared: &Shared) -> Result<()> {
        let live = self.live.as_ref().expect("checked by the caller");
        let sink = MemorySink::default();
        render::copy_assets(&live.site, &sink)?;
        shared.files.write().expect("files lock").extend(sink.into_files());
        Ok(())
    }
}

/// Tests only (debug builds): a rebuild panics while the file named by `VITRINA_TEST_PANIC` exists in the site,
/// to prove the preview survives a panicking rebuild.
fn test_panic(root: &Path) {
    #[cfg(debug_assertions)]
    if std::env::var_os("VITRINA_TEST_PANIC").is_some_and(|name| root.join(name).exists()) {
        panic!("VITRINA_TEST_PANIC");
    }
    #[cfg(not(debug_assertions))]
    let _ = root;
}
