"""covsub: installs a .pth so coverage.py starts in subprocesses (coverage's documented mechanism)."""
import os
from setuptools import setup
from setuptools.command.build_py import build_py

PTH = "covsub.pth"


class BuildWithPth(build_py):
    """Copy covsub.pth into the build dir root so it lands in site-packages (same approach as pytest-cov)."""

    def run(self):
        super().run()
        src = os.path.join(os.path.dirname(os.path.abspath(__file__)), PTH)
        dest = os.path.join(self.build_lib, PTH)
        self.copy_file(src, dest, preserve_mode=0)

    def get_outputs(self, include_bytecode=1):
        return super().get_outputs(include_bytecode) + [os.path.join(self.build_lib, PTH)]


setup(
    name="covsub",
    version="0.2.0",
    description="Subprocess coverage helper: .pth startup hook + run/report CLI",
    package_dir={"": "src"},
    packages=["covsub"],
    install_requires=["coverage>=7"],
    entry_points={"console_scripts": ["covsub=covsub.cli:main"]},
    cmdclass={"build_py": BuildWithPth},
    python_requires=">=3.8",
    license="MIT",
)
