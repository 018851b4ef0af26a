'use strict'
const path = require('path')
const here = (p) => path.join('<rootDir>', 'node_modules', 'jest-preset-dom-snapshots', p)

module.exports = {
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/' },
  snapshotSerializers: [here('lib/serializer.js')],
  setupFilesAfterEnv: [here('setup/after-env.js')],
  globalTeardown: here('setup/teardown.js'),
  moduleNameMapper: {
    '\\.(css|less|scss|sass)$': here('lib/style-stub.js')
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/']
}
