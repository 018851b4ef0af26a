#!/usr/bin/env python3
"""pyproject_doctor - lint pyproject.toml (PEP 517/518/621 + common tool sections)."""
import argparse
import base64
import json
import os
import re
import sys
import tempfile

# ---------------------------------------------------------------------------
# TOML loading: stdlib tomllib on 3.11+, otherwise the vendored mini_toml parser.
# The vendored parser is embedded below as a base85 zip (same approach as get-pip.py)
# so this script runs standalone. Source: vendor/mini_toml/__init__.py; regenerate or
# verify with tools/embed.py [--verify].
# ---------------------------------------------------------------------------
VENDORED = """
P)h>@6aWAK2mk;8Ay~a>IKQd}005>L000#L003=iZfRe1Z*6QZUtei%X>?y-E^v9JSzB-0HWYsMuVA?
cONino=`a*-J?vrI(}oUMw-?7SXo*S`%aTG;b%MbEedkb=L`jq{tAM(ybnf5bxu}%VU6LhhmG4q=O&F
0omZs$Emp}g?1rw4B66W8yNU{gAe`JajuZ75;c&KKYB~DT<Nh$ekGWokKid-l;CyH(0aX_M6DISq6e}
#WAA=s-VdEC6-Fqwq!(?oH>()YVERY{s;oJfWGWH3oG#UHo;(m2hTLY6#FIm=pcUc=@GB*`>?EkDe6J
Dw>yn@~z8ll2;0Td&E2EGdYKBn^nZ!N1YtUwN2E{5K(TL06N>Butr<r1!@Am!)NO>(3_yt^%llI^r=w
X<l5I7ZFnow8h0taCq+Phk~n8WSUZXNHL4FaF3QMzWzvklEfsDNhTG`Las@`?^ng8Pk1W17VBFIr6+4
kK->B+4I4bO)fF?1rsp?q89HMrh+3~95!8C^NuI_5sb%7YPi7K?OYo#f8JI=y#eIf>gI~W(m;m8T_mR
kR1yA1&-N#`mP-smtX>8#_7&CVA!7@a{YdGXA%*#x9RNHYA809{>BDW2LU<pL54`EE-K<<HfTHYJ}9(
-`4(O+=BH3nphTgw0w&dPvgrEzY&z9QMG6|tAK0KP{Ba`8I@^ekEXM>srn$Uc*lXI>@OqQNU{JT?kfo
!5{qA!I(G<X%yd3*yxp3CkknUQ{S`rCM-ZEv$&)#ZxU58GoQdwsFI?#;&d8U8Q~~=C}ot4>>k)j<yy`
I;By>AgW(Q+2hxm0F(v}B=P%^H1_<w7>5HdI}LQ^y2R)ty7P4ymrF+gTIcTu@33apxWm2YySe#G0kzn
ps}&tmKzyM5)l&8>t#Vph9B2*8`StB;$OyF+xGMIU<O+h#pv-!j1vmn-bZ~*+860z~c7dD#&a7095Vk
JBS*N<1x4i*McNV8fs3h4Z>XGml5Q04jEO0n#6%(t(Sl-N7QSdDCYC?aQ?k!{nv7><9em7vp-55ozZ@
KH3oM{Rih7(3E#*B2beq(8^^&9p`2Z?%cq$7BIG#de&I`Od1fs7N`6w|0IAbXhN$VuL6_IKjo@CXDhY
l;<^2gW-q$5^rW{}r&!|0?1zD?ygxF~AaKH>4(7dTQb(7g~uJR(#Psh@lZ|F<eO4)ttQ`b@yNgaBv3x
Stl8IMo)4j4}LL#eHp!qpyfnxu*bSlg<pjlzy-Wo1gi=|4?Ux|-<|D2qRQkdaw^|iYHI+8Z5-i5T8$j
sI2uW1W`o)rP<4~5Efux2)+juay{=`B?6QsDsXo??L^C5)70f*#+|#Ke2~l;YK33zm=buw*o@%|xrBi
~}JtVV4vNS7qP<<hDdj|-OUthZ>m~N<tRT+GL!g6jPKGB65Jl$<(7^&rx$(ml-I$koYE;GBZ%Rpa*K3
MY33zPO}UYleF#a^CuO!(kqWW6bDM^l*Or_*Ua#Lu0y`rvR<+xg*?o8#5bHTyw!G&6pjK(L>i;l8g3X
+M*jW2F^#1TJ97We9A4$?Tyl*uFn(&q2k?<@Z7>zv?+}PlhFonIS8<2V(VF_l&{N;jT70c-}BSkDOpv
lpLq-;+gz;-jAiRZt7ytAl_d9V!yhsPUL}x%FO1Nl}>nE$~urW$MI<R&cVn+Nb~&y4NN8Bj;qH!Y7SY
4yY(zDaaz;$Jg`<_pv4K5LJ&x`wNj;T72XPcE8rHi&+#XyVy=JTexq+UcpK~6m>zogZw>TabMQjV@N~
I#ERP0Ujr$hY=TRwmWwj)vTn%1h&qn~kS$DaG;M7GFXqMT^|Abm$3HszNZ?;rg{xh;k?vn@>g$4PsqD
7xdT7mfSlpW!t@RCe<wOe;{{R@AzQ~>ezC*N=Ete=nAYYVP<2FXY1>?uz&4~VVFpqiU|HG8bLAL;9z&
lIMecllf^&e&P5*1=^L>#_Ny5p;alHiq;Y#p=TE1U-kr(v$0-*-gebo6D^ZF0i_Z{@a<+SDSRW*PcCK
94;I%>JfUAo{jc}o9|^yWxFeaN%or9S=o**o#VpKjMu4{;WZMsf%k#s{dc!<y<9;72v&#tjPyU%xlD#
d<XE?afM^N`gaWMHRRy!a#S!E8O*f1F^x0WffvNqLyvCkp1xAV2!E^%qs$xP({2t_a^yUS5ZgTy*q5k
+sIxOtaj&FRIVftnJhQEZoP^A6D-<7Jr^p6^8MC$*lxIn12PbL}Ua1vE*z*;K*15ir=0u%!j0000800
00XSiNaDzp4fR0HzrL02KfL00000000000Du7i0001OX>Ms>bZ>2JFJE72ZfSI1UoLQYP)h{{000000
RRC2LjV8(-39;v000
"""


