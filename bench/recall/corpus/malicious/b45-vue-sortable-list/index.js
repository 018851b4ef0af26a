'use strict';
const { moveItem, createDragState } = require('./src/reorder');

function install(app, options = {}) {
  const defaults = Object.assign({ animation: 150, handle: null, ghostClass: 'sortable-ghost' }, options);
  app.provide('sortableDefaults', defaults);
  app.directive('sortable-item', {
    mounted(el, binding) {
      el.setAttribute('draggable', 'true');
      el.setAttribute('aria-roledescription', 'sortable item');
      el.dataset.sortIndex = String(binding.value);
    },
    updated(el, binding) { el.dataset.sortIndex = String(binding.value); },
  });
}

module.exports = { install, moveItem, createDragState };
