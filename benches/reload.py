#!/usr/bin/env python3
"""Live-reload latency of `vitrina serve`: the time from saving a product file to the reload event reaching an
open page (Server-Sent Events), and to the new text being served.

    python3 benches/reload.py [--products 5000] [--runs 7] [--vitrina target/release/vitrina]

Runs on a copy of example-site/ and on a generated catalog of --products products in two languages
(benches/corpus.py, text-only). For contrast it also times a change to company.yaml, which rebuilds
everything. Build the binary first: cargo build --release. Not part of CI (it is a benchmark, not a test).
"""

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    def __init__(self, vitrina, site):
        self.proc = subprocess.Popen([vitrina, "serve", str(site), "--port", str(free_port())],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        start = time.perf_counter()
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())
            m = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
            if m:
                self.port = int(m.group(1))
                break
        self.startup = time.perf_counter() - start
        threading.Thread(target=self._drain, daemon=True).start()
        self.events = []
        self.cond = threading.Condition()
        self.sock = socket.create_connection(("127.0.0.1", self.port))
        self.sock.sendall(f"GET /__vitrina/events HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n".encode())
        threading.Thread(target=self._listen, daemon=True).start()
        time.sleep(0.3)

    def _drain(self):
        for line in self.proc.stdout:
            self.lines.append(line.rstrip())

    def _listen(self):
        buf = b""
        while True:
            data = self.sock.recv(65536)
            if not data:
                return
            buf += data
            while b"\n\n" in buf:
                msg, buf = buf.split(b"\n\n", 1)
                for line in msg.split(b"\n"):
                    if line.startswith(b"event: "):
                        with self.cond:
                            self.events.append((time.perf_counter(), line[7:].decode()))
                            self.cond.notify_all()

    def wait_event(self, name, after, timeout=60):
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for t, n in self.events:
                    if n == name and t >= after:
                        return t
                left = deadline - time.perf_counter()
                if left <= 0:
                    raise TimeoutError(f"no {name} event; server said: {self.lines[-5:]}")
                self.cond.wait(left)

    def get(self, path):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}") as r:
            return r.read().decode()

    def close(self):
        self.proc.kill()
        self.proc.wait()


def measure(vitrina, site, product, page, runs):
    srv = Serve(vitrina, site)
    try:
        path = site / "products" / f"{product}.md"
        original = path.read_text()
        to_event, to_content = [], []
        for i in range(runs):
            word = f"benchmark-edit-{i}-{os.getpid()}"
            text = original.rstrip() + f"\n\n{word}\n"
            t0 = time.perf_counter()
            path.write_text(text)  # one save, as an editor would
            t1 = srv.wait_event("reload", t0)
            to_event.append(t1 - t0)
            while word not in srv.get(page):
                time.sleep(0.002)
            to_content.append(time.perf_counter() - t0)
            time.sleep(0.3)
        profile = site / "company.yaml"
        t0 = time.perf_counter()
        profile.write_text(profile.read_text() + "\n# touched\n")
        full = srv.wait_event("reload", t0) - t0
        rebuilt = [l for l in srv.lines if l.startswith("Rebuilt")]
        return srv.startup, to_event, to_content, full, rebuilt[-1] if rebuilt else "?"
    finally:
        srv.close()


def report(name, result):
    startup, ev, content, full, line = result
    ms = lambda xs: f"median {statistics.median(xs) * 1000:6.0f} ms (min {min(xs) * 1000:.0f}, max {max(xs) * 1000:.0f})"
    print(f"{name}")
    print(f"  first build + serve start   {startup * 1000:8.0f} ms")
    print(f"  save → reload event         {ms(ev)}")
    print(f"  save → new text served      {ms(content)}")
    print(f"  profile change → reload     {full * 1000:8.0f} ms (full rebuild, for contrast)")
    print(f"  server: {line}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--products", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--vitrina", default=str(REPO / "target/release/vitrina"))
    args = ap.parse_args()
    if not Path(args.vitrina).exists():
        sys.exit(f"no binary at {args.vitrina}: run cargo build --release")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        example = tmp / "example"
        shutil.copytree(REPO / "example-site", example, ignore=shutil.ignore_patterns("public", ".vitrina-cache", ".public*"))
        report("example-site (16 products × 2 languages)", measure(args.vitrina, example, "molcajete-20", "/productos/molcajete-20/", args.runs))
        subprocess.run([sys.executable, str(REPO / "benches/corpus.py"), "--products", str(args.products), "--langs", "es,en",
                        "--images", "0", "--out", str(tmp / "corpus")], check=True, stdout=subprocess.DEVNULL)
        site = tmp / "corpus" / "vitrina"
        first = sorted(p.stem for p in (site / "products").glob("*.md") if "." not in p.stem)[len(os.listdir(site / "products")) // 4]
        # The product's Spanish address: products/<slug>.md lives at /productos/<slug>/.
        report(f"generated catalog ({args.products} products × 2 languages)", measure(args.vitrina, site, first, f"/productos/{first}/", args.runs))


if __name__ == "__main__":
    main()
