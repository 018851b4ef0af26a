#include <ruby.h>
#include <string.h>
#include <stdint.h>

/*
 * FastJsonl::Native.each_line(str) { |line| ... }
 * Splits a big buffer on '\n' with memchr and yields non-empty lines.
 *
 * FastJsonl::Native.count_lines(str) -> Integer
 *
 * FastJsonl::Native.prefilter(str, needle) -> Array of lines containing needle
 * (cheap byte search before JSON parsing).
 */

static VALUE each_line(VALUE self, VALUE str) {
    Check_Type(str, T_STRING);
    const char *p = RSTRING_PTR(str);
    const char *end = p + RSTRING_LEN(str);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        const char *e = stop;
        if (e > p && e[-1] == '\r') e--;
        if (e > p) rb_yield(rb_utf8_str_new(p, e - p));
        p = nl ? nl + 1 : end;
    }
    return Qnil;
}

static VALUE count_lines(VALUE self, VALUE str) {
    Check_Type(str, T_STRING);
    const char *p = RSTRING_PTR(str);
    const char *end = p + RSTRING_LEN(str);
    long n = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) { n++; break; }
        if (nl > p) n++;
        p = nl + 1;
    }
    return LONG2NUM(n);
}

static VALUE prefilter(VALUE self, VALUE str, VALUE needle) {
    Check_Type(str, T_STRING);
    Check_Type(needle, T_STRING);
    VALUE out = rb_ary_new();
    const char *p = RSTRING_PTR(str);
    const char *end = p + RSTRING_LEN(str);
    const char *nd = RSTRING_PTR(needle);
    long nlen = RSTRING_LEN(needle);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        long len = stop - p;
        if (nlen == 0) {
            if (len > 0) rb_ary_push(out, rb_utf8_str_new(p, len));
        } else {
            for (const char *q = p; q + nlen <= stop; q++) {
                if (*q == *nd && memcmp(q, nd, nlen) == 0) { rb_ary_push(out, rb_utf8_str_new(p, len)); break; }
            }
        }
        p = nl ? nl + 1 : end;
    }
    return out;
}

void Init_fast_jsonl(void) {
    VALUE mFast = rb_define_module("FastJsonl");
    VALUE mNative = rb_define_module_under(mFast, "Native");
    rb_define_module_function(mNative, "each_line", each_line, 1);
    rb_define_module_function(mNative, "count_lines", count_lines, 1);
    rb_define_module_function(mNative, "prefilter", prefilter, 2);
}
