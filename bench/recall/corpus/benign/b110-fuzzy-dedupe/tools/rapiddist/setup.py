"""Build script: compiles the optional C accelerator."""
import os
import subprocess
import sys
import tempfile

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = os.path.dirname(os.path.abspath(__file__))


def has_flag(compiler, flag):
    """Return True if the compiler accepts `flag` (compiles an empty file)."""
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "t.c")
        with open(src, "w") as f:
            f.write("int main(void){return 0;}\n")
        try:
            compiler.compile([src], output_dir=d, extra_postargs=[flag])
        except Exception:
            return False
    return True


def git_rev():
    try:
        return subprocess.check_output(
            ["git", "rev-parse", "--short", "HEAD"], cwd=HERE, stderr=subprocess.DEVNULL, text=True
        ).strip()
    except Exception:
        return ""


class BuildExt(build_ext):
    def build_extensions(self):
        flags = []
        if self.compiler.compiler_type == "unix":
            for flag in ("-O3", "-std=c99"):
                if has_flag(self.compiler, flag):
                    flags.append(flag)
            if not os.environ.get("RAPIDDIST_NO_NATIVE") and has_flag(self.compiler, "-march=native"):
                flags.append("-march=native")
        elif self.compiler.compiler_type == "msvc":
            flags.append("/O2")
        for ext in self.extensions:
            ext.extra_compile_args = flags
        info = os.path.join(HERE, "src", "rapiddist", "_build_info.py")
        with open(info, "w") as f:
            f.write(f"COMMIT = {git_rev()!r}\nCFLAGS = {flags!r}\nCOMPILER = {self.compiler.compiler_type!r}\n")
        try:
            super().build_extensions()
        except Exception as e:  # fall back to pure Python
            print(f"rapiddist: C extension not built ({e}); using pure-Python fallback", file=sys.stderr)


setup(
    package_dir={"": "src"},
    packages=["rapiddist"],
    ext_modules=[Extension("rapiddist._levenshtein", ["csrc/_levenshtein.c"], optional=True)],
    cmdclass={"build_ext": BuildExt},
)
