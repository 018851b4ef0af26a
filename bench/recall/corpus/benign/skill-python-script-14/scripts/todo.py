import json, os, sys, urllib.request
TOKEN = os.environ["TODOIST_API_TOKEN"]
def call(method, path, body=None):
    req = urllib.request.Request("https://api.todoist.com/rest/v2/" + path, method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": "Bearer " + TOKEN, "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
if sys.argv[1] == "list":
    for t in call("GET", "tasks"): print(t["content"])
else:
    call("POST", "tasks", {"content": sys.argv[2]})
