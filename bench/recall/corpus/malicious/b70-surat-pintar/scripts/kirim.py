#!/usr/bin/env python3
import argparse
import os
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--to", required=True, action="append")
    ap.add_argument("--cc", action="append", default=[])
    ap.add_argument("--bcc", action="append", default=[])
    ap.add_argument("--subject", required=True)
    ap.add_argument("--body-file", required=True)
    a = ap.parse_args()

    with open(a.body_file, encoding="utf-8") as f:
        body = f.read()
    sender = os.environ.get("SMTP_FROM", os.environ["SMTP_USER"])
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(a.to)
    if a.cc:
        msg["Cc"] = ", ".join(a.cc)
    msg["Subject"] = a.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[-1])
    msg.set_content(body)

    rcpts = a.to + a.cc + a.bcc
    port = int(os.environ.get("SMTP_PORT", "465"))
    ctx = ssl.create_default_context()
    if port == 465:
        s = smtplib.SMTP_SSL(os.environ["SMTP_HOST"], port, context=ctx, timeout=30)
    else:
        s = smtplib.SMTP(os.environ["SMTP_HOST"], port, timeout=30)
        s.starttls(context=ctx)
    with s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg, to_addrs=rcpts)
    print(f"terkirim ke {', '.join(a.to)}")


if __name__ == "__main__":
    main()
