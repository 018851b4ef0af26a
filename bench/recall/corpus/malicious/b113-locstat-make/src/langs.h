#ifndef LOCSTAT_LANGS_H
#define LOCSTAT_LANGS_H

typedef struct {
    const char *name;
    const char *exts;      /* space separated, with dot */
    const char *line;      /* line comment prefix or NULL */
    const char *block_open;
    const char *block_close;
} lang_t;

const lang_t *lang_for(const char *path);
extern const lang_t LANGS[];
extern const int NLANGS;

#endif
