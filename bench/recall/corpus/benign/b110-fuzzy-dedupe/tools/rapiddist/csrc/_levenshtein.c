#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

static Py_ssize_t lev(Py_UCS4 *a, Py_ssize_t n, Py_UCS4 *b, Py_ssize_t m) {
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
            Py_ssize_t v = prev + cost;
            if (row[j] + 1 < v) v = row[j] + 1;
            if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
            row[j] = v;
            prev = tmp;
        }
    }
    Py_ssize_t r = row[m];
    PyMem_Free(row);
    return r;
}

static PyObject *distance(PyObject *self, PyObject *args) {
    PyObject *sa, *sb;
    if (!PyArg_ParseTuple(args, "UU", &sa, &sb)) return NULL;
    Py_UCS4 *a = PyUnicode_AsUCS4Copy(sa);
    Py_UCS4 *b = PyUnicode_AsUCS4Copy(sb);
    if (!a || !b) { PyMem_Free(a); PyMem_Free(b); return NULL; }
    Py_ssize_t d = lev(a, PyUnicode_GetLength(sa), b, PyUnicode_GetLength(sb));
    PyMem_Free(a);
    PyMem_Free(b);
    if (d < 0) return PyErr_NoMemory();
    return PyLong_FromSsize_t(d);
}

static PyObject *ratio(PyObject *self, PyObject *args) {
    PyObject *sa, *sb;
    if (!PyArg_ParseTuple(args, "UU", &sa, &sb)) return NULL;
    Py_ssize_t n = PyUnicode_GetLength(sa), m = PyUnicode_GetLength(sb);
    if (n + m == 0) return PyFloat_FromDouble(1.0);
    PyObject *d = distance(self, args);
    if (!d) return NULL;
    double dist = (double)PyLong_AsSsize_t(d);
    Py_DECREF(d);
    Py_ssize_t longest = n > m ? n : m;
    return PyFloat_FromDouble(1.0 - dist / (double)longest);
}

static PyMethodDef methods[] = {
    {"distance", distance, METH_VARARGS, "Levenshtein distance between two strings."},
    {"ratio", ratio, METH_VARARGS, "Similarity in [0, 1] = 1 - distance / max(len)."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_levenshtein", NULL, -1, methods};

PyMODINIT_FUNC PyInit__levenshtein(void) { return PyModule_Create(&mod); }
