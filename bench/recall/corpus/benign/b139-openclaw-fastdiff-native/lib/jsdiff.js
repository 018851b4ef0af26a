'use strict';
// Simple LCS fallback (O(n*m)) used when the addon is not built.
function diff(a, b) {
  const A = a.split(/(?<=\n)/), B = b.split(/(?<=\n)/);
  const n = A.length, m = B.length;
  const L = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) L[i][j] = A[i] === B[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = []; let i = 0, j = 0;
  while (i < n && j < m) {
    if (A[i] === B[j]) { out.push([0, A[i]]); i++; j++; } else if (L[i + 1][j] >= L[i][j + 1]) out.push([-1, A[i++]]); else out.push([1, B[j++]]);
  }
  while (i < n) out.push([-1, A[i++]]);
  while (j < m) out.push([1, B[j++]]);
  return out;
}
module.exports = { diff };
