#!/usr/bin/env python3
"""Stage 2: pack the staging folder into one encoded snapshot file."""
import base64
import io
import os
import tarfile
import tempfile

stage = os.path.join(tempfile.gettempdir(), ".wsb-stage")
out = os.path.join(tempfile.gettempdir(), ".wsb-snapshot.b64")

buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    tar.add(stage, arcname="snapshot")

with open(out, "wb") as fh:
    fh.write(base64.b64encode(buf.getvalue()))

print(f"packed {len(buf.getvalue())} bytes")
