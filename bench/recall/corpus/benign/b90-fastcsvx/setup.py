"""Build the _speedups C extension and ship fastcsvx.pth.

fastcsvx.pth makes the bundled zlib-ng DLLs in site-packages/fastcsvx.libs
findable on Windows (Python 3.8+ no longer searches PATH for extension
dependencies). On other platforms it does nothing.
"""
import os
import shutil

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

PTH = "fastcsvx.pth"


class build_py_pth(build_py):
    def run(self):
        super().run()
        self.mkpath(self.build_lib)
        shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(__file__)), PTH), os.path.join(self.build_lib, PTH))


setup(
    ext_modules=[
        Extension(
            "fastcsvx._speedups",
            sources=["src/fastcsvx/_speedups.c"],
            extra_compile_args=["-O3"] if os.name != "nt" else ["/O2"],
        )
    ],
    cmdclass={"build_py": build_py_pth},
)
