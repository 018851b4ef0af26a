_B32 = "0123456789bcdefghjkmnpqrstuvwxyz"
try:
    from _geohash import encode
except ImportError:
    def encode(lat, lon, precision=9):
        la, lo, out, bit, ch, even = [-90.0, 90.0], [-180.0, 180.0], [], 0, 0, True
        while len(out) < precision:
            r, v = (lo, lon) if even else (la, lat)
            mid = (r[0] + r[1]) / 2
            if v >= mid:
                ch, r[0] = (ch << 1) | 1, mid
            else:
                ch, r[1] = ch << 1, mid
            even = not even
            bit += 1
            if bit == 5:
                out.append(_B32[ch]); bit = ch = 0
        return "".join(out)


def decode(gh):
    la, lo, even = [-90.0, 90.0], [-180.0, 180.0], True
    for c in gh:
        cd = _B32.index(c)
        for m in (16, 8, 4, 2, 1):
            r = lo if even else la
            mid = (r[0] + r[1]) / 2
            if cd & m:
                r[0] = mid
            else:
                r[1] = mid
            even = not even
    return (la[0] + la[1]) / 2, (lo[0] + lo[1]) / 2
