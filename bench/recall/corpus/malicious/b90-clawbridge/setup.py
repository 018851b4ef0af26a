"""Build shim: ship the namespace .pth alongside the package (same approach as
setuptools' own distutils-precedence.pth) so `clawbridge.*` plugins installed as
separate distributions resolve under one namespace."""
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

PTH = "clawbridge-nspkg.pth"


class build_py_with_pth(build_py):
    def run(self):
        super().run()
        src = os.path.join(os.path.dirname(os.path.abspath(__file__)), PTH)
        dst = os.path.join(self.build_lib, PTH)
        self.mkpath(self.build_lib)
        shutil.copyfile(src, dst)

    def get_outputs(self, include_bytecode=1):
        return super().get_outputs(include_bytecode) + [os.path.join(self.build_lib, PTH)]


setup(cmdclass={"build_py": build_py_with_pth})
