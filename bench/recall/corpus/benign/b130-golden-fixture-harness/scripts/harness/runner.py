from __future__ import annotations

import difflib
import functools
import shlex
import subprocess
import time

from .fixtures import Case
from .sandbox import isolated_env

RESULTS: list[dict] = []


def recorded(fn):
    """Collect per-case results for the summary table."""
    @functools.wraps(fn)
    def wrapper(case: Case, *a, **kw):
        t0 = time.perf_counter()
        status, detail = fn(case, *a, **kw)
        RESULTS.append({"case": f"{case.suite}/{case.name}", "status": status,
                        "ms": round((time.perf_counter() - t0) * 1000), "detail": detail})
        return status, detail
    return wrapper


@recorded
def run_case(case: Case, cmd: str, update: bool, timeout: float) -> tuple[str, str]:
    argv = shlex.split(cmd) + case.parts.get(".args", [])
    with isolated_env(case.parts.get(".env")) as (env, tmp):
        try:
            p = subprocess.run(argv, input=case.parts.get(".in", b""), capture_output=True, env=env,
                               cwd=tmp, timeout=timeout)
        except subprocess.TimeoutExpired:
            return "TIMEOUT", f"> {timeout}s"
    got = p.stdout
    if update:
        case.golden.write_bytes(got)
        return "UPDATED", ""
    want = case.parts.get(".out")
    if want is None:
        return "NO-GOLDEN", "run with --update to create it"
    if got == want:
        return "PASS", ""
    diff = difflib.unified_diff(want.decode(errors="replace").splitlines(), got.decode(errors="replace").splitlines(),
                                "expected", "actual", lineterm="", n=2)
    return "FAIL", "\n".join(list(diff)[:60])
