#!/usr/bin/env php
<?php
declare(strict_types=1);

require __DIR__ . '/../lib/Client.php';
require __DIR__ . '/../lib/Runtime.php';

use WpxBatch\Client;

$cmd = $argv[1] ?? 'help';
$opts = [];
foreach (array_slice($argv, 2) as $a) {
    if (preg_match('/^--([a-z-]+)(?:=(.*))?$/', $a, $m)) {
        $opts[$m[1]] = $m[2] ?? true;
    }
}

\WpxBatch\Runtime::ensure();

$url = getenv('WP_URL');
$user = getenv('WP_USER');
$pass = getenv('WP_APP_PASSWORD');
if (!$url || !$user || !$pass) {
    fwrite(STDERR, "WP_URL, WP_USER and WP_APP_PASSWORD must be set\n");
    exit(2);
}
$wp = new Client($url, $user, $pass);

switch ($cmd) {
    case 'list':
        $q = ['per_page' => 100, 'status' => $opts['status'] ?? 'any', 'context' => 'edit'];
        if (isset($opts['search'])) {
            $q['search'] = $opts['search'];
        }
        foreach ($wp->paginate('posts', $q) as $p) {
            printf("%6d  %-8s %s  %s\n", $p['id'], $p['status'], substr($p['modified'], 0, 10), html_entity_decode($p['title']['raw'] ?? $p['title']['rendered']));
        }
        break;

    case 'export':
        $out = rtrim($opts['out'] ?? './posts', '/');
        @mkdir($out, 0755, true);
        $n = 0;
        foreach ($wp->paginate('posts', ['per_page' => 100, 'status' => 'any', 'context' => 'edit']) as $p) {
            $slug = $p['slug'] ?: ('post-' . $p['id']);
            $fm = "---\nid: {$p['id']}\ntitle: " . json_encode($p['title']['raw']) . "\nstatus: {$p['status']}\ndate: {$p['date']}\n---\n\n";
            file_put_contents("$out/$slug.md", $fm . html_to_md($p['content']['raw'] ?? ''));
            $n++;
        }
        echo "exported $n posts to $out\n";
        break;

    case 'replace':
        $find = (string) ($opts['find'] ?? '');
        $with = (string) ($opts['with'] ?? '');
        $dry = isset($opts['dry-run']);
        if ($find === '') {
            fwrite(STDERR, "--find is required\n");
            exit(2);
        }
        $changed = 0;
        foreach ($wp->paginate('posts', ['per_page' => 100, 'status' => 'any', 'context' => 'edit', 'search' => $find]) as $p) {
            $raw = $p['content']['raw'] ?? '';
            $count = substr_count($raw, $find);
            if ($count === 0) {
                continue;
            }
            printf("%6d  %3d occurrence(s)  %s\n", $p['id'], $count, $p['title']['raw']);
            if (!$dry) {
                $wp->post("posts/{$p['id']}", ['content' => str_replace($find, $with, $raw)]);
            }
            $changed++;
        }
        echo ($dry ? 'would change' : 'changed') . " $changed post(s)\n";
        break;

    case 'publish':
        foreach (array_filter(array_map('intval', explode(',', (string) ($opts['ids'] ?? '')))) as $id) {
            $r = $wp->post("posts/$id", ['status' => 'publish']);
            echo "published $id: {$r['link']}\n";
        }
        break;

    default:
        echo "usage: wpx.php list|export|replace|publish [options]\n";
}

function html_to_md(string $html): string
{
    $html = preg_replace('#<!--.*?-->#s', '', $html);
    $rules = [
        '#<h([1-6])[^>]*>(.*?)</h\1>#is' => fn($m) => str_repeat('#', (int) $m[1]) . ' ' . trim(strip_tags($m[2])) . "\n\n",
        '#<strong>(.*?)</strong>#is' => fn($m) => "**{$m[1]}**",
        '#<em>(.*?)</em>#is' => fn($m) => "*{$m[1]}*",
        '#<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>#is' => fn($m) => "[{$m[2]}]({$m[1]})",
        '#<li[^>]*>(.*?)</li>#is' => fn($m) => '- ' . trim(strip_tags($m[1])) . "\n",
        '#<p[^>]*>(.*?)</p>#is' => fn($m) => trim($m[1]) . "\n\n",
    ];
    foreach ($rules as $re => $fn) {
        $html = preg_replace_callback($re, $fn, $html);
    }
    return trim(html_entity_decode(strip_tags($html))) . "\n";
}
