#!/bin/sh
# Read-only toolchain report for native addon problems.
PKG="$1"

v() { command -v "$1" >/dev/null 2>&1 && "$@" 2>&1 | head -n 1 || echo "not found"; }

echo "== runtime"
echo "node      $(node -v 2>/dev/null || echo 'not found')  abi=$(node -p 'process.versions.modules' 2>/dev/null)  napi=$(node -p 'process.versions.napi' 2>/dev/null)"
echo "platform  $(node -p 'process.platform + "-" + process.arch' 2>/dev/null)  libc=$(ldd --version 2>&1 | head -n1 || echo n/a)"
echo "npm       $(v npm -v)"
echo "pnpm      $(v pnpm -v)"

echo "== toolchain"
echo "python3   $(v python3 --version)"
echo "make      $(v make --version)"
echo "g++       $(v g++ --version)"
echo "clang++   $(v clang++ --version)"

echo "== npm build settings"
npm config list --json 2>/dev/null | node -e '
let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{
  let c={};try{c=JSON.parse(s)}catch(e){}
  for (const k of ["python","msvs_version","build-from-source","build_from_source","target","runtime","arch","ignore-scripts","node-gyp","node_gyp"])
    if (k in c) console.log(k.padEnd(18), c[k]);
});'

if [ -n "$PKG" ] && [ -d "node_modules/$PKG" ]; then
  echo "== node_modules/$PKG"
  node -e '
    const p=require(process.cwd()+"/node_modules/"+process.argv[1]+"/package.json");
    console.log("version   ", p.version);
    console.log("install   ", (p.scripts&&(p.scripts.install||p.scripts.postinstall))||"(none; npm runs node-gyp rebuild if binding.gyp exists)");
    console.log("gypfile   ", !!p.gypfile);
  ' "$PKG"
  [ -f "node_modules/$PKG/binding.gyp" ] && echo "binding.gyp present"
  find "node_modules/$PKG" -name '*.node' -maxdepth 5 2>/dev/null | while read -r f; do
    echo "addon     $f ($(file -b "$f" 2>/dev/null | cut -c1-60))"
  done
fi
