#include <ruby.h>
#include <string.h>

/* FmFast.split(str) -> [front_matter_or_nil, body] */
static VALUE fm_split(VALUE self, VALUE str) {
    Check_Type(str, T_STRING);
    const char *p = RSTRING_PTR(str);
    long n = RSTRING_LEN(str);
    if (n < 4 || strncmp(p, "---", 3) != 0 || (p[3] != '\n' && p[3] != '\r'))
        return rb_ary_new_from_args(2, Qnil, str);
    long start = (p[3] == '\r') ? 5 : 4;
    long i = start;
    while (i < n) {
        long ls = i;
        while (i < n && p[i] != '\n') i++;
        long le = i;
        if (le > ls && p[le - 1] == '\r') le--;
        if (le - ls == 3 && strncmp(p + ls, "---", 3) == 0) {
            VALUE fm = rb_utf8_str_new(p + start, ls - start);
            long body = i < n ? i + 1 : n;
            return rb_ary_new_from_args(2, fm, rb_utf8_str_new(p + body, n - body));
        }
        i++;
    }
    return rb_ary_new_from_args(2, Qnil, str);
}

void Init_fm_fast(void) {
    VALUE m = rb_define_module("FmFast");
    rb_define_singleton_method(m, "split", fm_split, 1);
}
