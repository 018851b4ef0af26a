#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* split_line(line: str, delim: str, quote: str) -> list[str] */
static PyObject *
split_line(PyObject *self, PyObject *args)
{
    PyObject *line;
    Py_UCS4 delim = ',', quote = '"';
    PyObject *d = NULL, *q = NULL;

    if (!PyArg_ParseTuple(args, "U|UU", &line, &d, &q))
        return NULL;
    if (d) delim = PyUnicode_READ_CHAR(d, 0);
    if (q) quote = PyUnicode_READ_CHAR(q, 0);

    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);

    PyObject *out = PyList_New(0);
    if (!out) return NULL;

    Py_UCS4 *buf = PyMem_Malloc(sizeof(Py_UCS4) * (n + 1));
    if (!buf) { Py_DECREF(out); return PyErr_NoMemory(); }

    Py_ssize_t len = 0;
    int inq = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (inq) {
            if (ch == quote) {
                if (i + 1 < n && PyUnicode_READ(kind, data, i + 1) == quote) { buf[len++] = quote; i++; }
                else inq = 0;
            } else buf[len++] = ch;
        } else if (ch == quote) {
            inq = 1;
        } else if (ch == delim) {
            PyObject *f = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, len);
            if (!f || PyList_Append(out, f) < 0) { Py_XDECREF(f); goto fail; }
            Py_DECREF(f);
            len = 0;
        } else if (ch == '\r' || ch == '\n') {
            break;
        } else buf[len++] = ch;
    }
    PyObject *f = PyUnicode_FromKindAndData(PyUnicode_4BYTE_KIND, buf, len);
    if (!f || PyList_Append(out, f) < 0) { Py_XDECREF(f); goto fail; }
    Py_DECREF(f);
    PyMem_Free(buf);
    return out;
fail:
    PyMem_Free(buf);
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"split_line", split_line, METH_VARARGS, "Split one CSV line into fields."},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef mod = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__speedups(void)
{
    return PyModule_Create(&mod);
}
