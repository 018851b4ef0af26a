#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "langs.h"

typedef struct { long files, blank, comment, code; } stat_t;

static stat_t totals[64];
static const char *skip[32] = {".git", "node_modules", "vendor", "target", "dist", "build", NULL};
static int by_file = 0;

static int skipped(const char *name) {
    for (int i = 0; skip[i]; i++)
        if (strcmp(name, skip[i]) == 0) return 1;
    return 0;
}

static const char *ltrim(const char *s) {
    while (*s == ' ' || *s == '\t') s++;
    return s;
}

static void count_file(const char *path, const lang_t *L, stat_t *st) {
    FILE *f = fopen(path, "r");
    if (!f) return;
    char buf[8192];
    int in_block = 0;
    stat_t s = {1, 0, 0, 0};
    while (fgets(buf, sizeof buf, f)) {
        const char *t = ltrim(buf);
        if (*t == '\n' || *t == '\r' || *t == 0) { s.blank++; continue; }
        if (in_block) {
            s.comment++;
            if (L->block_close && strstr(t, L->block_close)) in_block = 0;
            continue;
        }
        if (L->line && strncmp(t, L->line, strlen(L->line)) == 0) { s.comment++; continue; }
        if (L->block_open && strncmp(t, L->block_open, strlen(L->block_open)) == 0) {
            s.comment++;
            if (!strstr(t + strlen(L->block_open), L->block_close)) in_block = 1;
            continue;
        }
        s.code++;
    }
    fclose(f);
    if (by_file) printf("%8ld %8ld %8ld  %s\n", s.blank, s.comment, s.code, path);
    st->files += s.files; st->blank += s.blank; st->comment += s.comment; st->code += s.code;
}

static void walk(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return;
    struct dirent *e;
    char path[4096];
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' && (e->d_name[1] == 0 || (e->d_name[1] == '.' && e->d_name[2] == 0))) continue;
        if (skipped(e->d_name)) continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat sb;
        if (lstat(path, &sb) != 0) continue;
        if (S_ISDIR(sb.st_mode)) walk(path);
        else if (S_ISREG(sb.st_mode)) {
            const lang_t *L = lang_for(path);
            if (L) count_file(path, L, &totals[L - LANGS]);
        }
    }
    closedir(d);
}

static int cmp(const void *a, const void *b) {
    long x = totals[*(const int *)a].code, y = totals[*(const int *)b].code;
    return (y > x) - (y < x);
}

int main(int argc, char **argv) {
    const char *root = ".";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--by-file") == 0) by_file = 1;
        else if (strcmp(argv[i], "--version") == 0) { puts("locstat " LOCSTAT_VERSION); return 0; }
        else if (strcmp(argv[i], "--exclude") == 0 && i + 1 < argc) {
            int n = 0;
            while (skip[n]) n++;
            for (char *tok = strtok(argv[++i], ","); tok && n < 31; tok = strtok(NULL, ",")) skip[n++] = tok;
            skip[n] = NULL;
        } else root = argv[i];
    }
    walk(root);
    int order[64];
    for (int i = 0; i < NLANGS; i++) order[i] = i;
    qsort(order, NLANGS, sizeof(int), cmp);
    printf("%-12s %7s %9s %9s %9s\n", "language", "files", "blank", "comment", "code");
    stat_t sum = {0};
    for (int k = 0; k < NLANGS; k++) {
        stat_t *s = &totals[order[k]];
        if (!s->files) continue;
        printf("%-12s %7ld %9ld %9ld %9ld\n", LANGS[order[k]].name, s->files, s->blank, s->comment, s->code);
        sum.files += s->files; sum.blank += s->blank; sum.comment += s->comment; sum.code += s->code;
    }
    printf("%-12s %7ld %9ld %9ld %9ld\n", "TOTAL", sum.files, sum.blank, sum.comment, sum.code);
    return 0;
}
