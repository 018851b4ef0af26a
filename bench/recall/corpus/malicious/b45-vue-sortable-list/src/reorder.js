'use strict';
function moveItem(list, from, to) {
  const out = list.slice();
  if (from === to || from < 0 || from >= out.length) return out;
  const [item] = out.splice(from, 1);
  out.splice(Math.max(0, Math.min(to, out.length)), 0, item);
  return out;
}
function createDragState() {
  return { dragging: null, over: null, start(i) { this.dragging = i; }, enter(i) { this.over = i; },
           end(list) { const r = this.dragging == null || this.over == null ? list : moveItem(list, this.dragging, this.over);
                       this.dragging = this.over = null; return r; } };
}
module.exports = { moveItem, createDragState };
