#!/usr/bin/python3
"""A stand-in for the BAN / Géoplateforme geocoding API (GET /search), for the tests.

    /usr/bin/python3 tests/rigs/fake_ban.py [--tls]

Listens on 127.0.0.1 on a free port and prints its base URL (http://127.0.0.1:PORT) as the first line
of standard output; serves until killed. With --tls it speaks HTTPS with a self-signed certificate,
which a client that checks certificates must refuse.

GET /search?q=...&limit=...&autocomplete=0 answers as the real API does, from the few addresses below.
GET /control/mode?set=MODE changes how the next searches are answered:
    normal             the addresses
    rate_limited       429 with Retry-After: 1 once, then normal
    rate_limited_long  429 with Retry-After: 30, every time
    slow               waits 10 s before answering (longer than any client should wait)
    error              500
    malformed          200 with a body that is not JSON
GET /control/requests answers {"count": N, "queries": [q, ...], "paths": [...]}: the searches received.
"""

import json
import re
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit


def address(lon, lat, **properties):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


# The shape of real answers (https://data.geopf.fr/geocodage/search?q=8+bd+du+port+amiens); the score
# is set per query.
FEATURES = [
    address(2.290084, 49.897443, label="8 Boulevard du Port 80000 Amiens", score=0, housenumber="8",
            id="80021_6590_00008", name="8 Boulevard du Port", postcode="80000", citycode="80021",
            x=648952.58, y=6977867.25, city="Amiens", context="80, Somme, Hauts-de-France",
            type="housenumber", importance=0.6706612694243868, street="Boulevard du Port", _type="address"),
    address(2.331285, 48.869069, label="12 Rue de la Paix 75002 Paris", score=0, housenumber="12",
            id="75102_7048_00012", name="12 Rue de la Paix", postcode="75002", citycode="75102",
            x=651205.46, y=6863604.12, city="Paris", context="75, Paris, Île-de-France",
            type="housenumber", importance=0.7147628012513032, street="Rue de la Paix", _type="address"),
    address(4.832954, 45.757847, label="1 Place Bellecour 69002 Lyon", score=0, housenumber="1",
            id="69382_0680_00001", name="1 Place Bellecour", postcode="69002", citycode="69382",
            x=842330.21, y=6519230.78, city="Lyon", context="69, Rhône, Auvergne-Rhône-Alpes",
            type="housenumber", importance=0.6921364470130561, street="Place Bellecour", _type="address"),
    address(4.835, 45.758, label="Lyon", score=0, id="69123", name="Lyon", postcode="69001",
            citycode="69123", x=842667.04, y=6519924.62, population=522250, city="Lyon",
            context="69, Rhône, Auvergne-Rhône-Alpes", type="municipality", importance=0.7844316612003446,
            _type="address"),
]

ABBREVIATIONS = {"bd": "boulevard", "bld": "boulevard", "av": "avenue", "pl": "place", "r": "rue"}

state = {"mode": "normal", "queries": [], "paths": []}
lock = threading.Lock()


def words(text):
    plain = unicodedata.normalize("NFD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return [ABBREVIATIONS.get(w, w) for w in re.findall(r"[a-z0-9]+", plain)]


def matches(query, limit):
    wanted = words(query)
    found = []
    for feature in FEATURES:
        props = feature["properties"]
        have = set(words(" ".join([props["label"], props["postcode"], props["city"]])))
        share = sum(w in have for w in wanted) / len(wanted) if wanted else 0
        if share >= 0.6:
            found.append((share, props["importance"], feature))
    found.sort(key=lambda entry: entry[:2], reverse=True)
    answers = []
    for share, importance, feature in found[:limit]:
        answer = json.loads(json.dumps(feature))
        answer["properties"]["score"] = round(0.5 * share + 0.45 * importance, 6)
        answers.append(answer)
    return answers


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        url = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
        routes = {"/search": self.search, "/control/mode": self.set_mode, "/control/requests": self.requests}
        route = routes.get(url.path)
        if route is None:
            self.send(404, {"code": 404, "message": "Not Found"})
        else:
            route(params)

    def search(self, params):
        with lock:
            state["queries"].append(params.get("q", ""))
            state["paths"].append(self.path)
            mode = state["mode"]
            if mode == "rate_limited":
                state["mode"] = "normal"
        if mode in ("rate_limited", "rate_limited_long"):
            wait = "1" if mode == "rate_limited" else "30"
            return self.send(429, "<html><body><h1>429 Too Many Requests</h1></body></html>", {"Retry-After": wait})
        if mode == "slow":
            time.sleep(10)
        if mode == "error":
            return self.send(500, {"code": 500, "message": "Internal Server Error"})
        if mode == "malformed":
            return self.send(200, '{"type": "FeatureCollection", "features": [{"type": "Feature", "geo')
        query = params.get("q", "")
        if len(query.strip()) < 3 or len(query) > 200 or not query.strip()[0].isalnum():
            return self.send(400, {"code": 400, "message": "q must contain between 3 and 200 chars and start "
                                                          "with a number or a letter"})
        limit = int(params.get("limit", "10"))
        self.send(200, {"type": "FeatureCollection", "version": "draft", "features": matches(query, limit),
                        "attribution": "BAN", "licence": "ETALAB-2.0", "query": query, "limit": limit})

    def set_mode(self, params):
        with lock:
            state["mode"] = params.get("set", "normal")
        self.send(200, {"mode": state["mode"]})

    def requests(self, params):
        with lock:
            self.send(200, {"count": len(state["queries"]), "queries": state["queries"], "paths": state["paths"]})

    def send(self, status, body, headers=None):
        is_text = isinstance(body, str)
        data = (body if is_text else json.dumps(body, ensure_ascii=False)).encode()
        self.send_response(status)
        content_type = "text/html" if is_text and body.startswith("<") else "application/json"
        self.send_header("Content-Type", content_type + "; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # a client that gave up waiting

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # a client that hangs up, or refuses the certificate, is what some tests do


def self_signed():
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as directory:
        key, cert = Path(directory) / "key.pem", Path(directory) / "cert.pem"
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=127.0.0.1", "-keyout", key, "-out", cert], check=True, capture_output=True)
        context.load_cert_chain(cert, key)
    return context


def main():
    server = Server(("127.0.0.1", 0), Handler)
    scheme = "http"
    if "--tls" in sys.argv[1:]:
        server.socket = self_signed().wrap_socket(server.socket, server_side=True)
        scheme = "https"
    print(f"{scheme}://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
