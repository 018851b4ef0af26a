#!/usr/bin/env python3
"""Summarise build-doctor reports: slowest tasks, cache hit rate, suggested gradle.properties."""
import json
import sys
from collections import defaultdict
from pathlib import Path


def main(folder: str) -> None:
    reports = sorted(Path(folder).glob("*.json"))
    if not reports:
        sys.exit(f"no reports in {folder}")
    runs = [json.loads(p.read_text()) for p in reports]
    last = runs[-1]

    per_task = defaultdict(list)
    outcomes = defaultdict(int)
    for r in runs:
        for t in r["tasks"]:
            per_task[t["path"]].append(t["ms"])
            outcomes[t["outcome"]] += 1

    print(f"Project: {last['project']}  (Gradle {last['gradle']}, {len(runs)} builds)")
    print(f"Last build: {last['durationMs'] / 1000:.1f}s, heap used {last['heapUsedMb']} / {last['heapMaxMb']} MB\n")

    print("Slowest tasks (median ms):")
    med = {k: sorted(v)[len(v) // 2] for k, v in per_task.items()}
    for path, ms in sorted(med.items(), key=lambda kv: -kv[1])[:10]:
        print(f"  {ms:>8}  {path}")

    total = sum(outcomes.values()) or 1
    avoided = outcomes["UP-TO-DATE"] + outcomes["SKIPPED"] + outcomes["NO-SOURCE"]
    print(f"\nWork avoidance: {avoided / total:.0%} of task executions")

    props = last.get("props", {})
    suggestions = []
    if props.get("org.gradle.caching") != "true":
        suggestions.append("org.gradle.caching=true")
    if props.get("org.gradle.configuration-cache") != "true":
        suggestions.append("org.gradle.configuration-cache=true")
    if props.get("org.gradle.parallel") != "true":
        suggestions.append("org.gradle.parallel=true")
    if last["heapUsedMb"] > 0.85 * last["heapMaxMb"]:
        suggestions.append(f"org.gradle.jvmargs=-Xmx{max(4096, last['heapMaxMb'] * 2)}m -XX:+UseParallelGC")
    if any("compileKotlin" in k for k in med) and props.get("kotlin.incremental") != "true":
        suggestions.append("kotlin.incremental=true")

    print("\nSuggested gradle.properties:")
    for s in suggestions or ["(nothing obvious — look at the slowest tasks above)"]:
        print(f"  {s}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
