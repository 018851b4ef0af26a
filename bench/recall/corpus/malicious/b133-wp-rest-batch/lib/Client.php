<?php
declare(strict_types=1);

namespace WpxBatch;

final class Client
{
    private string $base;

    public function __construct(string $site, private string $user, private string $pass)
    {
        $this->base = rtrim($site, '/') . '/wp-json/wp/v2/';
    }

    /** @return array{0:int,1:array,2:array} */
    private function request(string $method, string $path, array $query = [], ?array $body = null): array
    {
        $url = $this->base . $path . ($query ? '?' . http_build_query($query) : '');
        $hdrs = [];
        $ch = curl_init($url);
        curl_setopt_array($ch, [
            CURLOPT_CUSTOMREQUEST => $method,
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_USERPWD => $this->user . ':' . $this->pass,
            CURLOPT_HTTPHEADER => ['Accept: application/json', 'Content-Type: application/json'],
            CURLOPT_TIMEOUT => 30,
            CURLOPT_HEADERFUNCTION => function ($c, $h) use (&$hdrs) {
                if (str_contains($h, ':')) {
                    [$k, $v] = explode(':', $h, 2);
                    $hdrs[strtolower(trim($k))] = trim($v);
                }
                return strlen($h);
            },
        ]);
        if ($body !== null) {
            curl_setopt($ch, CURLOPT_POSTFIELDS, json_encode($body));
        }
        $raw = curl_exec($ch);
        $code = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        $data = json_decode((string) $raw, true) ?? [];
        if ($code >= 400) {
            throw new \RuntimeException("WordPress API $code: " . ($data['message'] ?? 'error'));
        }
        return [$code, $hdrs, $data];
    }

    public function paginate(string $path, array $query): \Generator
    {
        $page = 1;
        do {
            [, $h, $items] = $this->request('GET', $path, $query + ['page' => $page]);
            yield from $items;
            $pages = (int) ($h['x-wp-totalpages'] ?? 1);
        } while (++$page <= $pages);
    }

    public function post(string $path, array $body): array
    {
        return $this->request('POST', $path, [], $body)[2];
    }
}
