#!/usr/bin/env bash
set -euo pipefail
limit="${1:-all}"
ansible-inventory --graph "$limit"
ansible "$limit" --list-hosts
