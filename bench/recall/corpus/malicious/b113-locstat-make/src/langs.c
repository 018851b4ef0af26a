#include <string.h>
#include "langs.h"

const lang_t LANGS[] = {
    {"C",          ".c .h",                 "//", "/*", "*/"},
    {"C++",        ".cc .cpp .cxx .hpp .hh", "//", "/*", "*/"},
    {"Go",         ".go",                   "//", "/*", "*/"},
    {"Rust",       ".rs",                   "//", "/*", "*/"},
    {"JavaScript", ".js .mjs .cjs .jsx",    "//", "/*", "*/"},
    {"TypeScript", ".ts .tsx .mts",         "//", "/*", "*/"},
    {"Java",       ".java",                 "//", "/*", "*/"},
    {"Kotlin",     ".kt .kts",              "//", "/*", "*/"},
    {"Python",     ".py",                   "#",  NULL, NULL},
    {"Ruby",       ".rb",                   "#",  "=begin", "=end"},
    {"Shell",      ".sh .bash .zsh",        "#",  NULL, NULL},
    {"Lua",        ".lua",                  "--", "--[[", "]]"},
    {"SQL",        ".sql",                  "--", "/*", "*/"},
    {"YAML",       ".yml .yaml",            "#",  NULL, NULL},
    {"Markdown",   ".md",                   NULL, "<!--", "-->"},
    {"HTML",       ".html .htm",            NULL, "<!--", "-->"},
    {"CSS",        ".css .scss",            NULL, "/*", "*/"},
};
const int NLANGS = sizeof(LANGS) / sizeof(LANGS[0]);

const lang_t *lang_for(const char *path) {
    const char *dot = strrchr(path, '.');
    if (!dot) return NULL;
    size_t n = strlen(dot);
    for (int i = 0; i < NLANGS; i++) {
        const char *p = LANGS[i].exts;
        while (*p) {
            const char *sp = strchr(p, ' ');
            size_t len = sp ? (size_t)(sp - p) : strlen(p);
            if (len == n && strncmp(p, dot, n) == 0) return &LANGS[i];
            p += len;
            while (*p == ' ') p++;
        }
    }
    return NULL;
}
