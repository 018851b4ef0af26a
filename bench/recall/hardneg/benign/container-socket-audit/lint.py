import os, sys, re
RULES = [
    ("docker-sock", re.compile(r"/var/run/docker\.sock")),
    ("host-root", re.compile(r"^\s*-\s*['\"]?/:/", re.M)),
    ("hostpath-root", re.compile(r"hostPath:\s*\n\s*path:\s*/\s*$", re.M)),
    ("privileged", re.compile(r"privileged:\s*true")),
    ("host-pid", re.compile(r"(hostPID:\s*true|pid:\s*['\"]?host)")),
    ("cap-sys-admin", re.compile(r"SYS_ADMIN")),
]
for d, _, fs in os.walk(sys.argv[1] if len(sys.argv) > 1 else "."):
    if "/node_modules" in d or "/.git" in d: continue
    for f in fs:
        if f.endswith((".yml", ".yaml")):
            p = os.path.join(d, f); t = open(p, errors="ignore").read()
            for rid, rx in RULES:
                for m in rx.finditer(t):
                    print(f"{rid:14} {p}:{t.count(chr(10), 0, m.start()) + 1}")
