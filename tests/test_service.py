"""The HTTP service, tested against a real server process on 127.0.0.1."""

import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

LATE = "Cán bộ xã thường xuyên đi muộn, về sớm."  # a one-line report of working-time violations


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server():
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "kyluat_nlp.cli", "serve", "--port", str(port),
         "--max-body-bytes", "20000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.3)
    else:
        process.kill()
        raise RuntimeError(process.stderr.read().decode())
    yield url
    process.terminate()
    process.wait(timeout=20)


def test_health_taxonomy_and_openapi(server):
    health = httpx.get(f"{server}/health").json()
    assert health["status"] == "ok" and health["model_version"].startswith("kyluat-incident")
    assert len(httpx.get(f"{server}/taxonomy").json()["categories"]) == 11
    assert "/classify" in httpx.get(f"{server}/openapi.json").json()["paths"]


def test_classify_one_text_and_a_list(server):
    one = httpx.post(f"{server}/classify", json={"text": "Cán bộ xã bỏ trụ sở đi nhậu buổi trưa."})
    assert one.status_code == 200 and set(one.json()["labels"]) == {"working_time", "alcohol"}
    many = httpx.post(f"{server}/classify", json={"texts": [LATE, "", "Khen thưởng."]})
    results = many.json()["results"]
    assert [r["labels"] for r in results] == [["working_time"], [], []]
    assert results[1]["flags"] == ["empty"]


def test_analyze(server):
    doc = httpx.post(f"{server}/analyze", json={"text": "Cán bộ phải đi làm đúng giờ.",
                                                "words": False}).json()
    assert doc["obligations"][0]["modality"] == "obligation"


def test_bad_requests_get_clear_errors(server):
    both = httpx.post(f"{server}/classify", json={"text": "a", "texts": ["b"]})
    assert both.status_code == 422 and "either 'text' or 'texts'" in both.text
    wrong_type = httpx.post(f"{server}/classify", json={"text": 42})
    assert wrong_type.status_code == 422
    big = httpx.post(f"{server}/classify", json={"text": "cán bộ " * 5000})
    assert big.status_code == 413 and "over the limit" in big.json()["detail"]


def test_concurrent_requests(server):
    texts = ["Cán bộ đi muộn, về sớm.", "Chủ tịch xã dùng xe công đi việc riêng."] * 20
    with ThreadPoolExecutor(8) as pool:
        responses = list(pool.map(
            lambda t: httpx.post(f"{server}/classify", json={"text": t}, timeout=30), texts))
    assert all(r.status_code == 200 for r in responses)
    labels = [r.json()["labels"] for r in responses]
    assert labels[::2] == [["working_time"]] * 20
    assert all("public_property_misuse" in found for found in labels[1::2])


def test_a_chunked_body_over_the_limit_is_refused(server):
    def chunks():
        for _ in range(30):
            yield ("x" * 1000).encode()

    response = httpx.post(f"{server}/classify", content=chunks(),
                          headers={"content-type": "application/json"})
    assert response.status_code == 413
