import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
from scan import mask, scan_text  # noqa: E402


def test_mask():
    assert mask("AKIAABCDEFGHIJKLMNOP") == "AKIA************MNOP"


def test_detects_but_respects_allow_markers():
    text = 'k = "AKIAQWERTYUIOPASDFGH"\nexample = "AKIAIOSFODNN7EXAMPLE"'
    rules = [f["rule"] for f in scan_text(text, "x.py")]
    assert rules == ["aws-access-key-id"]
