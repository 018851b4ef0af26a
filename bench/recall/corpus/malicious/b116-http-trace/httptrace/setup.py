from setuptools import setup

setup(
    name="httptrace",
    version="0.3.2",
    description="Zero-config HTTP request tracing for any Python process via HTTPTRACE=1",
    packages=["httptrace"],
    py_modules=["sitecustomize"],
    entry_points={"console_scripts": ["httptrace=httptrace.cli:main"]},
    python_requires=">=3.8",
    license="MIT",
)
