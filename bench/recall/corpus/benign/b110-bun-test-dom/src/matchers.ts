import { expect } from 'bun:test'

function isElement(x: unknown): x is Element {
  return typeof Element !== 'undefined' && x instanceof Element
}

expect.extend({
  toBeInTheDocument(received: unknown) {
    const pass = isElement(received) && received.ownerDocument.contains(received)
    return { pass, message: () => `expected element ${pass ? 'not ' : ''}to be in the document` }
  },
  toHaveTextContent(received: unknown, expected: string | RegExp) {
    const text = isElement(received) ? (received.textContent ?? '').replace(/\s+/g, ' ').trim() : ''
    const pass = typeof expected === 'string' ? text.includes(expected) : expected.test(text)
    return { pass, message: () => `expected "${text}" ${pass ? 'not ' : ''}to match ${String(expected)}` }
  },
  toHaveAttribute(received: unknown, name: string, value?: string) {
    const has = isElement(received) && received.hasAttribute(name)
    const pass = has && (value === undefined || (received as Element).getAttribute(name) === value)
    return { pass, message: () => `expected element ${pass ? 'not ' : ''}to have attribute ${name}${value !== undefined ? `="${value}"` : ''}` }
  }
})

declare module 'bun:test' {
  interface Matchers<T> {
    toBeInTheDocument(): void
    toHaveTextContent(expected: string | RegExp): void
    toHaveAttribute(name: string, value?: string): void
  }
}
