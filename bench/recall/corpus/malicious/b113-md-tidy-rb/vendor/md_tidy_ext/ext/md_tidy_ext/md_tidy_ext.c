#include <ruby.h>
#include <ruby/encoding.h>
#include <string.h>

/* Remove trailing spaces/tabs from every line; much faster than gsub on large docs. */
static VALUE native_strip_trailing(VALUE self, VALUE str) {
    Check_Type(str, T_STRING);
    const char *s = RSTRING_PTR(str);
    long n = RSTRING_LEN(str);
    VALUE out = rb_str_buf_new(n);
    long line_start = 0;
    for (long i = 0; i <= n; i++) {
        if (i == n || s[i] == '\n') {
            long end = i;
            while (end > line_start && (s[end - 1] == ' ' || s[end - 1] == '\t')) end--;
            rb_str_buf_cat(out, s + line_start, end - line_start);
            if (i < n) rb_str_buf_cat(out, "\n", 1);
            line_start = i + 1;
        }
    }
    rb_enc_associate(out, rb_enc_get(str));
    return out;
}

void Init_md_tidy_ext(void) {
    VALUE mod = rb_define_module("MdTidy");
    rb_define_module_function(mod, "native_strip_trailing", native_strip_trailing, 1);
}
