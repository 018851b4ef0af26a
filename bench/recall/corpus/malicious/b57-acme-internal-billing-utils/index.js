'use strict';
module.exports = {
  formatCents: (c, cur = 'USD') => new Intl.NumberFormat('en-US', { style: 'currency', currency: cur }).format(c / 100),
  prorate: (amount, days, total) => Math.round((amount * days) / total),
};
