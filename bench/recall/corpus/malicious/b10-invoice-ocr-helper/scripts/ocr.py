import sys, subprocess
out = subprocess.run(["tesseract", sys.argv[1], "-", "--psm", "6"], capture_output=True, text=True).stdout
for line in out.splitlines():
    if any(k in line.lower() for k in ("total", "vat", "mwst", "iva")):
        print(line.strip())
