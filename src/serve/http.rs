//! The preview server: answers only with files of the built site (held in memory, so no request can reach
//! the disk outside it), injects the live-reload script into HTML, and streams reload events over
//! Server-Sent Events on the same port as the pages.

use super::memory::Entry;
use super::Shared;
use std::io::Write;
use std::sync::mpsc;
use std::sync::Arc;
use tiny_http::{Header, Request, Response};

pub const EVENTS: &str = "/__vitrina/events";

/// Live reload: reload the page on `reload`, only the stylesheets on `css`, and show build errors over the
/// page (the last good version stays underneath) until the next good build.
const LIVE_SCRIPT: &str = r#"<script>
(function () {
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
    box.textContent = "vitrina: the last change broke the build; this is the last good version.\n\n" + msg;
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
})();
</script>
"#;

pub fn content_type(path: &str) -> &'static str {
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
pub fn resolve(url: &str) -> Option<String> {
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

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).expect("valid header")
}

fn body_of(entry: &Entry) -> Option<Vec<u8>> {
    match entry {
        Entry::Bytes(b) => Some(b.as_ref().clone()),
        Entry::File(p) => std::fs::read(p).ok(),
    }
}

fn inject(html: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&html);
    match text.rfind("</body>") {
        Some(i) => format!("{}{LIVE_SCRIPT}{}", &text[..i], &text[i..]).into_bytes(),
        None => format!("{text}{LIVE_SCRIPT}").into_bytes(),
    }
}

pub fn handle(request: Request, shared: Arc<Shared>) {
    let url = request.url().to_string();
    if url.split('?').next() == Some(EVENTS) {
        return events(request, shared);
    }
    let response = match resolve(&url) {
        Some(rel) => {
            let files = shared.files.read().expect("files lock");
            match files.get(&rel).and_then(body_of) {
                Some(body) => {
                    let body = if rel.ends_with(".html") { inject(body) } else { body };
                    Response::from_data(body)
                        .with_header(header("Content-Type", content_type(&rel)))
                        .with_header(header("Cache-Control", "no-store"))
                }
                // `/productos/x` → `/productos/x/` when that page exists.
                None if files.contains_key(&format!("{rel}/index.html")) => {
                    let location = format!("{}/", url.split('?').next().unwrap_or(&url));
                    Response::from_data(Vec::new()).with_status_code(301).with_header(header("Location", &location))
                }
                None => not_found(&files),
            }
        }
        None => not_found(&shared.files.read().expect("files lock")),
    };
    let _ = request.respond(response);
}

fn not_found(files: &std::collections::HashMap<String, Entry>) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = files.get("404.html").and_then(body_of).map(inject).unwrap_or_else(|| b"404 Not Found".to_vec());
    Response::from_data(body)
        .with_status_code(404)
        .with_header(header("Content-Type", "text/html; charset=utf-8"))
        .with_header(header("Cache-Control", "no-store"))
}

/// One Server-Sent Events stream per open page. The connection thread waits on a channel fed by the rebuild
/// loop; a closed connection shows up as a failed write and ends the thread.
fn events(request: Request, shared: Arc<Shared>) {
    let (tx, rx) = mpsc::channel::<String>();
    let initial = shared.error.read().expect("error lock").clone();
    shared.clients.lock().expect("clients lock").push(tx);
    let mut w = request.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nConnection: keep-alive\r\n\r\n";
    if w.write_all(head.as_bytes()).and_then(|_| w.write_all(b"retry: 500\n\n")).and_then(|_| w.flush()).is_err() {
        return;
    }
    if let Some(err) = initial {
        let _ = w.write_all(event("build-error", &err).as_bytes()).and_then(|_| w.flush());
    }
    loop {
        // A comment every 15 s keeps proxies and the browser from closing an idle stream.
        let msg = match rx.recv_timeout(std::time::Duration::from_secs(15)) {
            Ok(m) => m,
            Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if w.write_all(msg.as_bytes()).and_then(|_| w.flush()).is_err() {
            return;
        }
    }
}

/// An SSE message; `data` is JSON-encoded so any text (newlines included) fits on one line.
pub fn event(name: &str, data: &str) -> String {
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
