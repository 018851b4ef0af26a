#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

static PyObject *distance(PyObject *self, PyObject *args) {
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "UU", &a, &b)) return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(a), m = PyUnicode_GET_LENGTH(b);
    int ka = PyUnicode_KIND(a), kb = PyUnicode_KIND(b);
    const void *da = PyUnicode_DATA(a), *db = PyUnicode_DATA(b);
    Py_ssize_t *row = malloc((m + 1) * sizeof(Py_ssize_t));
    if (!row) return PyErr_NoMemory();
    for (Py_ssize_t j = 0; j <= m; j++) row[j] = j;
    for (Py_ssize_t i = 1; i <= n; i++) {
        Py_ssize_t prev = row[0];
        row[0] = i;
        Py_UCS4 ca = PyUnicode_READ(ka, da, i - 1);
        for (Py_ssize_t j = 1; j <= m; j++) {
            Py_ssize_t tmp = row[j];
            Py_ssize_t cost = (ca == PyUnicode_READ(kb, db, j - 1)) ? 0 : 1;
            Py_ssize_t best = prev + cost;
            if (row[j] + 1 < best) best = row[j] + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            row[j] = best;
            prev = tmp;
        }
    }
    Py_ssize_t result = row[m];
    free(row);
    return PyLong_FromSsize_t(result);
}

static PyMethodDef methods[] = {
    {"distance", distance, METH_VARARGS, "Levenshtein distance between two str."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_lev", NULL, -1, methods};

PyMODINIT_FUNC PyInit__lev(void) { return PyModule_Create(&mod); }
