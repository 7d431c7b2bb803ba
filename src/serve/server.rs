//! The connection side of `vitrina serve`: a small async HTTP/1.1 server (hyper on a tokio runtime with a
//! couple of worker threads) in front of the request handler. Sockets cost a task, never a thread; the number
//! open at once is capped; a client that sends no complete request in time is closed.

use super::host::Hosts;
use super::{http, ServeOptions, Shared};
use anyhow::{bail, Context, Result};
use hyper::header::{HeaderValue, CONNECTION};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, Version};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpSocket};
use tokio::sync::Semaphore;

/// How long a client may take to send a request's headers, counted from when the connection starts waiting
/// for one: on a kept-alive connection this is also how long it may stay idle between requests.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// Connections served at once (live-reload streams included; a browser opens about six). Beyond this, new
/// connections wait in the kernel's queue until one closes. Below the usual limit of 1,024 open files.
const MAX_CONNECTIONS: usize = 512;
/// Connections the kernel holds for us while we are at the cap or busy.
const BACKLOG: u32 = 1024;

/// The limits above; the test suite shortens them through hidden environment variables so that the
/// slow-client and cap behaviour can be checked in a second.
pub(crate) struct Limits {
    pub header_timeout: Duration,
    pub max_connections: usize,
}

impl Limits {
    pub fn from_env() -> Limits {
        let var = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok()).filter(|v| *v > 0);
        Limits {
            header_timeout: var("VITRINA_SERVE_HEADER_TIMEOUT_MS").map(Duration::from_millis).unwrap_or(HEADER_TIMEOUT),
            max_connections: var("VITRINA_SERVE_MAX_CONNECTIONS").map(|v| v as usize).unwrap_or(MAX_CONNECTIONS),
        }
    }
}

/// The runtime the server and the live-reload streams run on: two worker threads answer a preview's load.
pub(crate) fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("vitrina-http")
        .enable_io()
        .enable_time()
        .build()
        .with_context(|| crate::msg!("serve-cannot-start"))
}

/// Binds to `port`, or the next free one (up to 20 further), saying so when it moved. Must run inside the
/// runtime.
pub(crate) fn bind(opts: &ServeOptions) -> Result<TcpListener> {
    let mut last = None;
    for port in opts.port..=opts.port.saturating_add(20) {
        match listen(SocketAddr::new(opts.bind, port)) {
            Ok(l) => {
                if port != opts.port {
                    eprintln!("{}", crate::msg!("serve-port-taken", port = opts.port, other = port));
                }
                return Ok(l);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => last = Some(e),
            Err(e) => {
                return Err(e)
                    .with_context(|| crate::msg!("serve-cannot-listen", address = format!("{}:{port}", opts.bind)))
            }
        }
    }
    bail!(crate::msg!(
        "serve-ports-in-use",
        first = opts.port,
        last = opts.port.saturating_add(20),
        error = last.map(|e| e.to_string()).unwrap_or_default()
    ))
}

fn listen(addr: SocketAddr) -> std::io::Result<TcpListener> {
    let socket = if addr.is_ipv4() { TcpSocket::new_v4()? } else { TcpSocket::new_v6()? };
    // As std and tokio do: a restarted preview can take its port back at once. (On Windows this flag would
    // let two servers share the port, so it stays off there.)
    #[cfg(not(windows))]
    socket.set_reuseaddr(true)?;
    socket.bind(addr)?;
    socket.listen(BACKLOG)
}

/// Accepts connections for ever, each served by its own task.
pub async fn run(listener: TcpListener, shared: Arc<Shared>, hosts: Arc<Hosts>, limits: Limits) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let mut http = http1::Builder::new();
    // The header timer starts whenever the connection waits for a request, so it also closes idle
    // kept-alive connections and clients that connect and send nothing.
    http.timer(TokioTimer::new()).header_read_timeout(limits.header_timeout).max_buf_size(64 * 1024);
    // `Content-Type`, not `content-type`: as the server before it wrote them, for simple clients and scripts.
    http.title_case_headers(true);
    loop {
        // A slot first, then accept: at the cap, new sockets wait in the kernel's queue instead of costing
        // anything here. The semaphore is never closed.
        let Ok(slot) = Arc::clone(&slots).acquire_owned().await else { return };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors or a connection reset before it was accepted: wait a moment rather
            // than spin, and keep serving.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        // Each response goes out as soon as it is written: without this, a kept-alive client's small
        // response waited for the previous one's delayed ACK (about 40 ms on Linux).
        let _ = stream.set_nodelay(true);
        let shared = Arc::clone(&shared);
        let hosts = Arc::clone(&hosts);
        let service = service_fn(move |req| {
            let mut response = http::handle(&req, &shared, &hosts);
            keep_http10_alive(&req, &mut response);
            async move { Ok::<_, std::convert::Infallible>(response) }
        });
        let connection = http.serve_connection(TokioIo::new(stream), service);
        tokio::spawn(async move {
            // A client that vanished or timed out is not an error worth reporting.
            let _ = connection.await;
            drop(slot);
        });
    }
}

/// An HTTP/1.0 client asks to keep the connection with `Connection: keep-alive` and keeps it only if the
/// answer says so too; without the header the connection is closed after the response (hyper does that), so
/// such a client never waits on a socket nobody will answer.
fn keep_http10_alive<B, R>(req: &Request<B>, response: &mut Response<R>) {
    let asks =
        req.headers().get_all(CONNECTION).iter().any(|v| {
            v.to_str().is_ok_and(|v| v.split(',').any(|token| token.trim().eq_ignore_ascii_case("keep-alive")))
        });
    if req.version() == Version::HTTP_10 && asks {
        response.headers_mut().insert(CONNECTION, HeaderValue::from_static("keep-alive"));
    }
}
