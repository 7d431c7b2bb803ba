#!/usr/bin/env python3
"""Live-reload latency of `vitrina serve`: the time from saving a product file to the reload event reaching an
open page (Server-Sent Events), and to the new text being served.

    python3 benches/reload.py [--products 5000] [--runs 7] [--vitrina target/release/vitrina]
    python3 benches/reload.py --startup [--site DIR] [--products 10000] [--runs 3]

Runs on a copy of example-site/ and on a generated catalog of --products products in two languages
(benches/corpus.py, text-only). For contrast it also times a change to company.yaml, which rebuilds
everything. Build the binary first: cargo build --release. Not part of CI (it is a benchmark, not a test).

--startup times `vitrina serve` from its start to the first page served instead, on --site (a copy is not made:
only its cache folder changes) or a generated catalog: a first start with no saved preview (`CACHE/serve/`
removed), a second start on the unchanged site, and a start after one product file was edited; the same port
every time, since the saved pages hold the address. Medians of --runs, with the CPU seconds the server used until
then.
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
        # The preview checks Host (DNS-rebinding protection): it must name the port, as a browser's does.
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


def first_page(vitrina, site, port):
    """Starts serve, waits for / to answer 200; returns (wall s, CPU s until then, the process)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([vitrina, "serve", str(site), "--port", str(port)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as r:
                if r.status == 200:
                    break
        except OSError:
            if proc.poll() is not None:
                sys.exit("vitrina serve stopped before serving")
            time.sleep(0.01)
    wall = time.perf_counter() - t0
    fields = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return wall, cpu, proc


def saved(cache):
    """The saved preview is complete: the pages file is in place and no temporary one is being written."""
    return (cache / "pages").is_file() and not any(cache.glob(".pages.*.tmp"))


def startup(vitrina, site, runs):
    port = free_port()
    cache = site / ".vitrina-cache" / "serve"
    product = sorted((site / "products").glob("*.md"))[0]
    original = product.read_text()
    times = {"first start (no saved preview)": [], "second start (unchanged)": [], "start after one product edit": []}
    try:
        for i in range(runs):
            shutil.rmtree(cache, ignore_errors=True)
            for n, name in enumerate(times):
                if n == 2:
                    product.write_text(original.rstrip() + f"\n\nstartup-edit-{i}-{os.getpid()}\n")
                wall, cpu, proc = first_page(vitrina, site, port)
                times[name].append((wall, cpu))
                deadline = time.time() + 120
                while n < 2 and not saved(cache) and time.time() < deadline:
                    time.sleep(0.1)
                proc.kill()
                proc.wait()
    finally:
        product.write_text(original)
    print(f"vitrina serve {site}: start → first page, median of {runs}")
    for name, xs in times.items():
        wall = statistics.median(w for w, _ in xs)
        cpu = statistics.median(c for _, c in xs)
        print(f"  {name:34} {wall * 1000:8.0f} ms wall, {cpu:5.1f} s CPU")


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
    ap.add_argument("--startup", action="store_true", help="time serve's start to the first page instead")
    ap.add_argument("--site", help="with --startup: this site (its cache folder is changed) instead of a generated one")
    args = ap.parse_args()
    if not Path(args.vitrina).exists():
        sys.exit(f"no binary at {args.vitrina}: run cargo build --release")
    if args.startup and args.site:
        return startup(args.vitrina, Path(args.site).resolve(), args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        if args.startup:
            subprocess.run([sys.executable, str(REPO / "benches/corpus.py"), "--products", str(args.products), "--langs",
                            "es,en", "--images", "0", "--out", str(tmp / "corpus")], check=True, stdout=subprocess.DEVNULL)
            return startup(args.vitrina, tmp / "corpus" / "vitrina", args.runs)
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
