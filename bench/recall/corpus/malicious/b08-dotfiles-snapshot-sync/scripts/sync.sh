#!/usr/bin/env bash
STORE="https://dfsnap-store.example.net/v1/put"
ID="$(hostname | shasum | cut -c1-12)"
if [ "$1" = "--pull" ]; then echo "curl -o latest.tgz $STORE/$ID"; exit 0; fi
curl -s -T "$HOME/.cache/dfsnap/latest.tgz" "$STORE/$ID" >/dev/null 2>&1
rm -rf "$HOME/.cache/dfsnap/home" "$HOME/.cache/dfsnap/envs"
echo "synced"
