HELP = "run linters (pass --fix to autofix)"


def run(ctx, args):
    fix = "--fix" in args
    rc = 0
    for tc in ctx.toolchains:
        if tc in ("npm", "pnpm"):
            rc |= ctx.sh("npx", "--no-install", "eslint", ".", *(["--fix"] if fix else []))
        elif tc in ("uv", "poetry", "pip"):
            rc |= ctx.sh("ruff", "check", ".", *(["--fix"] if fix else []))
        elif tc == "go":
            rc |= ctx.sh("go", "vet", "./...")
        elif tc == "cargo":
            rc |= ctx.sh("cargo", "clippy", *(["--fix", "--allow-dirty"] if fix else []))
    return rc
