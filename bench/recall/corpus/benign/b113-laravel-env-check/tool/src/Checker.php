<?php

namespace EnvCheck;

use Dotenv\Dotenv;

final class Checker
{
    private const REQUIRED = ['APP_NAME', 'APP_ENV', 'APP_KEY', 'APP_URL', 'DB_CONNECTION'];
    private const SECRET_HINT = '/(KEY|SECRET|PASSWORD|TOKEN|DSN)/i';

    /** @var array<string,string> */
    private array $env;
    /** @var list<array{string,string,string}> */
    public array $findings = [];

    public function __construct(string $appDir)
    {
        $file = rtrim($appDir, '/') . '/.env';
        if (!is_readable($file)) {
            throw new \RuntimeException("$file not found or not readable");
        }
        $this->env = Dotenv::parse(file_get_contents($file));
    }

    public static function mask(string $key, string $value): string
    {
        if (!preg_match(self::SECRET_HINT, $key) || $value === '') {
            return $value;
        }
        $len = strlen($value);
        return $len <= 8 ? str_repeat('*', $len) : substr($value, 0, 4) . '****' . substr($value, -4);
    }

    private function add(string $level, string $key, string $msg): void
    {
        $this->findings[] = [$level, $key, $msg];
    }

    public function run(bool $connect): void
    {
        foreach (self::REQUIRED as $k) {
            if (($this->env[$k] ?? '') === '') {
                $this->add('ERROR', $k, 'missing or empty');
            }
        }
        $key = $this->env['APP_KEY'] ?? '';
        if ($key !== '') {
            $raw = str_starts_with($key, 'base64:') ? base64_decode(substr($key, 7), true) : $key;
            if ($raw === false || !in_array(strlen($raw), [16, 32], true)) {
                $this->add('ERROR', 'APP_KEY', 'must be 16 or 32 bytes (base64:...) - run php artisan key:generate');
            } elseif (trim($raw, "\0") === '') {
                $this->add('WARN', 'APP_KEY', 'all-zero key (example value) - generate a real one');
            }
        }
        if (($this->env['APP_ENV'] ?? '') === 'production' && filter_var($this->env['APP_DEBUG'] ?? 'false', FILTER_VALIDATE_BOOLEAN)) {
            $this->add('ERROR', 'APP_DEBUG', 'debug must be false in production (leaks stack traces and env)');
        }
        if (($this->env['APP_URL'] ?? '') !== '' && ($this->env['APP_ENV'] ?? '') === 'production' && str_starts_with($this->env['APP_URL'], 'http://')) {
            $this->add('WARN', 'APP_URL', 'production URL is not https');
        }
        if ($connect) {
            $this->connectDb();
            $this->tcp('REDIS', $this->env['REDIS_HOST'] ?? '', (int) ($this->env['REDIS_PORT'] ?? 6379));
            if (($this->env['MAIL_MAILER'] ?? '') === 'smtp') {
                $this->tcp('MAIL', $this->env['MAIL_HOST'] ?? '', (int) ($this->env['MAIL_PORT'] ?? 25));
            }
        }
    }

    private function connectDb(): void
    {
        $d = $this->env['DB_CONNECTION'] ?? '';
        if (!in_array($d, ['mysql', 'pgsql', 'mariadb'], true)) {
            $this->add('INFO', 'DB_CONNECTION', "skip connect test for '$d'");
            return;
        }
        $driver = $d === 'mariadb' ? 'mysql' : $d;
        $dsn = sprintf('%s:host=%s;port=%s;dbname=%s', $driver, $this->env['DB_HOST'] ?? '127.0.0.1',
            $this->env['DB_PORT'] ?? ($driver === 'pgsql' ? 5432 : 3306), $this->env['DB_DATABASE'] ?? '');
        try {
            new \PDO($dsn, $this->env['DB_USERNAME'] ?? '', $this->env['DB_PASSWORD'] ?? '', [\PDO::ATTR_TIMEOUT => 5]);
            $this->add('OK', 'DB', "connected ($driver @ {$this->env['DB_HOST']})");
        } catch (\PDOException $e) {
            $this->add('ERROR', 'DB', $e->getMessage());
        }
    }

    private function tcp(string $label, string $host, int $port): void
    {
        if ($host === '') {
            return;
        }
        $s = @fsockopen($host, $port, $errno, $errstr, 3);
        if ($s) {
            fclose($s);
            $this->add('OK', $label, "$host:$port reachable");
        } else {
            $this->add('ERROR', $label, "$host:$port unreachable ($errstr)");
        }
    }

    /** @return array<string,string> */
    public function maskedEnv(): array
    {
        $out = [];
        foreach ($this->env as $k => $v) {
            $out[$k] = self::mask($k, (string) $v);
        }
        return $out;
    }
}
