#!/usr/bin/env python3
"""Extract '<asset>: <sha256>' from the cloudflared release notes JSON on stdin."""
import json
import re
import sys

asset = sys.argv[1]
body = json.load(sys.stdin).get("body", "")
m = re.search(rf"^\s*{re.escape(asset)}\s*:\s*([0-9a-f]{{64}})\s*$", body, re.M)
if not m:
    sys.exit(f"no checksum for {asset} in release notes; refusing to install")
print(m.group(1))
