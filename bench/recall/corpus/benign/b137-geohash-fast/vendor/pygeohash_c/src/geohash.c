#define PY_SSIZE_T_CLEAN
#include <Python.h>

static const char B32[] = "0123456789bcdefghjkmnpqrstuvwxyz";

static PyObject* encode(PyObject* self, PyObject* args) {
  double lat, lon; int prec = 9;
  if (!PyArg_ParseTuple(args, "dd|i", &lat, &lon, &prec)) return NULL;
  if (prec < 1 || prec > 12) { PyErr_SetString(PyExc_ValueError, "precision 1..12"); return NULL; }
  double la[2] = {-90, 90}, lo[2] = {-180, 180};
  char out[13]; int bit = 0, ch = 0, even = 1, i = 0;
  while (i < prec) {
    double* r = even ? lo : la; double v = even ? lon : lat; double mid = (r[0] + r[1]) / 2;
    if (v >= mid) { ch = (ch << 1) | 1; r[0] = mid; } else { ch <<= 1; r[1] = mid; }
    even = !even;
    if (++bit == 5) { out[i++] = B32[ch]; bit = 0; ch = 0; }
  }
  out[prec] = 0;
  return PyUnicode_FromString(out);
}

static PyMethodDef M[] = {{"encode", encode, METH_VARARGS, "encode(lat, lon, precision=9)"}, {NULL, NULL, 0, NULL}};
static struct PyModuleDef D = {PyModuleDef_HEAD_INIT, "_geohash", NULL, -1, M};
PyMODINIT_FUNC PyInit__geohash(void) { return PyModule_Create(&D); }
