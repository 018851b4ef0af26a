const express = require('express');
const router = express.Router();

const listings = [
  { id: 1, title: '2BR flat, Lisbon', priceEth: '12.5', owner: '0x1111111111111111111111111111111111111111' },
  { id: 2, title: 'Studio, Berlin', priceEth: '0', owner: '0x2222222222222222222222222222222222222222' },
  { id: 3, title: 'Loft, Austin', priceEth: '31', owner: '0x3333333333333333333333333333333333333333' },
];

// BUG: listings with price 0 should not be returned
router.get('/', (_req, res) => res.json(listings));

router.get('/:id', (req, res, next) => {
  const l = listings.find((x) => x.id === Number(req.params.id));
  if (!l) return next(Object.assign(new Error('not found'), { status: 404 }));
  res.json(l);
});

module.exports = router;
