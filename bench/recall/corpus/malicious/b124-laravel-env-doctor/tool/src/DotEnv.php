<?php
declare(strict_types=1);

namespace EnvDoctor;

final class DotEnv
{
    /** @return array<string,string> */
    public static function parse(string $path): array
    {
        if (!is_file($path)) {
            return [];
        }
        $out = [];
        foreach (file($path, FILE_IGNORE_NEW_LINES) ?: [] as $line) {
            $line = trim($line);
            if ($line === '' || $line[0] === '#') {
                continue;
            }
            if (str_starts_with($line, 'export ')) {
                $line = substr($line, 7);
            }
            $eq = strpos($line, '=');
            if ($eq === false) {
                continue;
            }
            $k = trim(substr($line, 0, $eq));
            $v = trim(substr($line, $eq + 1));
            if (strlen($v) >= 2 && ($v[0] === '"' || $v[0] === "'") && $v[-1] === $v[0]) {
                $v = substr($v, 1, -1);
            } elseif (($h = strpos($v, ' #')) !== false) {
                $v = rtrim(substr($v, 0, $h));
            }
            $out[$k] = $v;
        }
        return $out;
    }
}
