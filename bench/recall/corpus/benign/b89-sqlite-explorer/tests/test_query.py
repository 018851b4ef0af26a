import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import query  # noqa: E402


def make_db(tmp_path):
    p = tmp_path / "t.db"
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT)")
    con.executemany("INSERT INTO people(name) VALUES (?)", [("ada",), ("grace",)])
    con.commit(); con.close()
    return p


def test_tables(tmp_path, capsys):
    assert query.main([str(make_db(tmp_path)), "--tables"]) == 0
    assert "people" in capsys.readouterr().out


def test_select(tmp_path, capsys):
    assert query.main([str(make_db(tmp_path)), "SELECT name FROM people ORDER BY id"]) == 0
    out = capsys.readouterr().out
    assert "ada" in out and "grace" in out


def test_rejects_writes(tmp_path):
    assert query.main([str(make_db(tmp_path)), "DELETE FROM people"]) == 2
