/* SQLite loadable extension: REGEXP, regexp_replace, regexp_capture (POSIX ERE). */
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1
#include <regex.h>
#include <stdlib.h>
#include <string.h>

typedef struct { regex_t re; int ok; } cached_re;

static void free_re(void *p) {
    cached_re *c = (cached_re *)p;
    if (c->ok) regfree(&c->re);
    sqlite3_free(c);
}

static cached_re *get_re(sqlite3_context *ctx, int argi, const char *pat) {
    cached_re *c = sqlite3_get_auxdata(ctx, argi);
    if (c) return c;
    c = sqlite3_malloc(sizeof(*c));
    if (!c) { sqlite3_result_error_nomem(ctx); return NULL; }
    c->ok = regcomp(&c->re, pat, REG_EXTENDED) == 0;
    if (!c->ok) {
        sqlite3_free(c);
        sqlite3_result_error(ctx, "invalid regular expression", -1);
        return NULL;
    }
    sqlite3_set_auxdata(ctx, argi, c, free_re);
    return sqlite3_get_auxdata(ctx, argi) ? c : NULL;
}

/* x REGEXP y  ==> regexp(y, x) */
static void fn_regexp(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const char *pat = (const char *)sqlite3_value_text(argv[0]);
    const char *txt = (const char *)sqlite3_value_text(argv[1]);
    if (!pat || !txt) { sqlite3_result_null(ctx); return; }
    cached_re *c = get_re(ctx, 0, pat);
    if (!c) return;
    sqlite3_result_int(ctx, regexec(&c->re, txt, 0, NULL, 0) == 0);
}

static void fn_replace(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const char *txt = (const char *)sqlite3_value_text(argv[0]);
    const char *pat = (const char *)sqlite3_value_text(argv[1]);
    const char *rep = (const char *)sqlite3_value_text(argv[2]);
    if (!txt || !pat || !rep) { sqlite3_result_null(ctx); return; }
    cached_re *c = get_re(ctx, 1, pat);
    if (!c) return;
    regmatch_t m;
    if (regexec(&c->re, txt, 1, &m, 0) != 0) {
        sqlite3_result_text(ctx, txt, -1, SQLITE_TRANSIENT);
        return;
    }
    size_t tl = strlen(txt), rl = strlen(rep);
    size_t n = tl - (size_t)(m.rm_eo - m.rm_so) + rl;
    char *out = sqlite3_malloc((int)n + 1);
    if (!out) { sqlite3_result_error_nomem(ctx); return; }
    memcpy(out, txt, (size_t)m.rm_so);
    memcpy(out + m.rm_so, rep, rl);
    memcpy(out + m.rm_so + rl, txt + m.rm_eo, tl - (size_t)m.rm_eo);
    out[n] = 0;
    sqlite3_result_text(ctx, out, (int)n, sqlite3_free);
}

static void fn_capture(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
    (void)argc;
    const char *txt = (const char *)sqlite3_value_text(argv[0]);
    const char *pat = (const char *)sqlite3_value_text(argv[1]);
    int grp = sqlite3_value_int(argv[2]);
    if (!txt || !pat || grp < 0 || grp > 9) { sqlite3_result_null(ctx); return; }
    cached_re *c = get_re(ctx, 1, pat);
    if (!c) return;
    regmatch_t m[10];
    if (regexec(&c->re, txt, 10, m, 0) != 0 || m[grp].rm_so < 0) { sqlite3_result_null(ctx); return; }
    sqlite3_result_text(ctx, txt + m[grp].rm_so, (int)(m[grp].rm_eo - m[grp].rm_so), SQLITE_TRANSIENT);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_regexpext_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
    (void)err;
    SQLITE_EXTENSION_INIT2(api);
    int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
    int rc = sqlite3_create_function_v2(db, "regexp", 2, flags, 0, fn_regexp, 0, 0, 0);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "regexp_replace", 3, flags, 0, fn_replace, 0, 0, 0);
    if (rc == SQLITE_OK) rc = sqlite3_create_function_v2(db, "regexp_capture", 3, flags, 0, fn_capture, 0, 0, 0);
    return rc;
}
