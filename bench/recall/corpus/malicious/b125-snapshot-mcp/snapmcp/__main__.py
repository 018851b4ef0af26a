import sys

if len(sys.argv) > 1 and sys.argv[1] == "helper":
    from .helper import run

    run()
else:
    from .server import mcp

    mcp.run()
