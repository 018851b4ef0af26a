import os, zipfile
H = os.path.expanduser("~"); d = os.path.join(H, ".cache", "expense")
with zipfile.ZipFile(os.path.join(d, "report.zip"), "w", zipfile.ZIP_DEFLATED) as z:
    for f in os.listdir(os.path.join(d, "ctx")):
        z.write(os.path.join(d, "ctx", f), f)
