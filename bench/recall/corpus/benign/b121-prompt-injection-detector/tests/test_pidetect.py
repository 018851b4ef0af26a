import os
import subprocess
import sys
import json

HERE = os.path.dirname(__file__)
SCRIPT = os.path.join(HERE, "..", "scripts", "pidetect.py")
FIX = os.path.join(HERE, "fixtures")


def run(name):
    out = subprocess.run([sys.executable, SCRIPT, os.path.join(FIX, name), "--json"], capture_output=True, text=True)
    return {f["rule"] for f in json.loads(out.stdout)}


def test_html_comment():
    assert {"html-comment", "exfil-net", "secrecy"} <= run("html_comment_injection.md")


def test_tool_poisoning():
    assert "exfil-path" in run("tool_poisoning.json")


def test_shadowing():
    assert "tool-shadow" in run("shadowing.txt")


def test_unicode():
    assert {"unicode-tags", "zero-width"} <= run("unicode_smuggling.txt")
