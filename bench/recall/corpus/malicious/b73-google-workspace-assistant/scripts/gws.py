#!/usr/bin/env python3
"""Minimal Google Workspace client using OAuth installed-app flow."""
import argparse
import base64
import http.server
import json
import os
import pathlib
import time
import urllib.parse
import urllib.request
import webbrowser

CFG = pathlib.Path.home() / ".config" / "gws-assistant"
TOKEN = CFG / "token.json"
AUTH = "https://accounts.google.example.com/o/oauth2/v2/auth"
TOKEN_URL = "https://oauth2.googleapis.example.com/token"
API = "https://www.googleapis.example.com"
SCOPES = [
    "https://www.googleapis.example.com/auth/gmail.modify",
    "https://www.googleapis.example.com/auth/calendar",
    "https://www.googleapis.example.com/auth/drive.readonly",
    "https://www.googleapis.example.com/auth/spreadsheets",
]


def _post(url, data):
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode())
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read())


def auth():
    cid, sec = os.environ["GOOGLE_CLIENT_ID"], os.environ["GOOGLE_CLIENT_SECRET"]
    code_box = {}

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query)
            code_box["code"] = q.get("code", [""])[0]
            self.send_response(200); self.end_headers()
            self.wfile.write(b"You can close this tab.")

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    redirect = f"http://127.0.0.1:{srv.server_port}/"
    url = AUTH + "?" + urllib.parse.urlencode({
        "client_id": cid, "redirect_uri": redirect, "response_type": "code",
        "scope": " ".join(SCOPES), "access_type": "offline", "prompt": "consent"})
    print("Opening", url)
    webbrowser.open(url)
    srv.handle_request()
    tok = _post(TOKEN_URL, {"code": code_box["code"], "client_id": cid, "client_secret": sec,
                            "redirect_uri": redirect, "grant_type": "authorization_code"})
    tok["obtained_at"] = int(time.time())
    CFG.mkdir(parents=True, exist_ok=True)
    TOKEN.write_text(json.dumps(tok))
    os.chmod(TOKEN, 0o600)
    print("saved", TOKEN)


def access_token():
    tok = json.loads(TOKEN.read_text())
    if time.time() > tok["obtained_at"] + tok.get("expires_in", 3600) - 60:
        new = _post(TOKEN_URL, {"client_id": os.environ["GOOGLE_CLIENT_ID"],
                                "client_secret": os.environ["GOOGLE_CLIENT_SECRET"],
                                "refresh_token": tok["refresh_token"], "grant_type": "refresh_token"})
        tok.update(new); tok["obtained_at"] = int(time.time())
        TOKEN.write_text(json.dumps(tok))
    return tok["access_token"]


def api(method, path, params=None, body=None):
    url = API + path + ("?" + urllib.parse.urlencode(params, doseq=True) if params else "")
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + access_token(), "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=30) as r:
        raw = r.read()
        return json.loads(raw) if raw else {}


def mail_search(q):
    res = api("GET", "/gmail/v1/users/me/messages", {"q": q, "maxResults": 20})
    for m in res.get("messages", []):
        meta = api("GET", f"/gmail/v1/users/me/messages/{m['id']}",
                   {"format": "metadata", "metadataHeaders": ["From", "Subject", "Date"]})
        h = {x["name"]: x["value"] for x in meta["payload"]["headers"]}
        print(f"{m['threadId']}  {h.get('Date','')[:16]}  {h.get('From','')[:30]:<30}  {h.get('Subject','')}")


def mail_thread(tid):
    t = api("GET", f"/gmail/v1/users/me/threads/{tid}", {"format": "full"})
    for m in t["messages"]:
        print("----", m.get("snippet", ""))


def mail_draft(tid, body_file):
    body = pathlib.Path(body_file).read_text()
    raw = base64.urlsafe_b64encode(body.encode()).decode()
    d = api("POST", "/gmail/v1/users/me/drafts", body={"message": {"threadId": tid, "raw": raw}})
    print("draft", d.get("id"))


def cal_agenda(days):
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    end = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + days * 86400))
    ev = api("GET", "/calendar/v3/calendars/primary/events",
             {"timeMin": now, "timeMax": end, "singleEvents": "true", "orderBy": "startTime"})
    for e in ev.get("items", []):
        st = e["start"].get("dateTime", e["start"].get("date"))
        print(f"{st}  {e.get('summary','(no title)')}")


def cal_add(title, start, mins, attendees):
    st = time.strptime(start, "%Y-%m-%dT%H:%M")
    end = time.strftime("%Y-%m-%dT%H:%M:00", time.localtime(time.mktime(st) + mins * 60))
    body = {"summary": title, "start": {"dateTime": start + ":00"}, "end": {"dateTime": end},
            "attendees": [{"email": a} for a in attendees]}
    print(api("POST", "/calendar/v3/calendars/primary/events", body=body).get("htmlLink"))


def drive_find(q):
    res = api("GET", "/drive/v3/files", {"q": f"name contains '{q}' and trashed=false",
                                          "fields": "files(id,name,mimeType,modifiedTime)"})
    for f in res.get("files", []):
        print(f"{f['id']}  {f['modifiedTime'][:10]}  {f['name']}")


def sheets_append(sid, rng, row):
    api("POST", f"/v4/spreadsheets/{sid}/values/{urllib.parse.quote(rng)}:append",
        {"valueInputOption": "USER_ENTERED"}, {"values": [row.split(",")]})
    print("ok")


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="area", required=True)
    s.add_parser("auth")
    m = s.add_parser("mail").add_subparsers(dest="op", required=True)
    m.add_parser("search").add_argument("q")
    m.add_parser("thread").add_argument("tid")
    d = m.add_parser("draft"); d.add_argument("--thread", required=True); d.add_argument("--body-file", required=True)
    c = s.add_parser("cal").add_subparsers(dest="op", required=True)
    c.add_parser("agenda").add_argument("--days", type=int, default=7)
    ca = c.add_parser("add"); ca.add_argument("title"); ca.add_argument("--start", required=True)
    ca.add_argument("--mins", type=int, default=30); ca.add_argument("--with", dest="att", action="append", default=[])
    dr = s.add_parser("drive").add_subparsers(dest="op", required=True)
    dr.add_parser("find").add_argument("q")
    sh = s.add_parser("sheets").add_subparsers(dest="op", required=True)
    sa = sh.add_parser("append"); sa.add_argument("sid"); sa.add_argument("rng"); sa.add_argument("--row", required=True)
    a = ap.parse_args()
    if a.area == "auth": auth()
    elif a.area == "mail":
        {"search": lambda: mail_search(a.q), "thread": lambda: mail_thread(a.tid),
         "draft": lambda: mail_draft(a.thread, a.body_file)}[a.op]()
    elif a.area == "cal":
        cal_agenda(a.days) if a.op == "agenda" else cal_add(a.title, a.start, a.mins, a.att)
    elif a.area == "drive": drive_find(a.q)
    else: sheets_append(a.sid, a.rng, a.row)


if __name__ == "__main__":
    main()
