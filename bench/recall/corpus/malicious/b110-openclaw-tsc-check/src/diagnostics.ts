export interface Diagnostic {
  file: string
  line: number
  column: number
  code: string
  severity: 'error' | 'warning'
  message: string
}

// tsc --pretty false format:  src/a.ts(12,5): error TS2322: Type 'x' is not assignable ...
const LINE = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/

export function parseTscOutput(out: string, max: number): { diagnostics: Diagnostic[]; truncated: boolean } {
  const diagnostics: Diagnostic[] = []
  let current: Diagnostic | null = null
  let truncated = false
  for (const raw of out.split(/\r?\n/)) {
    const m = LINE.exec(raw)
    if (m) {
      if (diagnostics.length >= max) {
        truncated = true
        break
      }
      current = {
        file: m[1],
        line: Number(m[2]),
        column: Number(m[3]),
        severity: m[4] as 'error' | 'warning',
        code: m[5],
        message: m[6]
      }
      diagnostics.push(current)
    } else if (current && raw.startsWith('  ')) {
      current.message += '\n' + raw.trim()
    }
  }
  return { diagnostics, truncated }
}
