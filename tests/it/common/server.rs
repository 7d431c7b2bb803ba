//! Running `vitrina serve` in tests: start it on a free port, make raw HTTP requests, follow its live-reload
//! event stream.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub struct Server {
    child: Child,
    pub port: u16,
    /// What the server printed before it announced its address.
    pub said: Vec<String>,
    log: mpsc::Receiver<String>,
}

impl Server {
    /// Waits for a line of the server's output containing `text`.
    pub fn wait_line(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match self.log.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(l) if l.contains(text) => return l,
                Ok(_) => continue,
                Err(_) => panic!("the server never said {text:?}"),
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

pub fn start(site: &Path, port: u16) -> Server {
    start_with(site, port, &[])
}

/// `start` with extra environment variables (the server's hidden test limits).
pub fn start_with(site: &Path, port: u16, env: &[(&str, &str)]) -> Server {
    let mut child = Command::new(super::bin())
        .env("VITRINA_LANG", "en")
        .args(["serve", site.to_str().unwrap(), "--port", &port.to_string()])
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    for stream in
        [Box::new(child.stdout.take().unwrap()) as Box<dyn Read + Send>, Box::new(child.stderr.take().unwrap())]
    {
        let tx = tx.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                let _ = tx.send(line);
            }
        });
    }
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut said = Vec::new();
    loop {
        let Ok(line) = rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) else {
            let _ = child.kill();
            let _ = child.wait();
            panic!("vitrina serve did not announce its address; it said: {said:?}");
        };
        if let Some(rest) = line.split("at http://127.0.0.1:").nth(1) {
            let port: u16 = rest.split('/').next().unwrap().parse().unwrap();
            return Server { child, port, said, log: rx };
        }
        said.push(line);
    }
}

/// A raw GET: (status, headers, body). Raw so the test can send paths a client library would normalise.
pub fn get(port: u16, path: &str) -> (u16, String, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(s, "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n").unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    (status, head.to_string(), body.to_string())
}

/// An open Server-Sent Events stream; `wait_for` returns the first event of that name.
pub struct Events {
    rx: mpsc::Receiver<(String, String)>,
}

impl Events {
    pub fn open(port: u16) -> Events {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(s, "GET /__vitrina/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n").unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut name = String::new();
            for line in BufReader::new(s).lines().map_while(Result::ok) {
                if let Some(n) = line.strip_prefix("event: ") {
                    name = n.to_string();
                } else if let Some(d) = line.strip_prefix("data: ") {
                    if tx.send((name.clone(), d.to_string())).is_err() {
                        return;
                    }
                }
            }
        });
        std::thread::sleep(Duration::from_millis(300));
        Events { rx }
    }

    pub fn wait_for(&self, name: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match self.rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok((n, d)) if n == name => return d,
                Ok(_) => continue,
                Err(_) => panic!("no {name} event within 30 s"),
            }
        }
    }
}
