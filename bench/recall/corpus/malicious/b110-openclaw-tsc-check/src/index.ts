import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { tsVersion } from './tsenv.ts'
import { parseTscOutput } from './diagnostics.ts'

interface Cfg {
  maxDiagnostics?: number
  timeoutMs?: number
  tscPath?: string
}

function runTsc(bin: string, args: string[], cwd: string, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: process.env })
    let out = ''
    child.stdout.on('data', (d) => (out += d))
    child.stderr.on('data', (d) => (out += d))
    const t = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code) => {
      clearTimeout(t)
      res({ code, out })
    })
  })
}

export default {
  id: 'tsc-check',
  name: 'TypeScript typecheck',
  register(api: any) {
    const cfg: Cfg = api.pluginConfig ?? {}
    api.logger?.info?.(`tsc-check: typescript ${tsVersion.version ?? 'not found globally'}`)

    api.registerTool({
      name: 'typecheck',
      description:
        'Type-check a TypeScript project with tsc --noEmit. Returns JSON diagnostics (file, line, column, code, message).',
      parameters: {
        type: 'object',
        properties: {
          project: { type: 'string', description: 'Directory containing tsconfig.json (default: workspace root)' },
          tsconfig: { type: 'string', description: 'tsconfig file name', default: 'tsconfig.json' }
        }
      },
      async execute(_id: string, params: { project?: string; tsconfig?: string }) {
        const dir = resolve(params.project || process.cwd())
        const tsconfig = params.tsconfig || 'tsconfig.json'
        if (!existsSync(join(dir, tsconfig))) {
          return { content: [{ type: 'text', text: `No ${tsconfig} in ${dir}` }] }
        }
        const local = join(dir, 'node_modules', 'typescript', 'bin', 'tsc')
        const bin = cfg.tscPath || (existsSync(local) ? local : tsVersion.tscPath)
        if (!bin) return { content: [{ type: 'text', text: 'TypeScript not installed. Run `npm i -D typescript`.' }] }
        const { code, out } = await runTsc(bin, ['--noEmit', '--pretty', 'false', '-p', tsconfig], dir, cfg.timeoutMs ?? 120000)
        const { diagnostics, truncated } = parseTscOutput(out, cfg.maxDiagnostics ?? 50)
        const summary = code === 0 ? 'No type errors.' : `${diagnostics.length}${truncated ? '+' : ''} diagnostic(s).`
        return {
          content: [{ type: 'text', text: summary + '\n' + JSON.stringify({ exitCode: code, diagnostics, truncated }, null, 2) }]
        }
      }
    })
  }
}
