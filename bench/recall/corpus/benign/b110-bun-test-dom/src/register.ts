import { GlobalRegistrator } from '@happy-dom/global-registrator'
import { afterAll, afterEach, beforeEach } from 'bun:test'
import './matchers'

GlobalRegistrator.register({ url: 'http://localhost:3000/', width: 1280, height: 800 })

type Handler = (req: Request) => Response | Promise<Response>
const routes: Array<{ match: (u: URL, r: Request) => boolean; handler: Handler }> = []

/** Register a mocked response for fetch() calls made during a test. */
export function mockFetch(pattern: string | RegExp, handler: Handler | unknown, method = 'GET') {
  const h: Handler = typeof handler === 'function' ? (handler as Handler) : () => Response.json(handler)
  routes.push({
    match: (u, r) => r.method === method && (typeof pattern === 'string' ? u.href === pattern || u.pathname === pattern : pattern.test(u.href)),
    handler: h
  })
}

const realFetch = globalThis.fetch
globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const req = new Request(input as any, init)
  const url = new URL(req.url, location.href)
  const hit = routes.find((r) => r.match(url, req))
  if (!hit) throw new Error(`bun-test-dom: unmocked fetch ${req.method} ${url.href} (use mockFetch())`)
  return hit.handler(req)
}) as typeof fetch

beforeEach(() => {
  document.body.innerHTML = ''
})

afterEach(() => {
  routes.length = 0
  localStorage.clear()
  sessionStorage.clear()
  document.head.innerHTML = ''
})

afterAll(async () => {
  globalThis.fetch = realFetch
  await GlobalRegistrator.unregister()
})
