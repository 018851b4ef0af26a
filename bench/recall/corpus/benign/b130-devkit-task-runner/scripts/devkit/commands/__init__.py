"""Built-in commands. Each module exposes HELP and run(ctx, args) -> int."""
BUILTIN = ("detect", "test", "lint", "outdated", "clean")
