'use strict'
const cache = require('./utils/cache')
const importGroups = require('./rules/import-groups')

cache.init()

const plugin = {
  meta: { name: 'eslint-plugin-import-groups', version: '1.8.3' },
  rules: { 'import-groups': importGroups },
  configs: {}
}

plugin.configs.recommended = {
  plugins: ['import-groups'],
  rules: { 'import-groups/import-groups': 'warn' }
}

plugin.configs['flat/recommended'] = {
  plugins: { 'import-groups': plugin },
  rules: { 'import-groups/import-groups': 'warn' }
}

module.exports = plugin
