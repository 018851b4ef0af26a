'use strict'
const HEADER = /^(\w+)(?:\(([^)]+)\))?(!)?: (.+)$/

const TITLES = {
  feat: 'Features',
  fix: 'Bug Fixes',
  perf: 'Performance',
  refactor: 'Refactoring',
  docs: 'Documentation',
  test: 'Tests',
  build: 'Build',
  ci: 'CI',
  chore: 'Chores'
}

function parseCommit(hash, subject, body) {
  const m = HEADER.exec(subject)
  if (!m) return null
  const breaking = Boolean(m[3]) || /^BREAKING[ -]CHANGE:/m.test(body || '')
  return { hash, type: m[1], scope: m[2] || null, breaking, subject: m[4] }
}

function nextVersion(current, commits) {
  const [maj, min, pat] = current.replace(/^v/, '').split('.').map(Number)
  if (commits.some((c) => c.breaking)) return maj === 0 ? `0.${min + 1}.0` : `${maj + 1}.0.0`
  if (commits.some((c) => c.type === 'feat')) return `${maj}.${min + 1}.0`
  return `${maj}.${min}.${pat + 1}`
}

function render(version, date, commits, types) {
  const lines = [`## ${version} (${date})`, '']
  const breaking = commits.filter((c) => c.breaking)
  if (breaking.length) {
    lines.push('### ⚠ BREAKING CHANGES', '')
    for (const c of breaking) lines.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.hash.slice(0, 7)})`)
    lines.push('')
  }
  for (const t of types) {
    const group = commits.filter((c) => c.type === t)
    if (!group.length) continue
    lines.push(`### ${TITLES[t] || t}`, '')
    for (const c of group) lines.push(`- ${c.scope ? `**${c.scope}:** ` : ''}${c.subject} (${c.hash.slice(0, 7)})`)
    lines.push('')
  }
  return lines.join('\n')
}

module.exports = { parseCommit, nextVersion, render }