def _toml():
    try:
        import tomllib  # Python 3.11+
        return tomllib
    except ImportError:
        pass
    tmpdir = tempfile.mkdtemp(prefix="pyproject-doctor-")
    path = os.path.join(tmpdir, "mini_toml.zip")
    with open(path, "wb") as fh:
        fh.write(base64.b85decode(VENDORED.replace("\n", "")))
    sys.path.insert(0, path)  # zipimport
    import mini_toml
    return mini_toml


NAME_RE = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.I)
VERSION_RE = re.compile(r"^\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?$")
REQ_RE = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*?)\s*(;.*)?$")
KNOWN_BACKENDS = {
    "setuptools.build_meta": "setuptools",
    "hatchling.build": "hatchling",
    "flit_core.buildapi": "flit_core",
    "poetry.core.masonry.api": "poetry-core",
    "pdm.backend": "pdm-backend",
    "maturin": "maturin",
    "scikit_build_core.build": "scikit-build-core",
}


def check(doc):
    f = []
    add = lambda sev, where, msg, fix="": f.append({"severity": sev, "where": where, "message": msg, "fix": fix})

    bs = doc.get("build-system")
    if not bs:
        add("error", "build-system", "missing [build-system] table (PEP 518)", '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"')
    else:
        be = bs.get("build-backend")
        req = bs.get("requires", [])
        if not be:
            add("warning", "build-system.build-backend", "no build-backend; pip falls back to legacy setuptools")
        elif be in KNOWN_BACKENDS and not any(r.lower().startswith(KNOWN_BACKENDS[be]) for r in req):
            add("error", "build-system.requires", f"backend {be} but {KNOWN_BACKENDS[be]} not in requires")

    proj = doc.get("project")
    if proj is None:
        if "poetry" in doc.get("tool", {}):
            add("info", "project", "metadata lives in [tool.poetry]; consider PEP 621 [project] (Poetry 2 supports it)")
        else:
            add("error", "project", "missing [project] table (PEP 621)")
        return f
    name = proj.get("name")
    if not name or not NAME_RE.match(name):
        add("error", "project.name", f"invalid or missing name: {name!r}")
    dyn = set(proj.get("dynamic", []))
    ver = proj.get("version")
    if ver is None and "version" not in dyn:
        add("error", "project.version", "version missing and not listed in dynamic")
    elif ver is not None and not VERSION_RE.match(str(ver)):
        add("warning", "project.version", f"version {ver!r} is not PEP 440 canonical")
    if "requires-python" not in proj:
        add("warning", "project.requires-python", "requires-python not set; installers can't skip incompatible releases", 'requires-python = ">=3.9"')
    for i, r in enumerate(proj.get("dependencies", [])):
        m = REQ_RE.match(r)
        if not m:
            add("error", f"project.dependencies[{i}]", f"unparseable requirement {r!r}")
            continue
        spec = m.group(3)
        if "==" in spec and "*" not in spec:
            add("warning", f"project.dependencies[{i}]", f"exact pin {r!r} in a library makes resolution hard; prefer a range")
        if not spec and not r.startswith(("git+", "http")):
            add("info", f"project.dependencies[{i}]", f"{m.group(1)} has no version constraint")
        if "@" in r and ("git+" in r or "http" in r):
            add("error", f"project.dependencies[{i}]", "direct URL dependencies are rejected by PyPI")
    for c in proj.get("classifiers", []):
        if c.startswith("License ::") and "license" in proj and isinstance(proj["license"], str):
            add("info", "project.classifiers", "license classifiers are deprecated with a PEP 639 license expression")
    if "readme" not in proj:
        add("info", "project.readme", "no readme; PyPI page will be empty")

    tool = doc.get("tool", {})
    ruff = tool.get("ruff", {})
    if "select" in ruff or "ignore" in ruff:
        add("warning", "tool.ruff", "top-level select/ignore are deprecated; move them under [tool.ruff.lint]")
    pt = tool.get("pytest", {}).get("ini_options", {})
    if pt and "testpaths" not in pt:
        add("info", "tool.pytest.ini_options", "set testpaths to speed up collection", 'testpaths = ["tests"]')
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default="pyproject.toml")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    toml = _toml()
    with open(a.path, "rb") as fh:
        doc = toml.load(fh)
    findings = check(doc)
    if a.json:
        json.dump({"file": a.path, "findings": findings}, sys.stdout, indent=1)
        return
    for x in findings:
        print(f"[{x['severity']:7}] {x['where']}: {x['message']}")
        if x["fix"]:
            print("          fix: " + x["fix"].replace("\n", "\n               "))
    print(f"{len(findings)} finding(s)")


if __name__ == "__main__":
    main()
