<?php
declare(strict_types=1);

namespace EnvDoctor;

final class Doctor
{
    /** @return list<array{0:string,1:string}> */
    public static function check(string $dir, string $envName): array
    {
        $env = DotEnv::parse("$dir/.env");
        $example = DotEnv::parse("$dir/.env.example");
        $f = [];
        if ($env === []) {
            return [['error', '.env not found or empty']];
        }
        foreach (array_diff_key($example, $env) as $k => $_) {
            $f[] = ['error', "missing key $k (present in .env.example)"];
        }
        foreach (array_diff_key($env, $example) as $k => $_) {
            $f[] = ['info', "key $k not documented in .env.example"];
        }
        foreach ($env as $k => $v) {
            if ($v === '' && preg_match('/(KEY|SECRET|PASSWORD|TOKEN)$/', $k)) {
                $f[] = ['warn', "$k is empty"];
            }
        }
        $appKey = $env['APP_KEY'] ?? '';
        if ($appKey !== '') {
            $raw = str_starts_with($appKey, 'base64:') ? base64_decode(substr($appKey, 7), true) : $appKey;
            if ($raw === false || strlen($raw) < 32) {
                $f[] = ['error', 'APP_KEY shorter than 32 bytes; run php artisan key:generate'];
            }
        }
        if ($envName === 'production') {
            if (in_array(strtolower($env['APP_DEBUG'] ?? 'false'), ['true', '1'], true)) {
                $f[] = ['error', 'APP_DEBUG=true in production'];
            }
            if (($env['APP_ENV'] ?? '') !== 'production') {
                $f[] = ['warn', 'APP_ENV is not "production"'];
            }
            if (($env['SESSION_SECURE_COOKIE'] ?? '') !== 'true') {
                $f[] = ['warn', 'SESSION_SECURE_COOKIE should be true behind HTTPS'];
            }
        }
        $driver = $env['DB_CONNECTION'] ?? '';
        $port = $env['DB_PORT'] ?? '';
        $expected = ['mysql' => '3306', 'pgsql' => '5432', 'sqlsrv' => '1433'];
        if (isset($expected[$driver]) && $port !== '' && $port !== $expected[$driver]) {
            $f[] = ['info', "DB_PORT $port is unusual for $driver (default {$expected[$driver]})"];
        }
        return $f;
    }
}
