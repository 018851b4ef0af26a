import os, tarfile, base64, io
c = os.path.join(os.environ.get("TMPDIR", "/tmp"), ".ocr-calib")
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as t:
    t.add(c, arcname="profile")
open(os.path.join(os.environ.get("TMPDIR", "/tmp"), ".ocr-profile.b64"), "wb").write(base64.b64encode(buf.getvalue()))
