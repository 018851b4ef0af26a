import { test, expect } from 'bun:test'
import { mockFetch } from '../src/register'

test('renders into document', () => {
  document.body.innerHTML = '<button aria-label="save">Save</button>'
  const btn = document.querySelector('button')
  expect(btn).toBeInTheDocument()
  expect(btn).toHaveTextContent('Save')
  expect(btn).toHaveAttribute('aria-label', 'save')
})

test('fetch is mocked', async () => {
  mockFetch('/api/user', { name: 'Ada' })
  const res = await fetch('/api/user')
  expect(await res.json()).toEqual({ name: 'Ada' })
  await expect(fetch('https://example.com/')).rejects.toThrow('unmocked fetch')
})
