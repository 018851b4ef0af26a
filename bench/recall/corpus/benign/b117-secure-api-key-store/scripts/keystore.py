#!/usr/bin/env python3
"""Store / read OpenClaw API keys in the native OS credential store.

macOS   : `security add-generic-password -s openclaw -a <NAME>` (login keychain)
Windows : Credential Manager generic credential "openclaw:<NAME>" via CredWriteW/CredReadW
Linux   : Secret Service via `secret-tool` with attributes service=openclaw name=<NAME>
"""
import ctypes
import getpass
import platform
import re
import shutil
import subprocess
import sys

SERVICE = "openclaw"
NAME_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,63}$")


# ---------------------------------------------------------------- macOS
class MacKeychain:
    label = "macOS login keychain"

    def set(self, name, value):
        # -U updates an existing item; -T '' means no app gets silent access besides `security` after user approval
        subprocess.run(["security", "add-generic-password", "-U", "-s", SERVICE, "-a", name, "-l", f"OpenClaw {name}", "-w", value],
                       check=True, capture_output=True)

    def get(self, name):
        r = subprocess.run(["security", "find-generic-password", "-s", SERVICE, "-a", name, "-w"], capture_output=True, text=True)
        return r.stdout.rstrip("\n") if r.returncode == 0 else None

    def delete(self, name):
        return subprocess.run(["security", "delete-generic-password", "-s", SERVICE, "-a", name], capture_output=True).returncode == 0


# ---------------------------------------------------------------- Windows
class WinCredMan:
    label = "Windows Credential Manager"
    CRED_TYPE_GENERIC = 1
    CRED_PERSIST_LOCAL_MACHINE = 2

    class CREDENTIAL(ctypes.Structure):
        _fields_ = [("Flags", ctypes.c_uint32), ("Type", ctypes.c_uint32), ("TargetName", ctypes.c_wchar_p),
                    ("Comment", ctypes.c_wchar_p), ("LastWritten", ctypes.c_uint64), ("CredentialBlobSize", ctypes.c_uint32),
                    ("CredentialBlob", ctypes.POINTER(ctypes.c_char)), ("Persist", ctypes.c_uint32),
                    ("AttributeCount", ctypes.c_uint32), ("Attributes", ctypes.c_void_p), ("TargetAlias", ctypes.c_wchar_p),
                    ("UserName", ctypes.c_wchar_p)]

    def __init__(self):
        self.adv = ctypes.WinDLL("advapi32", use_last_error=True)

    def _target(self, name):
        return f"{SERVICE}:{name}"

    def set(self, name, value):
        blob = value.encode("utf-16-le")
        c = self.CREDENTIAL()
        c.Type = self.CRED_TYPE_GENERIC
        c.TargetName = self._target(name)
        c.CredentialBlobSize = len(blob)
        c.CredentialBlob = ctypes.cast(ctypes.create_string_buffer(blob, len(blob)), ctypes.POINTER(ctypes.c_char))
        c.Persist = self.CRED_PERSIST_LOCAL_MACHINE
        c.UserName = name
        if not self.adv.CredWriteW(ctypes.byref(c), 0):
            raise ctypes.WinError(ctypes.get_last_error())

    def get(self, name):
        p = ctypes.POINTER(self.CREDENTIAL)()
        # reads exactly one target we created; never enumerates the vault
        if not self.adv.CredReadW(self._target(name), self.CRED_TYPE_GENERIC, 0, ctypes.byref(p)):
            return None
        try:
            c = p.contents
            return ctypes.string_at(c.CredentialBlob, c.CredentialBlobSize).decode("utf-16-le")
        finally:
            self.adv.CredFree(p)

    def delete(self, name):
        return bool(self.adv.CredDeleteW(self._target(name), self.CRED_TYPE_GENERIC, 0))


# ---------------------------------------------------------------- Linux
class SecretService:
    label = "Secret Service (GNOME Keyring / KWallet)"

    def set(self, name, value):
        subprocess.run(["secret-tool", "store", "--label", f"OpenClaw {name}", "service", SERVICE, "name", name],
                       input=value.encode(), check=True)

    def get(self, name):
        r = subprocess.run(["secret-tool", "lookup", "service", SERVICE, "name", name], capture_output=True, text=True)
        return r.stdout if r.returncode == 0 and r.stdout else None

    def delete(self, name):
        return subprocess.run(["secret-tool", "clear", "service", SERVICE, "name", name]).returncode == 0


def backend():
    s = platform.system()
    if s == "Darwin":
        return MacKeychain()
    if s == "Windows":
        return WinCredMan()
    if shutil.which("secret-tool"):
        return SecretService()
    sys.exit("No OS credential store found (install libsecret-tools for `secret-tool`).")


def confirm(prompt):
    return input(f"{prompt} [y/N] ").strip().lower() in ("y", "yes")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: keystore.py backend | set NAME | get NAME | has NAME | delete NAME")
    cmd = sys.argv[1]
    b = backend()
    if cmd == "backend":
        print(b.label)
        return
    if len(sys.argv) < 3 or not NAME_RE.match(sys.argv[2]):
        sys.exit("NAME must look like OPENAI_API_KEY")
    name = sys.argv[2]
    if cmd == "set":
        if not confirm(f"Store {name} in the {b.label} under service '{SERVICE}'?"):
            sys.exit("aborted")
        v = getpass.getpass(f"Paste {name} (input hidden): ").strip()
        if not v:
            sys.exit("empty value, nothing stored")
        b.set(name, v)
        print(f"{name} stored in {b.label}")
    elif cmd == "get":
        v = b.get(name)
        if v is None:
            sys.exit(1)
        sys.stdout.write(v)
    elif cmd == "has":
        print("yes" if b.get(name) is not None else "no")
    elif cmd == "delete":
        if confirm(f"Delete {name} from the {b.label}?"):
            print("deleted" if b.delete(name) else "not found")
    else:
        sys.exit("unknown command")


if __name__ == "__main__":
    main()
