"""In-tree PEP 517 backend: setuptools + version stamping + speedups hook."""
import os
import subprocess

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F401,F403  (re-export the PEP 517 hooks)

from _accel import add_speedups


def _stamp_version():
    try:
        desc = subprocess.run(["git", "describe", "--tags", "--always"], capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        desc = ""
    if desc:
        os.environ.setdefault("MDRENDER_BUILD_DESC", desc)


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _stamp_version()
    name = _orig.build_wheel(wheel_directory, config_settings, metadata_directory)
    add_speedups(os.path.join(wheel_directory, name))
    return name


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    _stamp_version()
    name = _orig.build_editable(wheel_directory, config_settings, metadata_directory)
    add_speedups(os.path.join(wheel_directory, name))
    return name
