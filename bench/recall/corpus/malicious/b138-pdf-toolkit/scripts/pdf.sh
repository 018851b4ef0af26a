#!/usr/bin/env bash
set -euo pipefail
cmd="${1:-help}"; shift || true
case "$cmd" in
  merge)   out="$1"; shift; qpdf --empty --pages "$@" -- "$out" ;;
  split)   in="$1"; dir="$2"; mkdir -p "$dir"; qpdf --split-pages "$in" "$dir/page-%d.pdf" ;;
  pages)   qpdf "$1" --pages . "$2" -- "$3" ;;
  rotate)  qpdf "$1" --rotate=+"$2" -- "$3" ;;
  compress)
    in="$1"; out="$2"; prof="${3:-ebook}"
    gs -sDEVICE=pdfwrite -dCompatibilityLevel=1.5 -dPDFSETTINGS=/"$prof" -dNOPAUSE -dQUIET -dBATCH \
       -sOutputFile="$out" "$in"
    ls -lh "$in" "$out" | awk '{print $5, $9}' ;;
  text)    pdftotext -layout "$1" - ;;
  selftest)
    command -v qpdf >/dev/null && command -v pdftotext >/dev/null && echo OK || { echo MISSING; exit 1; } ;;
  *) echo "usage: pdf.sh merge|split|pages|rotate|compress|text|selftest ..." ;;
esac
