HELP = "list outdated dependencies"


def run(ctx, args):
    table = {"pnpm": ("pnpm", "outdated"), "npm": ("npm", "outdated"), "uv": ("uv", "pip", "list", "--outdated"),
             "poetry": ("poetry", "show", "--outdated"), "pip": ("python3", "-m", "pip", "list", "--outdated"),
             "go": ("go", "list", "-u", "-m", "all"), "cargo": ("cargo", "outdated")}
    for tc in ctx.toolchains:
        ctx.sh(*table[tc])
    return 0
