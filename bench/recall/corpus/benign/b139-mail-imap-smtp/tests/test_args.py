import importlib.util, pathlib, pytest
spec = importlib.util.spec_from_file_location("mail", pathlib.Path(__file__).parent.parent / "scripts" / "mail.py")
mail = importlib.util.module_from_spec(spec); spec.loader.exec_module(mail)

def test_missing_password_exits(monkeypatch):
    monkeypatch.delenv("MAIL_PASSWORD", raising=False)
    monkeypatch.setenv("MAIL_USER", "me@example.com")
    monkeypatch.setitem(__import__("sys").modules, "keyring", None)
    with pytest.raises(SystemExit):
        mail.password()
