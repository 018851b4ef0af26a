// Classic ret2win. Compiled without stack protector / PIE on purpose.
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void win(void) {
    FILE *f = fopen("/flag.txt", "r");
    char buf[64] = {0};
    if (f) { fgets(buf, sizeof buf, f); puts(buf); }
    exit(0);
}

void vuln(void) {
    char name[32];
    puts("What's your name?");
    fflush(stdout);
    read(0, name, 200);   /* bug: reads 200 bytes into 32 */
    printf("Hello, %s\n", name);
}

int main(void) {
    setvbuf(stdout, NULL, _IONBF, 0);
    vuln();
    puts("Bye.");
    return 0;
}
