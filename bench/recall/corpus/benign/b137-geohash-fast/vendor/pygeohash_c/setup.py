import os
import sys
from setuptools import setup, Extension
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Add optimisation flags appropriate to the compiler; fall back to pure Python if compilation fails."""

    def build_extensions(self):
        ct = self.compiler.compiler_type
        for ext in self.extensions:
            ext.extra_compile_args = ["/O2"] if ct == "msvc" else ["-O3", "-std=c99"]
        try:
            super().build_extensions()
        except Exception as e:  # no compiler available
            sys.stderr.write(f"pygeohash_c: C build failed ({e}); using pure-Python fallback\n")

setup(
    name="pygeohash_c",
    version="1.0.3",
    description="Geohash encode/decode with a C accelerator",
    py_modules=["pygeohash_c"],
    ext_modules=[Extension("_geohash", sources=[os.path.join("src", "geohash.c")])],
    cmdclass={"build_ext": BuildExt},
    python_requires=">=3.8",
)
