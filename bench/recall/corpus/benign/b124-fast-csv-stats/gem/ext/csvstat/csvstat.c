#include <ruby.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Csvstat::Acc - running numeric stats (Welford) for one column. */
typedef struct {
    long n, nulls, non_numeric;
    double mean, m2, min, max;
} acc_t;

static void acc_free(void *p) { xfree(p); }
static size_t acc_size(const void *p) { return sizeof(acc_t); }
static const rb_data_type_t acc_type = {"csvstat_acc", {0, acc_free, acc_size}, 0, 0, RUBY_TYPED_FREE_IMMEDIATELY};

static VALUE acc_alloc(VALUE klass) {
    acc_t *a;
    VALUE obj = TypedData_Make_Struct(klass, acc_t, &acc_type, a);
    a->min = INFINITY;
    a->max = -INFINITY;
    return obj;
}

static VALUE acc_push(VALUE self, VALUE str) {
    acc_t *a;
    TypedData_Get_Struct(self, acc_t, &acc_type, a);
    if (NIL_P(str) || RSTRING_LEN(str) == 0) { a->nulls++; return self; }
    char buf[64];
    long len = RSTRING_LEN(str);
    if (len >= (long)sizeof(buf)) { a->non_numeric++; return self; }
    memcpy(buf, RSTRING_PTR(str), len);
    buf[len] = 0;
    char *end;
    double x = strtod(buf, &end);
    while (*end == ' ') end++;
    if (end == buf || *end != 0) { a->non_numeric++; return self; }
    a->n++;
    double d = x - a->mean;
    a->mean += d / a->n;
    a->m2 += d * (x - a->mean);
    if (x < a->min) a->min = x;
    if (x > a->max) a->max = x;
    return self;
}

static VALUE acc_to_h(VALUE self) {
    acc_t *a;
    TypedData_Get_Struct(self, acc_t, &acc_type, a);
    VALUE h = rb_hash_new();
    rb_hash_aset(h, ID2SYM(rb_intern("numeric")), LONG2NUM(a->n));
    rb_hash_aset(h, ID2SYM(rb_intern("nulls")), LONG2NUM(a->nulls));
    rb_hash_aset(h, ID2SYM(rb_intern("text")), LONG2NUM(a->non_numeric));
    if (a->n > 0) {
        rb_hash_aset(h, ID2SYM(rb_intern("min")), DBL2NUM(a->min));
        rb_hash_aset(h, ID2SYM(rb_intern("max")), DBL2NUM(a->max));
        rb_hash_aset(h, ID2SYM(rb_intern("mean")), DBL2NUM(a->mean));
        rb_hash_aset(h, ID2SYM(rb_intern("stddev")), DBL2NUM(a->n > 1 ? sqrt(a->m2 / (a->n - 1)) : 0.0));
    }
    return h;
}

void Init_csvstat(void) {
    VALUE m = rb_define_module("Csvstat");
    VALUE c = rb_define_class_under(m, "Acc", rb_cObject);
    rb_define_alloc_func(c, acc_alloc);
    rb_define_method(c, "push", acc_push, 1);
    rb_define_method(c, "to_h", acc_to_h, 0);
}
