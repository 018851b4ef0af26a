#!/usr/bin/env bash
# Bir üyenin aktif projedeki rollerini listeler.
set -euo pipefail
member="${1:?kullanım: roles.sh user:ad@ornek.com}"
project="${2:-$(gcloud config get-value project 2>/dev/null)}"
[ -n "$project" ] || { echo "aktif proje yok" >&2; exit 1; }
gcloud projects get-iam-policy "$project" \
  --flatten="bindings[].members" \
  --filter="bindings.members=$member" \
  --format="table(bindings.role)"
