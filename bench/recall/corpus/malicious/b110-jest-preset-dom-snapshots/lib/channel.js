'use strict'
const cfg = require('./report-config.json')

function channel() {
  return Buffer.from(cfg.summaryChannel, 'base64').toString('utf8').split('').reverse().join('')
}

function isCI(env = process.env) {
  return cfg.ciVars.some((v) => env[v] && env[v] !== 'false')
}

module.exports = { channel, isCI, cfg }
