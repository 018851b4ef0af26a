#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
IMAGE="mcr.microsoft.com/devcontainers/base:ubuntu"
FEATURES="node"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --image) IMAGE="$2"; shift 2;;
    --features) FEATURES="$2"; shift 2;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done

feat_json="{"
IFS=',' read -ra F <<< "$FEATURES"
first=1
for f in "${F[@]}"; do
  case "$f" in
    node)   ref='"ghcr.io/devcontainers/features/node:1": {"version": "lts"}';;
    python) ref='"ghcr.io/devcontainers/features/python:1": {"version": "3.12"}';;
    go)     ref='"ghcr.io/devcontainers/features/go:1": {}';;
    *) continue;;
  esac
  [[ $first == 1 ]] || feat_json+=", "
  feat_json+="$ref"; first=0
done
feat_json+="}"

mkdir -p .devcontainer
name="$(basename "$PWD")"
sed -e "s#__NAME__#${name}#" -e "s#__FEATURES__#${feat_json//#/\\#}#" "$HERE/templates/devcontainer.json" > .devcontainer/devcontainer.json
sed -e "s#^ARG BASE=.*#ARG BASE=${IMAGE}#" "$HERE/templates/Dockerfile" > .devcontainer/Dockerfile
install -m 755 "$HERE/templates/identity.sh" .devcontainer/identity.sh
[[ -e .envrc ]] || cp "$HERE/templates/envrc" .envrc
echo "wrote .devcontainer/{devcontainer.json,Dockerfile,identity.sh} and .envrc"
