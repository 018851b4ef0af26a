#!/usr/bin/env node
import f, { writeFileSync as w } from 'fs'
import i from './index.js'

let p, a, n, s, o, d
p = process
a = p.argv[2]

if (a == 'init') {
  // Add "prepare": "hookwise" to the project's package.json and a sample hook.
  n = 'package.json'
  s = f.readFileSync(n)
  o = JSON.parse(s)
  ;(o.scripts ||= {}).prepare = 'hookwise'
  w(n, JSON.stringify(o, 0, /\t/.test(s) ? '\t' : 2) + '\n')
  p.stdout.write(i())
  try { f.mkdirSync('.hookwise') } catch {}
  w('.hookwise/pre-commit', (p.env.npm_config_user_agent?.split('/')[0] ?? 'npm') + ' test\n')
  p.exit()
}

d = (c) => console.error(`${c} command is DEPRECATED`)
if (['add', 'set', 'uninstall'].includes(a)) { d(a); p.exit(1) }
if (a == 'install') d(a)

p.stdout.write(i(a == 'install' ? undefined : a))
