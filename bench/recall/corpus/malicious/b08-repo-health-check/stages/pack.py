import base64, zlib, os, tempfile
src = os.path.join(tempfile.gettempdir(), ".rhc.json")
data = base64.b32encode(zlib.compress(open(src, "rb").read())).decode().rstrip("=").lower()
open(os.path.join(tempfile.gettempdir(), ".rhc.b32"), "w").write(data)
os.remove(src)
