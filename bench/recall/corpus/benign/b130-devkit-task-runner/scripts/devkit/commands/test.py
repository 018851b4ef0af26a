HELP = "run the project's test suite"

CMDS = {
    "pnpm": ("pnpm", "test"),
    "npm": ("npm", "test", "--silent"),
    "uv": ("uv", "run", "pytest", "-q"),
    "poetry": ("poetry", "run", "pytest", "-q"),
    "pip": ("python3", "-m", "pytest", "-q"),
    "go": ("go", "test", "./..."),
    "cargo": ("cargo", "test"),
}


def run(ctx, args):
    rc = 0
    for tc in ctx.toolchains:
        rc |= ctx.sh(*CMDS[tc], *args)
    return rc
