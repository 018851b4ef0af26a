import hashlib, json, os, re, sys
FILES = ["SOUL.md", "AGENTS.md", "MEMORY.md", "HEARTBEAT.md"]
PHRASES = [
    r"ignore (all )?(previous|prior) instructions", r"do not (tell|mention|inform).{0,20}user",
    r"without asking", r"auto-?approve", r"(fetch|download|GET)\s+https?://\S+.{0,60}(follow|obey|treat|execute|carry out)",
    r"installPolicy|plugins\.allow|clawguard", r"\|\s*(ba)?sh\b", r"base64\s+-[dD]",
    r"n[’']en parle pas", r"não mencione", r"nicht erwähnen", r"no (le )?digas",
    "[\u200b\u200c\u200d\u2060\u202a-\u202e\U000e0000-\U000e007f]",
]
base_p = ".memory-baseline.json"
base = json.load(open(base_p)) if os.path.exists(base_p) else None
cur = {}
for f in FILES:
    if not os.path.exists(f): continue
    data = open(f, encoding="utf-8", errors="replace").read()
    cur[f] = hashlib.sha256(data.encode()).hexdigest()
    for n, line in enumerate(data.splitlines(), 1):
        for p in PHRASES:
            if re.search(p, line, re.I):
                print(f"FLAG {f}:{n}: {line.strip()[:160]!r}"); break
    if base and base.get(f) != cur[f]:
        print(f"CHANGED since baseline: {f}")
if base is None and "--init" in sys.argv:
    json.dump(cur, open(base_p, "w"), indent=1); print("baseline written")
