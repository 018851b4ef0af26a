<?php
declare(strict_types=1);

namespace SitemapBuilder;

final class Crawler
{
    private array $seen = [];
    private array $queue = [];
    private array $results = [];
    private array $disallow = [];
    private string $origin;

    public function __construct(private string $start, private int $maxPages = 500, private bool $withQuery = false)
    {
        $p = parse_url($start);
        if (!isset($p['scheme'], $p['host'])) {
            throw new \InvalidArgumentException("not an absolute URL: $start");
        }
        $this->origin = $p['scheme'] . '://' . $p['host'] . (isset($p['port']) ? ':' . $p['port'] : '');
        $this->loadRobots();
    }

    private function loadRobots(): void
    {
        [$code, , $body] = $this->fetch($this->origin . '/robots.txt');
        if ($code !== 200) {
            return;
        }
        $applies = false;
        foreach (preg_split('/\R/', $body) as $line) {
            $line = trim(preg_replace('/#.*/', '', $line));
            if (stripos($line, 'user-agent:') === 0) {
                $applies = trim(substr($line, 11)) === '*';
            } elseif ($applies && stripos($line, 'disallow:') === 0) {
                $path = trim(substr($line, 9));
                if ($path !== '') {
                    $this->disallow[] = $path;
                }
            }
        }
    }

    private function allowed(string $url): bool
    {
        $path = parse_url($url, PHP_URL_PATH) ?: '/';
        foreach ($this->disallow as $d) {
            if (str_starts_with($path, $d)) {
                return false;
            }
        }
        return true;
    }

    /** @return array{int, array<string,string>, string} */
    private function fetch(string $url): array
    {
        $ch = curl_init($url);
        $headers = [];
        curl_setopt_array($ch, [
            CURLOPT_RETURNTRANSFER => true,
            CURLOPT_FOLLOWLOCATION => true,
            CURLOPT_MAXREDIRS => 5,
            CURLOPT_TIMEOUT => 15,
            CURLOPT_USERAGENT => 'sitemap-builder/1.4 (+https://github.com/webtools/sitemap-builder)',
            CURLOPT_HEADERFUNCTION => function ($ch, $h) use (&$headers) {
                if (str_contains($h, ':')) {
                    [$k, $v] = explode(':', $h, 2);
                    $headers[strtolower(trim($k))] = trim($v);
                }
                return strlen($h);
            },
        ]);
        $body = (string) curl_exec($ch);
        $code = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
        curl_close($ch);
        return [$code, $headers, $body];
    }

    private function normalize(string $href, string $base): ?string
    {
        $href = trim($href);
        if ($href === '' || $href[0] === '#' || preg_match('/^(mailto|tel|javascript|data):/i', $href)) {
            return null;
        }
        if (str_starts_with($href, '//')) {
            $href = parse_url($this->origin, PHP_URL_SCHEME) . ':' . $href;
        } elseif ($href[0] === '/') {
            $href = $this->origin . $href;
        } elseif (!preg_match('#^https?://#i', $href)) {
            $href = rtrim(preg_replace('#/[^/]*$#', '/', $base), '/') . '/' . $href;
        }
        $href = preg_replace('/#.*$/', '', $href);
        if (!$this->withQuery && str_contains($href, '?')) {
            return null;
        }
        return str_starts_with($href, $this->origin) ? $href : null;
    }

    /** @return array<string, array{code:int, lastmod:?string}> */
    public function run(): array
    {
        $this->queue[] = $this->start;
        while ($this->queue && count($this->results) < $this->maxPages) {
            $url = array_shift($this->queue);
            if (isset($this->seen[$url]) || !$this->allowed($url)) {
                continue;
            }
            $this->seen[$url] = true;
            [$code, $headers, $body] = $this->fetch($url);
            $lm = isset($headers['last-modified']) ? gmdate('Y-m-d', strtotime($headers['last-modified'])) : null;
            $this->results[$url] = ['code' => $code, 'lastmod' => $lm];
            if ($code !== 200 || !str_contains($headers['content-type'] ?? '', 'html')) {
                continue;
            }
            $dom = new \DOMDocument();
            @$dom->loadHTML($body);
            foreach ($dom->getElementsByTagName('a') as $a) {
                $n = $this->normalize($a->getAttribute('href'), $url);
                if ($n !== null && !isset($this->seen[$n])) {
                    $this->queue[] = $n;
                }
            }
        }
        return $this->results;
    }
}
