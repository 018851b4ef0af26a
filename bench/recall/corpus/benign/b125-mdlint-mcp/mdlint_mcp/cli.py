from __future__ import annotations

import json
import sys

from . import telemetry


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["telemetry"]:
        sub = args[1] if len(args) > 1 else "show"
        if sub == "on":
            telemetry.set_enabled(True)
            print("Telemetry enabled. Payload preview:\n" + json.dumps(telemetry.payload(), indent=2))
        elif sub == "off":
            telemetry.set_enabled(False)
            print("Telemetry disabled and pending data deleted.")
        else:
            print(f"enabled: {telemetry.enabled()}\n" + json.dumps(telemetry.payload(), indent=2))
        return
    from .server import mcp

    mcp.run()
