//! Answering one request of the preview: refuses hosts other than this computer and methods other than
//! GET/HEAD, answers only with files of the built site (held in memory, so no request can reach the disk
//! outside it), injects the live-reload script into HTML, and streams reload events over Server-Sent Events
//! on the same port as the pages.

use super::host::Hosts;
use super::memory::Entry;
use super::Shared;
use bytes::Bytes;
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Channel, Full};
use hyper::header::{HeaderValue, ALLOW, CACHE_CONTROL, CONTENT_TYPE, HOST, LOCATION};
use hyper::{Method, Request, Response, StatusCode, Version};
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::PoisonError;
use std::time::Duration;

/// A response body: a page or file at once, or the live-reload stream a piece at a time.
pub(crate) type Body = BoxBody<Bytes, Infallible>;

pub(crate) const EVENTS: &str = "/__vitrina/events";

/// Live reload: reload the page on `reload`, only the stylesheets on `css`, and show build errors over the
/// page (the last good version stays underneath) until the next good build. The body of a function of
/// `HEADING`, the overlay's first line in the owner's language (see `live_script`).
const LIVE_SCRIPT: &str = r#"
  var box = null;
  function clear() { if (box) { box.remove(); box = null; } }
  function show(msg) {
    if (!box) {
      box = document.createElement("div");
      box.id = "vitrina-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;background:#2b0b0b;color:#ffe1e1;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;padding:16px 20px;white-space:pre-wrap;border-top:4px solid #e5484d";
      document.body.appendChild(box);
    }
    box.textContent = HEADING + "\n\n" + msg;
  }
  var es = new EventSource("/__vitrina/events");
  es.addEventListener("reload", function () { location.reload(); });
  es.addEventListener("css", function () {
    clear();
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (l) {
      var u = new URL(l.href); u.searchParams.set("v", Date.now()); l.href = u.toString();
    });
  });
  es.addEventListener("build-error", function (e) { show(JSON.parse(e.data)); });
  es.addEventListener("build-ok", clear);
"#;

pub(crate) fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).as_deref() {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") | Some("mjs") => "text/javascript; charset=utf-8",
        Some("xml") => "application/xml; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        Some("jpg") | Some("jpeg") => "image/jpeg",
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("svg") => "image/svg+xml",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("woff2") => "font/woff2",
        Some("webmanifest") => "application/manifest+json",
        _ => "application/octet-stream",
    }
}

/// The site-relative file a request path names, or `None` for anything that tries to leave the site:
/// `..` or `.` segments (also percent-encoded), backslashes, NUL bytes, or a path that is not absolute.
pub(crate) fn resolve(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let decoded = percent_encoding::percent_decode_str(path).decode_utf8().ok()?;
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) || decoded.starts_with("//") {
        return None;
    }
    let rel = &decoded[1..];
    if rel.split('/').any(|seg| seg == ".." || seg == ".") {
        return None;
    }
    if rel.is_empty() || rel.ends_with('/') {
        return Some(format!("{rel}index.html"));
    }
    Some(rel.to_string())
}

fn body_of(entry: &Entry) -> Option<Bytes> {
    match entry {
        Entry::Bytes(b) => Some(b.clone()),
        // Static files and processed images are small and usually in the page cache: reading them on the
        // worker thread costs less than handing them to another thread.
        Entry::File(p) => std::fs::read(p).ok().map(Bytes::from),
    }
}

/// The live-reload script with the overlay's heading in the language of the person running `serve`, as a
/// JavaScript string (JSON is valid JavaScript; `<` is escaped so no text can close the script element).
fn live_script() -> &'static str {
    static SCRIPT: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    SCRIPT.get_or_init(|| {
        let heading = serde_json::to_string(&crate::msg!("serve-overlay-heading")).unwrap_or_default();
        format!("<script>\n(function (HEADING) {{{LIVE_SCRIPT}}})({});\n</script>\n", heading.replace('<', "\\u003c"))
    })
}

fn inject(html: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    let script = live_script();
    match text.rfind("</body>") {
        Some(i) => format!("{}{script}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{script}").into_bytes(),
    }
}

