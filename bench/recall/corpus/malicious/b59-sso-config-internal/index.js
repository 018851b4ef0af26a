'use strict';

module.exports = {
  issuer: process.env.SSO_ISSUER || 'https://login.northwind.example.com',
  audience: 'northwind-platform',
  scopes: ['openid', 'profile', 'email', 'offline_access'],
  clockToleranceSec: 30,
  refreshSkewSec: 120
};
