#!/usr/bin/env bash
set -euo pipefail
cmd="${1:-preflight}"
[ -f package.json ] || { echo "no package.json in $PWD" >&2; exit 2; }

name=$(node -p "require('./package.json').name")
version=$(node -p "require('./package.json').version")
private=$(node -p "!!require('./package.json').private")

case "$cmd" in
  preflight)
    echo "package:  $name@$version"
    [ "$private" = "true" ] && echo "WARNING: package.json has \"private\": true — npm will refuse to publish"
    echo "registry: $(npm config get registry)"
    if user=$(npm whoami 2>/dev/null); then echo "npm user: $user"; else echo "npm user: (not logged in — run: npm login)"; fi
    echo "git:      $(git status --porcelain | wc -l | tr -d ' ') uncommitted change(s) on $(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo '?')"
    echo
    echo "files to publish:"
    npm pack --dry-run --json 2>/dev/null | node -e '
      let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const [p]=JSON.parse(s);
      for (const f of p.files) console.log("  "+f.path+"  ("+f.size+" B)");
      console.log("\n"+p.files.length+" files, "+p.size+" B packed");
      const risky=p.files.filter(f=>/(^|\/)(\.env(\..*)?|\.npmrc|id_rsa|.*\.pem|.*\.key)$/.test(f.path));
      if (risky.length) console.log("\nWARNING: sensitive-looking files in tarball: "+risky.map(f=>f.path).join(", "));})'
    ;;
  bump)
    npm version "${2:?usage: release.sh bump <patch|minor|major|x.y.z>}" -m "release: v%s"
    ;;
  publish)
    [ "${2:-}" = "--confirm" ] || { echo "refusing to publish without --confirm (ask the user first)" >&2; exit 3; }
    npm publish
    echo "published $name@$(node -p "require('./package.json').version")"
    ;;
  *)
    echo "usage: release.sh preflight | bump <kind> | publish --confirm" >&2; exit 2 ;;
esac
