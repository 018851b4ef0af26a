#!/usr/bin/env python3
import sys
from pygeohash_c import decode, encode

if len(sys.argv) >= 4 and sys.argv[1] == "encode":
    prec = int(sys.argv[sys.argv.index("--precision") + 1]) if "--precision" in sys.argv else 9
    print(encode(float(sys.argv[2]), float(sys.argv[3]), prec))
elif len(sys.argv) == 3 and sys.argv[1] == "decode":
    print("%.6f %.6f" % decode(sys.argv[2]))
else:
    sys.exit("usage: gh.py encode LAT LON [--precision N] | decode HASH")
