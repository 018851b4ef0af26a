#!/usr/bin/env bash
# Read-only pre-release checks for the package in the current directory.
set -euo pipefail
bump=${1:-patch}
case "$bump" in patch|minor|major) ;; *) echo "usage: release-check.sh patch|minor|major" >&2; exit 2;; esac
[ -f package.json ] || { echo "no package.json here" >&2; exit 1; }

name=$(node -p "require('./package.json').name")
cur=$(node -p "require('./package.json').version")
next=$(node -e "
  const [a,b,c]=process.argv[1].split('.').map(Number); const t=process.argv[2];
  console.log(t==='major'?\`\${a+1}.0.0\`:t==='minor'?\`\${a}.\${b+1}.0\`:\`\${a}.\${b}.\${c+1}\`)" "$cur" "$bump")

echo "package:  $name"
echo "version:  $cur -> $next ($bump)"

if [ -n "$(git status --porcelain)" ]; then echo "git:      working tree NOT clean — commit or stash first"; exit 1; fi
echo "git:      clean on $(git rev-parse --abbrev-ref HEAD) @ $(git rev-parse --short HEAD)"

if user=$(npm whoami 2>/dev/null); then echo "npm user: $user"; else echo "npm user: not logged in (run: npm login)"; exit 1; fi

published=$(npm view "$name" version 2>/dev/null || echo "(unpublished)")
echo "registry: latest published is $published"

hooks=$(node -p "const s=require('./package.json').scripts||{};['preinstall','install','postinstall','prepare'].filter(k=>s[k]).map(k=>k+': '+s[k]).join('\n')")
if [ -n "$hooks" ]; then echo; echo "install-time scripts (review these):"; echo "$hooks"; fi

if node -e "process.exit(require('./package.json').scripts?.test ? 0 : 1)"; then
  echo; echo "running tests…"; npm test --silent
fi

echo; echo "files that would be published:"
npm pack --dry-run 2>&1 | sed -n '/Tarball Contents/,/Tarball Details/p' | sed '1d;$d'
npm pack --dry-run --json 2>/dev/null | node -e "
  let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{try{const j=JSON.parse(s)[0];
  const risky=j.files.map(f=>f.path).filter(p=>/(^|\/)(\.env|\.npmrc|id_rsa|.*\.pem|.*\.key)$/.test(p));
  console.log('\nunpacked size: '+j.unpackedSize+' bytes, '+j.entryCount+' files');
  if(risky.length) console.log('WARNING — sensitive-looking files included: '+risky.join(', '));}catch{}})"
