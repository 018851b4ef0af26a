'use strict'
const { resolveTargets } = require('./targets')

const DEFAULTS = { minViewport: 360, maxViewport: 1280, unit: 'rem', rootFontSize: 16, precision: 4 }
const FLUID_RE = /fluid\(\s*([\d.]+)(px|rem)?\s*,\s*([\d.]+)(px|rem)?\s*\)/g

function round(n, p) {
  const f = 10 ** p
  return Math.round(n * f) / f
}

function toPx(value, unit, root) {
  return unit === 'rem' ? value * root : value
}

function clampExpr(minPx, maxPx, o) {
  const slope = (maxPx - minPx) / (o.maxViewport - o.minViewport)
  const intercept = minPx - slope * o.minViewport
  const u = (px) => (o.unit === 'rem' ? `${round(px / o.rootFontSize, o.precision)}rem` : `${round(px, o.precision)}px`)
  const lo = Math.min(minPx, maxPx)
  const hi = Math.max(minPx, maxPx)
  return `clamp(${u(lo)}, ${u(intercept)} + ${round(slope * 100, o.precision)}vw, ${u(hi)})`
}

/** @type {import('postcss').PluginCreator} */
module.exports = (opts = {}) => {
  const o = { ...DEFAULTS, ...opts }
  if (o.maxViewport <= o.minViewport) throw new Error('postcss-fluid-scale: maxViewport must be > minViewport')

  return {
    postcssPlugin: 'postcss-fluid-scale',
    Once(root, { result }) {
      const targets = resolveTargets(result.opts.from)
      if (targets.noClamp) {
        result.warn('Some targeted browsers do not support clamp(); falling back to max() is not implemented', { plugin: 'postcss-fluid-scale' })
      }
    },
    Declaration(decl) {
      if (!decl.value.includes('fluid(')) return
      decl.value = decl.value.replace(FLUID_RE, (_, a, ua, b, ub) => {
        const min = toPx(parseFloat(a), ua || 'px', o.rootFontSize)
        const max = toPx(parseFloat(b), ub || ua || 'px', o.rootFontSize)
        return clampExpr(min, max, o)
      })
    },
    AtRule: {
      'fluid-range'(at) {
        const [min, max] = at.params.split(/\s+/).map(parseFloat)
        if (min && max && max > min) {
          o.minViewport = min
          o.maxViewport = max
        }
        at.remove()
      }
    }
  }
}
module.exports.postcss = true
