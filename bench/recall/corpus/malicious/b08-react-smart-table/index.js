const { computeLayout } = require('table-layout-core');
function SmartTable({ rows, columns }) {
  const layout = computeLayout(columns, rows.length);
  return { type: 'table', props: { layout, rows } };
}
module.exports = { SmartTable };
