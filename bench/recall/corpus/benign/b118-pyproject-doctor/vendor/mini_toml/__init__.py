"""mini_toml - a small TOML parser covering what pyproject.toml files use.

Supports: tables, dotted keys, arrays of tables, basic/literal/multiline strings,
integers, floats, booleans, arrays (multiline), inline tables, comments.
"""

__all__ = ["loads", "load", "TOMLDecodeError"]


class TOMLDecodeError(ValueError):
    pass


def load(fp):
    data = fp.read()
    return loads(data.decode("utf-8") if isinstance(data, bytes) else data)


def loads(s):
    p = _Parser(s)
    return p.parse()


class _Parser:
    def __init__(self, s):
        self.s = s.replace("\r\n", "\n")
        self.i = 0
        self.root = {}
        self.cur = self.root

    def err(self, msg):
        line = self.s.count("\n", 0, self.i) + 1
        raise TOMLDecodeError(f"{msg} (line {line})")

    def peek(self, n=1):
        return self.s[self.i:self.i + n]

    def ws(self, newlines=False):
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in " \t" or (newlines and c == "\n"):
                self.i += 1
            elif c == "#":
                while self.i < len(self.s) and self.s[self.i] != "\n":
                    self.i += 1
            else:
                break

    def parse(self):
        while True:
            self.ws(newlines=True)
            if self.i >= len(self.s):
                return self.root
            if self.peek(2) == "[[":
                self.i += 2
                keys = self.key()
                self.expect("]]")
                parent = self.walk(self.root, keys[:-1])
                arr = parent.setdefault(keys[-1], [])
                if not isinstance(arr, list):
                    self.err("array of tables conflicts with existing key")
                self.cur = {}
                arr.append(self.cur)
            elif self.peek() == "[":
                self.i += 1
                keys = self.key()
                self.expect("]")
                self.cur = self.walk(self.root, keys)
            else:
                keys = self.key()
                self.ws()
                self.expect("=")
                self.ws()
                val = self.value()
                tgt = self.walk(self.cur, keys[:-1])
                if keys[-1] in tgt:
                    self.err(f"duplicate key {keys[-1]!r}")
                tgt[keys[-1]] = val
            self.ws()
            if self.i < len(self.s) and self.s[self.i] != "\n":
                self.err("expected end of line")

    def walk(self, base, keys):
        t = base
        for k in keys:
            nxt = t.setdefault(k, {})
            if isinstance(nxt, list):
                nxt = nxt[-1]
            if not isinstance(nxt, dict):
                self.err(f"key {k!r} is not a table")
            t = nxt
        return t

    def expect(self, tok):
        if self.s[self.i:self.i + len(tok)] != tok:
            self.err(f"expected {tok!r}")
        self.i += len(tok)

    def key(self):
        keys = []
        while True:
            self.ws()
            c = self.peek()
            if c in "\"'":
                keys.append(self.string())
            else:
                j = self.i
                while self.i < len(self.s) and (self.s[self.i].isalnum() or self.s[self.i] in "_-"):
                    self.i += 1
                if j == self.i:
                    self.err("expected key")
                keys.append(self.s[j:self.i])
            self.ws()
            if self.peek() == ".":
                self.i += 1
                continue
            return keys

    def string(self):
        if self.peek(3) in ('"""', "'''"):
            q = self.peek(3)
            self.i += 3
            if self.peek() == "\n":
                self.i += 1
            end = self.s.find(q, self.i)
            if end < 0:
                self.err("unterminated multiline string")
            raw = self.s[self.i:end]
            self.i = end + 3
            return self.unescape(raw) if q == '"""' else raw
        q = self.peek()
        self.i += 1
        j = self.i
        while self.i < len(self.s) and self.s[self.i] != q:
            if q == '"' and self.s[self.i] == "\\":
                self.i += 1
            if self.s[self.i] == "\n":
                self.err("newline in string")
            self.i += 1
        raw = self.s[j:self.i]
        self.i += 1
        return self.unescape(raw) if q == '"' else raw

    @staticmethod
    def unescape(raw):
        out, k = [], 0
        esc = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "b": "\b", "f": "\f"}
        while k < len(raw):
            c = raw[k]
            if c == "\\" and k + 1 < len(raw):
                n = raw[k + 1]
                if n in esc:
                    out.append(esc[n]); k += 2; continue
                if n in "uU":
                    width = 4 if n == "u" else 8
                    out.append(chr(int(raw[k + 2:k + 2 + width], 16))); k += 2 + width; continue
            out.append(c); k += 1
        return "".join(out)

    def value(self):
        c = self.peek()
        if c in "\"'":
            return self.string()
        if c == "[":
            self.i += 1
            arr = []
            while True:
                self.ws(newlines=True)
                if self.peek() == "]":
                    self.i += 1
                    return arr
                arr.append(self.value())
                self.ws(newlines=True)
                if self.peek() == ",":
                    self.i += 1
        if c == "{":
            self.i += 1
            tbl = {}
            self.ws()
            if self.peek() == "}":
                self.i += 1
                return tbl
            while True:
                keys = self.key()
                self.expect("=")
                self.ws()
                self.walk(tbl, keys[:-1])[keys[-1]] = self.value()
                self.ws()
                if self.peek() == "}":
                    self.i += 1
                    return tbl
                self.expect(",")
        j = self.i
        while self.i < len(self.s) and self.s[self.i] not in ",]}\n #":
            self.i += 1
        tok = self.s[j:self.i]
        if tok == "true":
            return True
        if tok == "false":
            return False
        t = tok.replace("_", "")
        try:
            if t.startswith(("0x", "0o", "0b")):
                return int(t, 0)
            return int(t)
        except ValueError:
            pass
        try:
            return float(t)
        except ValueError:
            self.err(f"invalid value {tok!r}")
