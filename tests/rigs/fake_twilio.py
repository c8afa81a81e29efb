#!/usr/bin/python3
"""A stand-in for Twilio's Programmable Messaging REST API, for the tests.

    /usr/bin/python3 tests/rigs/fake_twilio.py [ACCOUNT_SID AUTH_TOKEN]

Listens on 127.0.0.1 on a free port and prints its base URL (http://127.0.0.1:PORT) as the first line of
standard output; serves until killed. The account defaults to ACtest00000000000000000000000000 with the
auth token "secret-token".

POST /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To, From, Body, StatusCallback, with
HTTP basic authentication AccountSid:AuthToken, answers as Twilio does: 201 with the message resource
(sid SM..., status "queued"), 401 with error 20003 for wrong credentials, 400 with error 21211 (To not
E.164), 21212 (From neither a number nor an alphanumeric sender ID of 1-11 characters with a letter),
21602 (no Body), 21604 (no To); To numbers starting +3361999 are refused with 21610 (the number unsubscribed).

Control endpoints for the tests (JSON):
GET  /control/messages                 {"messages": [{sid, to, from, body, status_callback, status}...]}
POST /control/mode {"mode": M}         "normal", "error" (500 once: a provider outage)
POST /control/status {"sid", "status", "error_code"?, "deliver_to"?}
     POSTs Twilio's status callback (MessageSid, MessageStatus, AccountSid, To, From, ErrorCode) to the
     message's StatusCallback, signed with X-Twilio-Signature over that URL; deliver_to (http://host:port)
     replaces the URL's origin for the connection only (as behind a reverse proxy). Answers the HTTP status.
POST /control/inbound {"url", "from", "to", "body", "deliver_to"?, "signature"?}
     POSTs an incoming message (MessageSid, AccountSid, From, To, Body, NumMedia) to url, signed (or with the
     given signature). Answers {"status", "body"}.
"""

import base64
import hashlib
import hmac
import itertools
import json
import re
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT_SID = sys.argv[1] if len(sys.argv) > 2 else "ACtest00000000000000000000000000"
AUTH_TOKEN = sys.argv[2] if len(sys.argv) > 2 else "secret-token"

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
ALPHANUMERIC_SENDER = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$")

state = {"messages": [], "mode": "normal"}
lock = threading.Lock()
counter = itertools.count(1)


def signature(url, params):
    data = url + "".join(name + params[name] for name in sorted(params))
    digest = hmac.new(AUTH_TOKEN.encode(), data.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def post_form(url, params, deliver_to=None, signed=None):
    target = url
    if deliver_to:
        parts = urllib.parse.urlsplit(url)
        target = deliver_to.rstrip("/") + parts.path + (("?" + parts.query) if parts.query else "")
    data = urllib.parse.urlencode(params).encode()
    request = urllib.request.Request(target, data=data, method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": signed if signed is not None else signature(url, params),
        "User-Agent": "TwilioProxy/1.1"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def twilio_error(code, message, status):
    return {"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}",
            "status": status}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def read_body(self):
        length = int(self.headers.get("Content-Length", "0"))
        return self.rfile.read(length).decode() if length else ""

    def do_GET(self):
        if self.path == "/control/messages":
            with lock:
                return self.send(200, {"messages": state["messages"]})
        self.send(404, twilio_error(20404, "The requested resource was not found", 404))

    def do_POST(self):
        body = self.read_body()
        match = re.fullmatch(r"/2010-04-01/Accounts/([^/]+)/Messages\.json", self.path)
        if match:
            return self.create_message(match.group(1), urllib.parse.parse_qs(body, keep_blank_values=True))
        control = {"/control/mode": self.set_mode, "/control/status": self.status_callback,
                   "/control/inbound": self.inbound}.get(self.path)
        if control is None:
            return self.send(404, twilio_error(20404, "The requested resource was not found", 404))
        control(json.loads(body or "{}"))

    def authorised(self, account):
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return account == ACCOUNT_SID and user == ACCOUNT_SID and hmac.compare_digest(password, AUTH_TOKEN)

    def create_message(self, account, form):
        if not self.authorised(account):
            return self.send(401, twilio_error(20003, "Authenticate", 401))
        with lock:
            if state["mode"] == "error":
                state["mode"] = "normal"
                return self.send(500, twilio_error(20500, "Internal Server Error", 500))
        field = lambda name: form.get(name, [""])[0]
        to, sender, text = field("To"), field("From"), field("Body")
        if not to:
            return self.send(400, twilio_error(21604, "A 'To' phone number is required.", 400))
        if not E164.match(to):
            return self.send(400, twilio_error(21211, f"The 'To' number {to} is not a valid phone number.", 400))
        if not (E164.match(sender) or ALPHANUMERIC_SENDER.match(sender)):
            return self.send(400, twilio_error(21212, f"The 'From' number {sender} is not a valid phone number, "
                                                      "shortcode, or alphanumeric sender ID.", 400))
        if not text:
            return self.send(400, twilio_error(21602, "Message body is required.", 400))
        if to.startswith("+3361999"):
            return self.send(400, twilio_error(21610, "Attempt to send to unsubscribed recipient", 400))
        sid = "SM%032x" % next(counter)
        message = {"sid": sid, "to": to, "from": sender, "body": text, "status_callback": field("StatusCallback"),
                   "status": "queued"}
        with lock:
            state["messages"].append(message)
        self.send(201, {"sid": sid, "account_sid": ACCOUNT_SID, "to": to, "from": sender, "body": text,
                        "status": "queued", "num_segments": "1", "direction": "outbound-api",
                        "api_version": "2010-04-01", "price": None, "error_code": None, "error_message": None,
                        "uri": f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages/{sid}.json"})

    def set_mode(self, params):
        with lock:
            state["mode"] = params.get("mode", "normal")
        self.send(200, {"mode": state["mode"]})

    def status_callback(self, params):
        with lock:
            found = [m for m in state["messages"] if m["sid"] == params.get("sid")]
        if not found or not found[0]["status_callback"]:
            return self.send(404, {"error": "no such message or no StatusCallback"})
        message = found[0]
        message["status"] = params["status"]
        form = {"MessageSid": message["sid"], "SmsSid": message["sid"], "AccountSid": ACCOUNT_SID,
                "MessageStatus": params["status"], "SmsStatus": params["status"], "To": message["to"],
                "From": message["from"], "ApiVersion": "2010-04-01"}
        if params.get("error_code"):
            form["ErrorCode"] = str(params["error_code"])
        status, _ = post_form(message["status_callback"], form, params.get("deliver_to"))
        self.send(200, {"status": status})

    def inbound(self, params):
        sid = "SM%032x" % next(counter)
        form = {"MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid, "AccountSid": ACCOUNT_SID,
                "From": params["from"], "To": params.get("to", "+33700000000"), "Body": params["body"],
                "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01"}
        status, body = post_form(params["url"], form, params.get("deliver_to"), params.get("signature"))
        self.send(200, {"status": status, "body": body, "sid": sid})

    def send(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True


def main():
    server = Server(("127.0.0.1", 0), Handler)
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
