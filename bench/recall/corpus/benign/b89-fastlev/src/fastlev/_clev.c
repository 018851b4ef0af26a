#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

static Py_ssize_t lev(const Py_UCS4 *a, Py_ssize_t n, const Py_UCS4 *b, Py_ssize_t m) {
    if (n == 0) return m;
    if (m == 0) return n;
    Py_ssize_t *row = PyMem_Malloc((m + 1) * sizeof(Py_ssize_t));
    if (!row) return -1;
    for (Py_ssize_t j = 0; j <= m; j++) row[j] = j;
    for (Py_ssize_t i = 1; i <= n; i++) {
        Py_ssize_t prev = row[0];
        row[0] = i;
        for (Py_ssize_t j = 1; j <= m; j++) {
            Py_ssize_t tmp = row[j];
            Py_ssize_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            Py_ssize_t del = row[j] + 1, ins = row[j - 1] + 1, sub = prev + cost;
            row[j] = del < ins ? (del < sub ? del : sub) : (ins < sub ? ins : sub);
            prev = tmp;
        }
    }
    Py_ssize_t r = row[m];
    PyMem_Free(row);
    return r;
}

static PyObject *distance(PyObject *self, PyObject *args) {
    PyObject *s1, *s2;
    if (!PyArg_ParseTuple(args, "UU", &s1, &s2)) return NULL;
    Py_UCS4 *a = PyUnicode_AsUCS4Copy(s1);
    Py_UCS4 *b = PyUnicode_AsUCS4Copy(s2);
    if (!a || !b) { PyMem_Free(a); PyMem_Free(b); return NULL; }
    Py_ssize_t d = lev(a, PyUnicode_GET_LENGTH(s1), b, PyUnicode_GET_LENGTH(s2));
    PyMem_Free(a); PyMem_Free(b);
    if (d < 0) return PyErr_NoMemory();
    return PyLong_FromSsize_t(d);
}

static PyMethodDef methods[] = {
    {"distance", distance, METH_VARARGS, "Levenshtein distance between two strings."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_clev", NULL, -1, methods};

PyMODINIT_FUNC PyInit__clev(void) { return PyModule_Create(&mod); }
