"""Minimal in-tree PEP 517 backend that compiles src/levfast/_lev.c into a CPython extension.

No third-party build requirements: uses sysconfig for compiler flags and writes the wheel with zipfile.
If compilation fails, a pure-Python wheel is produced (levfast.core falls back automatically).
"""
import base64
import hashlib
import os
import shlex
import subprocess
import sys
import sysconfig
import tarfile
import tempfile
import zipfile
from pathlib import Path

NAME = "levfast"
VERSION = "0.4.0"
ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / NAME

METADATA = f"""Metadata-Version: 2.1
Name: {NAME}
Version: {VERSION}
Summary: Levenshtein distance with a tiny C core
Requires-Python: >=3.9
License: MIT
"""
ENTRY_POINTS = "[console_scripts]\nlevfast = levfast.cli:main\n"


def _compile(out_dir: Path):
    """Compile _lev.c with the same compiler/flags CPython was built with. Returns the .so path or None."""
    cc = shlex.split(sysconfig.get_config_var("CC") or "cc")
    cflags = shlex.split(sysconfig.get_config_var("CFLAGS") or "") + shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    ldshared = shlex.split(sysconfig.get_config_var("LDSHARED") or "cc -shared")
    include = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    obj = out_dir / "_lev.o"
    target = out_dir / f"_lev{suffix}"
    try:
        subprocess.run([*cc, *cflags, "-O2", f"-I{include}", "-c", str(SRC / "_lev.c"), "-o", str(obj)], check=True)
        subprocess.run([*ldshared, str(obj), "-o", str(target)], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        print(f"levfast: C extension build failed ({e}); building pure-Python wheel", file=sys.stderr)
        return None
    return target


def _hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _tag(has_ext: bool) -> str:
    if not has_ext:
        return "py3-none-any"
    impl = f"cp{sys.version_info.major}{sys.version_info.minor}"
    plat = sysconfig.get_platform().replace("-", "_").replace(".", "_")
    return f"{impl}-{impl}-{plat}"


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    di = Path(metadata_directory) / f"{NAME}-{VERSION}.dist-info"
    di.mkdir(parents=True, exist_ok=True)
    (di / "METADATA").write_text(METADATA)
    (di / "entry_points.txt").write_text(ENTRY_POINTS)
    return di.name


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    with tempfile.TemporaryDirectory() as tmp:
        ext = _compile(Path(tmp))
        tag = _tag(ext is not None)
        wheel_name = f"{NAME}-{VERSION}-{tag}.whl"
        dist_info = f"{NAME}-{VERSION}.dist-info"
        files = {}
        for p in sorted(SRC.glob("*.py")):
            files[f"{NAME}/{p.name}"] = p.read_bytes()
        if ext:
            files[f"{NAME}/{ext.name}"] = ext.read_bytes()
        files[f"{dist_info}/METADATA"] = METADATA.encode()
        files[f"{dist_info}/entry_points.txt"] = ENTRY_POINTS.encode()
        files[f"{dist_info}/WHEEL"] = (
            f"Wheel-Version: 1.0\nGenerator: levbuild\nRoot-Is-Purelib: {'false' if ext else 'true'}\nTag: {tag}\n"
        ).encode()
        record = "".join(f"{n},{_hash(d)},{len(d)}\n" for n, d in files.items()) + f"{dist_info}/RECORD,,\n"
        files[f"{dist_info}/RECORD"] = record.encode()
        with zipfile.ZipFile(os.path.join(wheel_directory, wheel_name), "w", zipfile.ZIP_DEFLATED) as zf:
            for n, d in files.items():
                zf.writestr(n, d)
    return wheel_name


def build_sdist(sdist_directory, config_settings=None):
    base = f"{NAME}-{VERSION}"
    path = os.path.join(sdist_directory, f"{base}.tar.gz")
    with tarfile.open(path, "w:gz") as tf:
        for rel in ["pyproject.toml", "_build/levbuild.py", *[str(p.relative_to(ROOT)) for p in SRC.iterdir() if p.suffix in (".py", ".c")]]:
            tf.add(ROOT / rel, arcname=f"{base}/{rel}")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        data = METADATA.encode()
        info.size = len(data)
        import io
        tf.addfile(info, io.BytesIO(data))
    return os.path.basename(path)
