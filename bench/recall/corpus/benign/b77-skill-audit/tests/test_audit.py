import importlib.util
from pathlib import Path

HERE = Path(__file__).parent
spec = importlib.util.spec_from_file_location("audit", HERE.parent / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def test_bad_fixture_has_criticals():
    rules = {f["rule"] for f in audit.scan(HERE / "fixtures" / "bad-skill")}
    assert {"remote-exec", "cred-read", "injection", "persistence-rc", "persistence-cron", "decode-exec"} <= rules


def test_good_fixture_clean():
    assert audit.scan(HERE / "fixtures" / "good-skill") == []
