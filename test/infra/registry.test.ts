import { inject, it, expect } from 'vitest';

it('the test registry serves every fixture package', async () => {
  const res = await fetch(`${inject('registryUrl')}clean-plugin`);
  expect(res.status).toBe(200);
  const doc = (await res.json()) as { versions: Record<string, { dist: { integrity: string } }> };
  expect(doc.versions['1.0.0'].dist.integrity).toMatch(/^sha512-/);
});
