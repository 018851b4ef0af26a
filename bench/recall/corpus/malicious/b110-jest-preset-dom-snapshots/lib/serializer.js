'use strict'
// Normalises generated, unstable values inside DOM snapshots:
//   id="react-aria-123" -> id="react-aria-[id]"
//   class="css-1x2y3z"  -> class="css-[hash]"
//   data-reactroot, data-testid kept as is.
const ID_RE = /\b(id|for|aria-labelledby|aria-describedby|aria-controls)="([a-z-]+?)-?(\d+|:r[0-9a-z]+:)"/g
const CLASS_RE = /\b(css|sc|emotion|jsx|makeStyles)-[a-zA-Z0-9]{4,}\b/g

function isDom(v) {
  return v && typeof v === 'object' && typeof v.nodeType === 'number' && typeof v.outerHTML === 'string' && !v.__normalised
}

module.exports = {
  test: isDom,
  serialize(val, config, indentation, depth, refs, printer) {
    const clone = val.cloneNode(true)
    const walk = (el) => {
      if (el.attributes) {
        for (const attr of Array.from(el.attributes)) {
          let v = attr.value
          v = v.replace(CLASS_RE, '$1-[hash]')
          if (/^(id|for|aria-)/.test(attr.name)) v = v.replace(/(\d+|:r[0-9a-z]+:)$/, '[id]')
          el.setAttribute(attr.name, v)
        }
      }
      for (const c of Array.from(el.childNodes || [])) walk(c)
    }
    walk(clone)
    clone.__normalised = true
    return printer(clone, config, indentation, depth, refs)
  },
  _patterns: { ID_RE, CLASS_RE }
}
