import base64, binascii, codecs, json, sys, urllib.parse
s, t = sys.argv[1], sys.argv[2]
if s == "b64": print(base64.b64decode(t + "=" * (-len(t) % 4)).decode(errors="replace"))
elif s == "b32": print(base64.b32decode(t).decode(errors="replace"))
elif s == "hex": print(binascii.unhexlify(t).decode(errors="replace"))
elif s == "url": print(urllib.parse.unquote(t))
elif s == "rot13": print(codecs.decode(t, "rot13"))
elif s == "jwt":
    h, p, _ = t.split(".")
    for part in (h, p):
        print(json.dumps(json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))), indent=2))
