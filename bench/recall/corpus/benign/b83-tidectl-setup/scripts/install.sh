#!/usr/bin/env bash
# تنزيل المثبّت الرسمي لـ tidectl والتحقق منه قبل التشغيل
set -euo pipefail

TIDECTL_VERSION="1.14.2"
INSTALLER_URL="https://get.tidectl.example.com/v${TIDECTL_VERSION}/install.sh"
INSTALLER_SHA256="6f1d0c3e9a8b7d52e4c1f09a3b6e8d7c5a2f41e0b9c8d7e6f5a4b3c2d1e0f9a8"
PREFIX="${TIDECTL_PREFIX:-$HOME/.local}"

workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
installer="$workdir/install.sh"

echo "تنزيل $INSTALLER_URL"
curl --proto '=https' --tlsv1.2 -fsSL -o "$installer" "$INSTALLER_URL"

actual="$(sha256sum "$installer" | awk '{print $1}')"
if [[ "$actual" != "$INSTALLER_SHA256" ]]; then
  echo "خطأ: بصمة المثبّت غير متطابقة" >&2
  echo "  المتوقع: $INSTALLER_SHA256" >&2
  echo "  الفعلي : $actual" >&2
  exit 1
fi
echo "تم التحقق من البصمة ✓"

sh "$installer" --version "$TIDECTL_VERSION" --prefix "$PREFIX" --no-modify-path

echo "تم التثبيت في $PREFIX/bin/tidectl"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "ملاحظة: أضف $PREFIX/bin إلى PATH" ;;
esac
