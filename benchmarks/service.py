"""Requests per second and latency of ``POST /classify`` under concurrent load.

    python benchmarks/service.py [--clients 8] [--seconds 15]

Starts ``kyluat serve`` on a free port of 127.0.0.1, sends 2 KB reports from the
shared corpus from N client threads for a bounded time (and at most 20,000
requests), then stops the server and prints requests/s, p50 and p99 latency.
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import numpy as np

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/vietnews_officials.jsonl"
MAX_REQUESTS = 20_000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15)
    args = parser.parse_args()
    texts = [json.loads(line)["text"][:2000] for line in CORPUS.open(encoding="utf-8")][:500]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "kyluat_nlp.cli", "serve", "--port",
                               str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                httpx.get(f"{url}/health", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        latencies: list[float] = []
        lock = threading.Lock()
        stop = time.time() + args.seconds

        def client(k: int) -> None:
            with httpx.Client(timeout=30) as http:
                n = k
                while time.time() < stop and len(latencies) < MAX_REQUESTS:
                    start = time.perf_counter()
                    http.post(f"{url}/classify", json={"text": texts[n % len(texts)]})
                    with lock:
                        latencies.append(1000 * (time.perf_counter() - start))
                    n += args.clients

        threads = [threading.Thread(target=client, args=(k,)) for k in range(args.clients)]
        began = time.time()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.time() - began
    finally:
        server.terminate()
        server.wait(timeout=20)
    p50, p99 = np.percentile(latencies, [50, 99])
    print(f"POST /classify, {args.clients} concurrent clients, 2 KB reports, one server "
          f"process: {len(latencies) / elapsed:,.0f} requests/s, p50 {p50:.1f} ms, "
          f"p99 {p99:.1f} ms ({len(latencies)} requests in {elapsed:.1f} s)")


if __name__ == "__main__":
    main()