fn reply(status: StatusCode, content_type: &'static str, body: impl Into<Bytes>) -> Response<Body> {
    let mut response = Response::new(Full::new(body.into()).boxed());
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Answers one request: refuses other hosts and methods, then serves the live-reload stream or a file of
/// the built site. HEAD gets the same headers as GET; the server leaves the body out.
pub(crate) fn handle<B>(req: &Request<B>, shared: &Shared, hosts: &Hosts) -> Response<Body> {
    let mut host_headers = req.headers().get_all(HOST).iter();
    let host = host_headers.next().map(|h| h.to_str().unwrap_or("\u{fffd}"));
    // Two Host headers: which one a proxy or cache would read is anyone's guess, so neither is trusted.
    let repeated = host_headers.next().is_some();
    let http10 = req.version() == Version::HTTP_10;
    // A request in absolute form (`GET http://host/ HTTP/1.1`) names its host in the target too.
    let target_host = req.uri().authority().map(|a| a.as_str());
    if repeated || !hosts.allows(host, http10) || target_host.is_some_and(|h| !hosts.allows(Some(h), false)) {
        return reply(StatusCode::FORBIDDEN, "text/plain; charset=utf-8", hosts.refusal(target_host.or(host)));
    }
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let mut response = reply(
            StatusCode::METHOD_NOT_ALLOWED,
            "text/plain; charset=utf-8",
            format!("{}\n", crate::msg!("serve-method-not-allowed", method = req.method().to_string())),
        );
        response.headers_mut().insert(ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let path = req.uri().path();
    if path == EVENTS {
        return events(shared);
    }
    // A rebuild that panicked while holding the lock leaves the last complete site in place: keep serving it.
    let files = shared.files.read().unwrap_or_else(PoisonError::into_inner);
    let Some(rel) = resolve(path) else { return not_found(&files, "") };
    match files.get(&rel).and_then(body_of) {
        Some(body) if rel.ends_with(".html") => reply(StatusCode::OK, content_type(&rel), inject(&body)),
        Some(body) => reply(StatusCode::OK, content_type(&rel), body),
        // `/productos/x` → `/productos/x/` when that page exists.
        None if files.contains_key(&format!("{rel}/index.html")) => match HeaderValue::from_str(&format!("{path}/")) {
            Ok(location) => {
                let mut response = reply(StatusCode::MOVED_PERMANENTLY, "text/plain; charset=utf-8", "");
                response.headers_mut().insert(LOCATION, location);
                response
            }
            Err(_) => not_found(&files, &rel),
        },
        None => not_found(&files, &rel),
    }
}

/// The nearest 404 page: a language's own (`en/404.html` for `/en/…`), else the site's, as Cloudflare Pages does.
fn not_found(files: &HashMap<String, Entry>, rel: &str) -> Response<Body> {
    let own = rel.split_once('/').map(|(first, _)| format!("{first}/404.html"));
    let page = own.and_then(|p| files.get(&p)).or_else(|| files.get("404.html"));
    let body = page.and_then(body_of).map(|b| inject(&b)).unwrap_or_else(|| b"404 Not Found".to_vec());
    reply(StatusCode::NOT_FOUND, "text/html; charset=utf-8", body)
}

/// A comment this often keeps proxies and the browser from closing an idle stream, and finds closed ones.
const STREAM_KEEP_ALIVE: Duration = Duration::from_secs(15);

/// One Server-Sent Events stream per open page: a task forwards what the rebuild loop broadcasts into the
/// response body. A closed connection drops the body, which ends the task and, at the next broadcast, the
/// rebuild loop's sender.
fn events(shared: &Shared) -> Response<Body> {
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let mut first = "retry: 500\n\n".to_string();
    // A page opened while the build is broken learns about it at once.
    if let Some(err) = shared.error.read().unwrap_or_else(PoisonError::into_inner).as_deref() {
        first.push_str(&event("build-error", err));
    }
    shared.clients.lock().unwrap_or_else(PoisonError::into_inner).push(tx);
    let (mut body_tx, body) = Channel::<Bytes, Infallible>::new(4);
    tokio::spawn(async move {
        let mut next = Some(first);
        loop {
            let msg = match next.take() {
                Some(m) => m,
                None => match tokio::time::timeout(STREAM_KEEP_ALIVE, rx.recv()).await {
                    Ok(Some(m)) => m,
                    Ok(None) => return,
                    Err(_) => ": keep-alive\n\n".to_string(),
                },
            };
            if body_tx.send_data(Bytes::from(msg)).await.is_err() {
                return;
            }
        }
    });
    let mut response = Response::new(body.boxed());
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/event-stream"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// An SSE message; `data` is JSON-encoded so any text (newlines included) fits on one line.
pub(crate) fn event(name: &str, data: &str) -> String {
    format!("event: {name}\ndata: {}\n\n", serde_json::to_string(data).expect("a string serialises"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_stays_inside_the_site() {
        assert_eq!(resolve("/").as_deref(), Some("index.html"));
        assert_eq!(resolve("/en/products/x/?a=1").as_deref(), Some("en/products/x/index.html"));
        assert_eq!(resolve("/style.css").as_deref(), Some("style.css"));
        assert_eq!(resolve("/caf%C3%A9/").as_deref(), Some("café/index.html"));
        for bad in [
            "/../etc/passwd",
            "/%2e%2e/company.yaml",
            "/a/..%2f..%2fcompany.yaml",
            "//etc/passwd",
            "/a\\..\\b",
            "/%00",
            "etc",
            "/./x",
        ] {
            assert_eq!(resolve(bad), None, "{bad}");
        }
    }
}
