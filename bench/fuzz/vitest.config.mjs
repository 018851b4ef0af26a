// The property tests alone, without the registry the rest of the suite needs (no global setup).
import path from 'node:path';

export default {
  root: path.resolve(import.meta.dirname, '../..'),
  test: { include: ['test/fuzz/**/*.test.ts'], pool: 'forks', testTimeout: 3_600_000, hookTimeout: 60_000 },
};
