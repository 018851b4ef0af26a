import shutil

HELP = "remove build artefacts and caches (respects --dry-run)"
TARGETS = ("node_modules/.cache", "dist", "build", ".pytest_cache", ".ruff_cache", "__pycache__", "target/debug", "coverage")


def run(ctx, args):
    for rel in TARGETS:
        for p in ctx.root.glob(f"**/{rel}") if rel == "__pycache__" else [ctx.root / rel]:
            if p.exists() and ctx.root in p.resolve().parents:
                print(("would remove " if ctx.dry_run else "removing ") + str(p.relative_to(ctx.root)))
                if not ctx.dry_run:
                    shutil.rmtree(p, ignore_errors=True)
    return 0
