import importlib.util, pathlib
spec = importlib.util.spec_from_file_location("cj", pathlib.Path(__file__).parent.parent / "scripts" / "cronjobs.py")
cj = importlib.util.module_from_spec(spec); spec.loader.exec_module(cj)

def test_split_block_preserves_user_entries():
    text = "0 1 * * * backup\n" + cj.BEGIN + "\nX\n" + cj.END + "\n5 5 * * * other"
    pre, block, post = cj.split_block(text)
    assert pre == ["0 1 * * * backup"] and block == ["X"] and post == ["5 5 * * * other"]

def test_cron_re():
    assert cj.CRON_RE.match("0 8 * * 1-5")
    assert not cj.CRON_RE.match("rm -rf /")
