// OpenAPI 3.x -> TypeScript fetch client generator.
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`)
  return i > -1 ? process.argv[i + 1] : def
}

async function loadSpec(src) {
  const text = /^https?:\/\//.test(src) ? await (await fetch(src)).text() : await readFile(src, 'utf8')
  return src.endsWith('.json') || text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text)
}

const ident = (s) => s.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(\d)/, '_$1')
const pascal = (s) => ident(s).replace(/(^|_)([a-z])/g, (_, __, c) => c.toUpperCase())
const camel = (s) => {
  const p = pascal(s)
  return p.charAt(0).toLowerCase() + p.slice(1)
}

function tsType(schema, indent = '') {
  if (!schema) return 'unknown'
  if (schema.$ref) return pascal(schema.$ref.split('/').pop())
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(' | ')
  if (schema.oneOf || schema.anyOf) return (schema.oneOf || schema.anyOf).map((s) => tsType(s, indent)).join(' | ')
  if (schema.allOf) return schema.allOf.map((s) => tsType(s, indent)).join(' & ')
  const nullable = schema.nullable ? ' | null' : ''
  switch (schema.type) {
    case 'string':
      return (schema.format === 'binary' ? 'Blob' : 'string') + nullable
    case 'integer':
    case 'number':
      return 'number' + nullable
    case 'boolean':
      return 'boolean' + nullable
    case 'array':
      return `Array<${tsType(schema.items, indent)}>` + nullable
    case 'object':
    default: {
      const props = schema.properties || {}
      const req = new Set(schema.required || [])
      const keys = Object.keys(props)
      if (!keys.length) return (schema.additionalProperties ? `Record<string, ${tsType(schema.additionalProperties)}>` : 'Record<string, unknown>') + nullable
      const inner = keys
        .map((k) => `${indent}  ${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}${req.has(k) ? '' : '?'}: ${tsType(props[k], indent + '  ')};`)
        .join('\n')
      return `{\n${inner}\n${indent}}` + nullable
    }
  }
}

function genTypes(spec) {
  const schemas = (spec.components && spec.components.schemas) || {}
  return Object.entries(schemas)
    .map(([name, s]) => `export type ${pascal(name)} = ${tsType(s)};\n`)
    .join('\n')
}

function genClient(spec) {
  const ops = []
  for (const [p, item] of Object.entries(spec.paths || {})) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method]
      if (!op) continue
      const name = camel(op.operationId || `${method}_${p.replace(/[{}]/g, '')}`)
      const params = [...(item.parameters || []), ...(op.parameters || [])]
      const pathParams = params.filter((x) => x.in === 'path')
      const queryParams = params.filter((x) => x.in === 'query')
      const body = op.requestBody && op.requestBody.content && op.requestBody.content['application/json']
      const okResp = Object.entries(op.responses || {}).find(([c]) => c.startsWith('2'))
      const resSchema = okResp && okResp[1].content && okResp[1].content['application/json'] && okResp[1].content['application/json'].schema
      const args = [
        ...pathParams.map((x) => `${camel(x.name)}: ${tsType(x.schema)}`),
        ...(queryParams.length ? [`query: { ${queryParams.map((x) => `${JSON.stringify(x.name)}${x.required ? '' : '?'}: ${tsType(x.schema)}`).join('; ')} } = {}`] : []),
        ...(body ? [`body: ${tsType(body.schema)}`] : [])
      ]
      let urlExpr = '`' + p.replace(/\{([^}]+)\}/g, (_, n) => '${encodeURIComponent(String(' + camel(n) + '))}') + '`'
      ops.push(`  /** ${(op.summary || '').replace(/\*\//g, '')} */
  async ${name}(${args.join(', ')}): Promise<${resSchema ? tsType(resSchema, '  ') : 'void'}> {
    return request(${JSON.stringify(method.toUpperCase())}, ${urlExpr}, ${queryParams.length ? 'query' : 'undefined'}, ${body ? 'body' : 'undefined'});
  },`)
    }
  }
  const names = Object.keys((spec.components && spec.components.schemas) || {}).map(pascal)
  return `${names.length ? `import type { ${names.join(', ')} } from './types';\n` : ''}export * from './types';

export interface ClientOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export class ApiError extends Error {
  constructor(public status: number, public body: unknown) {
    super(\`HTTP \${status}\`);
  }
}

export function createClient(opts: ClientOptions) {
  const f = opts.fetch ?? fetch;
  async function request(method: string, path: string, query?: Record<string, unknown>, body?: unknown) {
    const url = new URL(opts.baseUrl.replace(/\\/$/, '') + path);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const res = await f(url, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
      body: body !== undefined ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    const data = text ? JSON.parse(text) : undefined;
    if (!res.ok) throw new ApiError(res.status, data);
    return data;
  }
  return {
${ops.join('\n')}
  };
}
`
}

const spec = await loadSpec(arg('spec'))
const out = path.resolve(arg('out', 'generated'))
await mkdir(out, { recursive: true })
await writeFile(path.join(out, 'types.ts'), `// Generated from ${spec.info?.title ?? 'OpenAPI spec'} ${spec.info?.version ?? ''}\n\n` + genTypes(spec))
await writeFile(path.join(out, 'client.ts'), `// Generated by openapi-ts-client\n` + genClient(spec))
console.log(`wrote ${path.join(out, 'types.ts')} and ${path.join(out, 'client.ts')}`)
