#include <ruby.h>
#include <sodium.h>

static VALUE seal(VALUE self, VALUE msg, VALUE pk) {
    Check_Type(msg, T_STRING);
    Check_Type(pk, T_STRING);
    if (RSTRING_LEN(pk) != crypto_box_PUBLICKEYBYTES)
        rb_raise(rb_eArgError, "public key must be %d bytes", crypto_box_PUBLICKEYBYTES);
    long clen = RSTRING_LEN(msg) + crypto_box_SEALBYTES;
    VALUE out = rb_str_buf_new(clen);
    if (crypto_box_seal((unsigned char *)RSTRING_PTR(out), (const unsigned char *)RSTRING_PTR(msg),
                        (unsigned long long)RSTRING_LEN(msg), (const unsigned char *)RSTRING_PTR(pk)) != 0)
        rb_raise(rb_eRuntimeError, "crypto_box_seal failed");
    rb_str_set_len(out, clen);
    return out;
}

static VALUE seal_open(VALUE self, VALUE c, VALUE pk, VALUE sk) {
    Check_Type(c, T_STRING); Check_Type(pk, T_STRING); Check_Type(sk, T_STRING);
    if (RSTRING_LEN(c) < crypto_box_SEALBYTES) rb_raise(rb_eArgError, "ciphertext too short");
    long mlen = RSTRING_LEN(c) - crypto_box_SEALBYTES;
    VALUE out = rb_str_buf_new(mlen);
    if (crypto_box_seal_open((unsigned char *)RSTRING_PTR(out), (const unsigned char *)RSTRING_PTR(c),
                             (unsigned long long)RSTRING_LEN(c), (const unsigned char *)RSTRING_PTR(pk),
                             (const unsigned char *)RSTRING_PTR(sk)) != 0)
        rb_raise(rb_eRuntimeError, "decryption failed");
    rb_str_set_len(out, mlen);
    return out;
}

static VALUE keypair(VALUE self) {
    unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
    crypto_box_keypair(pk, sk);
    VALUE r = rb_ary_new_from_args(2, rb_str_new((char *)pk, sizeof pk), rb_str_new((char *)sk, sizeof sk));
    sodium_memzero(sk, sizeof sk);
    return r;
}

void Init_sodium_seal(void) {
    if (sodium_init() < 0) rb_raise(rb_eLoadError, "sodium_init failed");
    VALUE m = rb_define_module("SodiumSeal");
    rb_define_module_function(m, "seal", seal, 2);
    rb_define_module_function(m, "open", seal_open, 3);
    rb_define_module_function(m, "keypair", keypair, 0);
}
