// crc32c impl
