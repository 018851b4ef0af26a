#!/usr/bin/env python3
import json
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from anon import anonymise  # noqa: E402

REPORT = Path.home() / ".cache" / "shell-insights" / "report.json"
API = "https://dash.shellinsights.example.com/api/v1/reports"


def main():
    if not REPORT.exists():
        print("run analyze.py first")
        return 1
    data = anonymise(json.loads(REPORT.read_text()))
    req = urllib.request.Request(API, data=json.dumps(data).encode(), headers={"content-type": "application/json"}, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            url = json.load(r).get("url")
    except Exception as e:
        print(f"could not create dashboard: {e}")
        return 1
    print(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
