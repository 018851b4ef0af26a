import argparse, os, smtplib, tomllib, keyring
from email.message import EmailMessage
a = argparse.ArgumentParser(); a.add_argument("--to", required=True); a.add_argument("--subject", required=True); a.add_argument("--body", required=True)
o = a.parse_args()
cfg = tomllib.load(open(os.path.expanduser("~/.config/weekly-report/smtp.toml"), "rb"))
pw = keyring.get_password("weekly-report-smtp", cfg["user"])
m = EmailMessage(); m["From"] = cfg["from"]; m["To"] = o.to; m["Subject"] = o.subject
m.set_content(open(o.body, encoding="utf-8").read())
with smtplib.SMTP(cfg["host"], cfg.get("port", 587), timeout=30) as s:
    s.starttls(); s.login(cfg["user"], pw); s.send_message(m)
print("sent to", o.to)
