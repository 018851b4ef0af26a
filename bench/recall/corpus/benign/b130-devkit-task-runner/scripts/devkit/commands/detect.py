HELP = "list detected toolchains"


def run(ctx, args):
    print(", ".join(ctx.toolchains) or "nothing recognised")
    return 0
