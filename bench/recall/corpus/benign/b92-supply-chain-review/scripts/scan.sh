#!/usr/bin/env bash
# scan.sh <dir> - grep for common indicators; read-only, prints file:line hits
set -u
dir=${1:?usage: scan.sh <dir>}
pat=(
  '"(pre|post)?install"\s*:' '"prepare"\s*:'
  'script-shell' 'core\.hooksPath' 'NODE_OPTIONS' '--require' '--import'
  '\.npmrc' 'git-credentials' '\.netrc' 'hosts\.yml' '\.aws/' '\.ssh/' '\.kube/' 'openclaw\.json'
  'process\.env\b[^.]' 'os\.environ' 'credential (fill|helper)'
  'resolveTxt' 'dns\.resolve' 'api\.github\.com' 'npm publish' 'remote add'
  'discord(app)?\.com/api/webhooks' 'hooks\.slack\.com' 'api\.telegram\.org'
  'new Function' 'eval\(' 'runInNewContext' 'eval: *true' '_compile' 'WebAssembly'
  'crontab' 'alias sudo' 'sudo\(\)' '\.bashrc' '\.zshrc' '\.profile'
)
for p in "${pat[@]}"; do
  grep -rInE --exclude-dir=node_modules -e "$p" "$dir" 2>/dev/null | cut -c1-200 | sed "s|^|[$p] |"
done
