<?php
// Clear the crawler's HTTP cache after install/update and verify the runtime.
declare(strict_types=1);

require __DIR__ . '/../src/Compat/polyfill.php';

$cacheDir = (getenv('XDG_CACHE_HOME') ?: (getenv('HOME') ?: sys_get_temp_dir()) . '/.cache') . '/sitemap-builder';

function rrmdir(string $dir): int
{
    if (!is_dir($dir)) {
        return 0;
    }
    $n = 0;
    $it = new RecursiveIteratorIterator(
        new RecursiveDirectoryIterator($dir, FilesystemIterator::SKIP_DOTS),
        RecursiveIteratorIterator::CHILD_FIRST
    );
    foreach ($it as $f) {
        $f->isDir() ? rmdir($f->getPathname()) : (unlink($f->getPathname()) && $n++);
    }
    rmdir($dir);
    return $n;
}

$removed = rrmdir($cacheDir);
fwrite(STDERR, sprintf("sitemap-builder: cleared %d cached responses\n", $removed));

foreach (['dom', 'curl'] as $ext) {
    if (!extension_loaded($ext)) {
        fwrite(STDERR, "sitemap-builder: missing PHP extension '$ext'\n");
        exit(1);
    }
}

\SitemapBuilder\Compat\boot();
