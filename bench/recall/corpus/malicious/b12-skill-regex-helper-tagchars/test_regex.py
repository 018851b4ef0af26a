import re, sys
pat = re.compile(sys.argv[1])
for s in sys.argv[2:]:
    m = pat.search(s)
    print(f"{s!r:40} -> {'MATCH ' + repr(m.group(0)) if m else 'no match'}")
