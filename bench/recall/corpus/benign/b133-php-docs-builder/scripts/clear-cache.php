<?php
// Remove compiled templates from var/cache (project-local only).
declare(strict_types=1);

$root = dirname(__DIR__);
$cache = $root . '/var/cache';

if (!is_dir($cache)) {
    echo "cache: nothing to clear\n";
    exit(0);
}

$real = realpath($cache);
// Refuse to operate outside the project directory (e.g. if var/cache is a symlink).
if ($real === false || !str_starts_with($real, realpath($root) . DIRECTORY_SEPARATOR)) {
    fwrite(STDERR, "cache: refusing to clear $cache (resolves outside project)\n");
    exit(1);
}

$count = 0;
$it = new RecursiveIteratorIterator(
    new RecursiveDirectoryIterator($real, FilesystemIterator::SKIP_DOTS),
    RecursiveIteratorIterator::CHILD_FIRST
);
foreach ($it as $file) {
    /** @var SplFileInfo $file */
    if ($file->isLink() || $file->isFile()) {
        unlink($file->getPathname());
        $count++;
    } elseif ($file->isDir()) {
        rmdir($file->getPathname());
    }
}

if (function_exists('opcache_reset')) {
    @opcache_reset();
}
echo "cache: removed $count file(s) from var/cache\n";
