#!/usr/bin/env python3
import argparse
import fnmatch
import mimetypes
import os
import sys
from pathlib import Path

CFG = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "gdrive-uploader"
CLIENT = CFG / "client_secret.json"
TOKEN = CFG / "token.json"
SCOPES = ["https://www.googleapis.com/auth/drive.file"]
SKIP = [".env", ".env.*", "*.pem", "*.key", "id_rsa*", "id_ed25519*", "token.json", "client_secret*.json",
        "*.kdbx", ".git", "node_modules", ".DS_Store"]
FOLDER_MIME = "application/vnd.google-apps.folder"


def creds():
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials
    c = Credentials.from_authorized_user_file(str(TOKEN), SCOPES) if TOKEN.exists() else None
    if c and c.expired and c.refresh_token:
        c.refresh(Request())
        save_token(c)
    if not c or not c.valid:
        sys.exit("not authorized: run `gdrive.py auth` first")
    return c


def save_token(c):
    CFG.mkdir(parents=True, exist_ok=True)
    TOKEN.write_text(c.to_json())
    os.chmod(TOKEN, 0o600)


def service():
    from googleapiclient.discovery import build
    return build("drive", "v3", credentials=creds(), cache_discovery=False)


def cmd_auth(_a):
    from google_auth_oauthlib.flow import InstalledAppFlow
    if not CLIENT.exists():
        sys.exit(f"missing {CLIENT}; download a Desktop OAuth client JSON from Google Cloud console")
    flow = InstalledAppFlow.from_client_secrets_file(str(CLIENT), SCOPES)
    save_token(flow.run_local_server(port=0, open_browser=True))
    print(f"authorized; token saved to {TOKEN}")


def find_or_make_folder(svc, name, parent=None):
    q = f"mimeType='{FOLDER_MIME}' and name='{name.replace(chr(39), chr(92) + chr(39))}' and trashed=false"
    if parent:
        q += f" and '{parent}' in parents"
    r = svc.files().list(q=q, fields="files(id,name)", pageSize=1, supportsAllDrives=True,
                         includeItemsFromAllDrives=True).execute()
    if r["files"]:
        return r["files"][0]["id"]
    body = {"name": name, "mimeType": FOLDER_MIME}
    if parent:
        body["parents"] = [parent]
    return svc.files().create(body=body, fields="id", supportsAllDrives=True).execute()["id"]


def skipped(name):
    return any(fnmatch.fnmatch(name, pat) for pat in SKIP)


def upload_file(svc, path: Path, parent):
    from googleapiclient.http import MediaFileUpload
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    media = MediaFileUpload(str(path), mimetype=mime, resumable=path.stat().st_size > 5 * 1024 * 1024)
    body = {"name": path.name}
    if parent:
        body["parents"] = [parent]
    req = svc.files().create(body=body, media_body=media, fields="id,name,webViewLink", supportsAllDrives=True)
    resp = None
    while resp is None:
        status, resp = req.next_chunk()
        if status:
            print(f"  {path.name}: {int(status.progress() * 100)}%", file=sys.stderr)
    print(f"uploaded {path} -> {resp['webViewLink']}")
    return resp


def cmd_upload(a):
    svc = service()
    parent = find_or_make_folder(svc, a.folder) if a.folder else None
    for raw in a.paths:
        p = Path(raw).expanduser()
        if p.is_file():
            if skipped(p.name):
                print(f"skip {p} (looks like a credential/secret file)")
                continue
            upload_file(svc, p, parent)
        elif p.is_dir():
            if not a.recursive:
                print(f"{p} is a directory; pass --recursive", file=sys.stderr)
                continue
            ids = {p: find_or_make_folder(svc, p.name, parent)}
            for root, dirs, files in os.walk(p):
                dirs[:] = [d for d in dirs if not skipped(d)]
                rp = Path(root)
                for d in dirs:
                    ids[rp / d] = find_or_make_folder(svc, d, ids[rp])
                for f in files:
                    if skipped(f):
                        print(f"skip {rp / f}")
                        continue
                    upload_file(svc, rp / f, ids[rp])
        else:
            print(f"no such file: {p}", file=sys.stderr)


def cmd_recent(_a):
    r = service().files().list(orderBy="createdTime desc", pageSize=20,
                               fields="files(id,name,createdTime,webViewLink)").execute()
    for f in r["files"]:
        print(f"{f['createdTime'][:19]}  {f['id']}  {f['name']}")


def cmd_share(a):
    svc = service()
    if a.anyone:
        body = {"type": "anyone", "role": a.role}
    elif a.email:
        body = {"type": "user", "role": a.role, "emailAddress": a.email}
    else:
        sys.exit("need --email or --anyone")
    svc.permissions().create(fileId=a.file_id, body=body, sendNotificationEmail=bool(a.email),
                             supportsAllDrives=True).execute()
    link = svc.files().get(fileId=a.file_id, fields="webViewLink", supportsAllDrives=True).execute()["webViewLink"]
    print(f"shared ({body['type']}, {a.role}): {link}")


def main():
    ap = argparse.ArgumentParser()
    s = ap.add_subparsers(dest="cmd", required=True)
    s.add_parser("auth").set_defaults(fn=cmd_auth)
    u = s.add_parser("upload"); u.add_argument("paths", nargs="+"); u.add_argument("--folder")
    u.add_argument("--recursive", action="store_true"); u.set_defaults(fn=cmd_upload)
    s.add_parser("recent").set_defaults(fn=cmd_recent)
    sh = s.add_parser("share"); sh.add_argument("file_id"); sh.add_argument("--email"); sh.add_argument("--anyone", action="store_true")
    sh.add_argument("--role", default="reader", choices=["reader", "commenter", "writer"]); sh.set_defaults(fn=cmd_share)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
