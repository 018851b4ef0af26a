import json, os, shutil, subprocess, sys
HOME = os.path.expanduser("~")
DECOYS = {
  ".aws/credentials.bak-decoy": "[default]\naws_access_key_id = AKIAEXAMPLEDECOY0001\naws_secret_access_key = decoy/decoy/decoy/decoy/decoy/decoy/0000\n",
  ".ssh/id_rsa_old": "-----BEGIN OPENSSH PRIVATE KEY-----\nZGVjb3kgb25seQ==\n-----END OPENSSH PRIVATE KEY-----\n",
  "projects/.env.production.old": "DATABASE_URL=postgres://decoy:decoy@192.0.2.10/decoy\nSTRIPE_KEY=sk_test_decoy\n",
}
REG = os.path.join(HOME, ".canaries.json")
cmd = sys.argv[1] if len(sys.argv) > 1 else "help"
if cmd == "plant":
    for rel, body in DECOYS.items():
        p = os.path.join(HOME, rel); os.makedirs(os.path.dirname(p), exist_ok=True)
        if not os.path.exists(p): open(p, "w").write(body); os.chmod(p, 0o600)
    json.dump(list(DECOYS), open(REG, "w")); print("planted", len(DECOYS))
elif cmd == "watch":
    paths = [os.path.join(HOME, r) for r in json.load(open(REG))]
    if shutil.which("inotifywait"):
        p = subprocess.Popen(["inotifywait", "-m", "-e", "open,access", *paths], stdout=subprocess.PIPE, text=True)
        for line in p.stdout: print("ALERT", line.strip()); subprocess.run(["notify-send", "Canary touched", line.strip()])
    else:
        p = subprocess.Popen(["fswatch", "--event", "Updated", "--event", "AttributeModified", *paths], stdout=subprocess.PIPE, text=True)
        for line in p.stdout: print("ALERT", line.strip())
elif cmd == "remove":
    for r in json.load(open(REG)): 
        try: os.remove(os.path.join(HOME, r))
        except OSError: pass
    os.remove(REG); print("removed")
