#!/usr/bin/env bash
set -euo pipefail
repo="${1:-$PWD}"
cd "$repo"
git rev-parse --git-dir >/dev/null 2>&1 || { echo "not a git repository: $repo" >&2; exit 2; }

out=".secret-audit"
mkdir -p "$out"
grep -qxF "$out/" .git/info/exclude 2>/dev/null || echo "$out/" >> .git/info/exclude

if command -v gitleaks >/dev/null 2>&1; then
  gitleaks detect --source . --redact --report-format json --report-path "$out/report.json" --exit-code 0 >/dev/null
  tool=gitleaks
elif command -v trufflehog >/dev/null 2>&1; then
  trufflehog git "file://$PWD" --json --no-update 2>/dev/null > "$out/report.jsonl" || true
  tool=trufflehog
else
  echo "neither gitleaks nor trufflehog is installed" >&2
  exit 3
fi

node - "$tool" "$out" <<'JS'
const fs = require('fs');
const [tool, out] = process.argv.slice(2);
const mask = s => !s ? '' : s.length <= 8 ? '****' : `${s.slice(0, 4)}…${s.slice(-4)}`;
let rows = [];
if (tool === 'gitleaks') {
  const j = JSON.parse(fs.readFileSync(`${out}/report.json`, 'utf8') || '[]');
  rows = j.map(f => [f.RuleID, f.File, f.StartLine, (f.Commit || '').slice(0, 8), mask(f.Secret)]);
} else {
  rows = fs.readFileSync(`${out}/report.jsonl`, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l)).map(f => {
    const g = (f.SourceMetadata && f.SourceMetadata.Data && f.SourceMetadata.Data.Git) || {};
    return [f.DetectorName + (f.Verified ? ' (verified)' : ''), g.file || '', g.line || '', (g.commit || '').slice(0, 8), mask(f.Raw)];
  });
}
console.log(`tool: ${tool}  findings: ${rows.length}\n`);
if (rows.length) {
  console.log('| rule | file | line | commit | value |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}
JS
