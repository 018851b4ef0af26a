<?php
declare(strict_types=1);

namespace DocsBuilder;

use League\CommonMark\GithubFlavoredMarkdownConverter;
use Symfony\Component\Yaml\Yaml;

final class Builder
{
    private GithubFlavoredMarkdownConverter $md;

    public function __construct(private string $title, private string $cacheDir)
    {
        $this->md = new GithubFlavoredMarkdownConverter(['html_input' => 'escape', 'allow_unsafe_links' => false]);
    }

    /** @return array{0: array, 1: string} */
    private function frontMatter(string $text): array
    {
        if (preg_match('/\A---\R(.*?)\R---\R/s', $text, $m)) {
            return [Yaml::parse($m[1]) ?? [], substr($text, strlen($m[0]))];
        }
        return [[], $text];
    }

    public function build(string $src, string $out): int
    {
        $pages = [];
        $it = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($src, \FilesystemIterator::SKIP_DOTS));
        foreach ($it as $f) {
            if ($f->getExtension() !== 'md') {
                continue;
            }
            $rel = substr($f->getPathname(), strlen(rtrim($src, '/')) + 1);
            [$meta, $body] = $this->frontMatter(file_get_contents($f->getPathname()));
            $html = (string) $this->md->convert($body);
            $title = $meta['title'] ?? (preg_match('/^#\s+(.+)$/m', $body, $h) ? $h[1] : basename($rel, '.md'));
            $pages[] = [
                'src' => $rel,
                'href' => preg_replace('/\.md$/', '.html', $rel),
                'title' => $title,
                'order' => (int) ($meta['order'] ?? 100),
                'section' => $meta['section'] ?? 'Docs',
                'html' => $html,
                'text' => mb_substr(trim(strip_tags($html)), 0, 2000),
            ];
        }
        usort($pages, fn($a, $b) => [$a['section'], $a['order'], $a['title']] <=> [$b['section'], $b['order'], $b['title']]);

        $manifestPath = "$out/.docs-manifest.json";
        $old = is_file($manifestPath) ? (json_decode(file_get_contents($manifestPath), true) ?: []) : [];
        $written = [];
        @mkdir($out, 0755, true);
        $tpl = file_get_contents(__DIR__ . '/../templates/page.html');
        $nav = $this->nav($pages);
        foreach ($pages as $p) {
            $target = "$out/{$p['href']}";
            @mkdir(dirname($target), 0755, true);
            $depth = substr_count($p['href'], '/');
            $html = strtr($tpl, [
                '{{title}}' => htmlspecialchars("{$p['title']} - {$this->title}"),
                '{{site}}' => htmlspecialchars($this->title),
                '{{nav}}' => str_replace('href="', 'href="' . str_repeat('../', $depth), $nav),
                '{{content}}' => $p['html'],
            ]);
            file_put_contents($target, $html);
            $written[] = $p['href'];
        }
        file_put_contents("$out/search.json", json_encode(array_map(fn($p) => ['t' => $p['title'], 'u' => $p['href'], 'x' => $p['text']], $pages), JSON_UNESCAPED_SLASHES));
        $written[] = 'search.json';
        if (!in_array('index.html', $written, true) && $pages) {
            copy("$out/{$pages[0]['href']}", "$out/index.html");
            $written[] = 'index.html';
        }
        foreach (array_diff($old, $written) as $stale) {
            if (is_file("$out/$stale") && !str_contains($stale, '..')) {
                unlink("$out/$stale");
            }
        }
        file_put_contents($manifestPath, json_encode(array_values($written)));
        return count($pages);
    }

    private function nav(array $pages): string
    {
        $out = '';
        foreach (array_unique(array_column($pages, 'section')) as $section) {
            $out .= '<h3>' . htmlspecialchars($section) . "</h3><ul>\n";
            foreach ($pages as $p) {
                if ($p['section'] === $section) {
                    $out .= '<li><a href="' . htmlspecialchars($p['href']) . '">' . htmlspecialchars($p['title']) . "</a></li>\n";
                }
            }
            $out .= "</ul>\n";
        }
        return $out;
    }
}
