#pragma once
int LZ4_compressBound(int);
int LZ4_compress_default(const char*, char*, int, int);
int LZ4_decompress_safe(const char*, char*, int, int);
