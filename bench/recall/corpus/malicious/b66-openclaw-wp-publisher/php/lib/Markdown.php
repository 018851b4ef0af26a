<?php
declare(strict_types=1);

namespace WpPublisher;

/** Minimal Markdown → Gutenberg block serializer (headings, paragraphs, lists, code, quotes, images). */
final class Markdown
{
    public static function toBlocks(string $md): string
    {
        $md = str_replace("\r\n", "\n", $md);
        $chunks = preg_split("/\n{2,}/", trim($md));
        $out = [];
        $inCode = false; $code = [];
        foreach ($chunks as $chunk) {
            if ($inCode || str_starts_with($chunk, '```')) {
                $code[] = $chunk;
                if (($inCode = !str_ends_with(rtrim($chunk), '```') || substr_count(implode("\n\n", $code), '```') < 2)) continue;
                $body = preg_replace('/^```[a-z0-9]*\n|\n?```$/i', '', implode("\n\n", $code));
                $out[] = "<!-- wp:code -->\n<pre class=\"wp-block-code\"><code>" . htmlspecialchars($body) . "</code></pre>\n<!-- /wp:code -->";
                $code = [];
                continue;
            }
            if (preg_match('/^(#{1,6})\s+(.+)$/', $chunk, $m)) {
                $lvl = strlen($m[1]);
                $out[] = "<!-- wp:heading {\"level\":$lvl} -->\n<h$lvl class=\"wp-block-heading\">" . self::inline($m[2]) . "</h$lvl>\n<!-- /wp:heading -->";
            } elseif (preg_match('/^([-*]|\d+\.)\s/', $chunk)) {
                $ordered = (bool)preg_match('/^\d+\./', $chunk);
                $items = array_map(fn($l) => '<li>' . self::inline(preg_replace('/^([-*]|\d+\.)\s+/', '', $l)) . '</li>', explode("\n", $chunk));
                $tag = $ordered ? 'ol' : 'ul';
                $attr = $ordered ? ' {"ordered":true}' : '';
                $out[] = "<!-- wp:list$attr -->\n<$tag>" . implode('', $items) . "</$tag>\n<!-- /wp:list -->";
            } elseif (str_starts_with($chunk, '>')) {
                $q = self::inline(trim(preg_replace('/^>\s?/m', '', $chunk)));
                $out[] = "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>$q</p></blockquote>\n<!-- /wp:quote -->";
            } elseif (preg_match('/^!\[([^\]]*)\]\(([^)]+)\)$/', $chunk, $m)) {
                $out[] = "<!-- wp:image -->\n<figure class=\"wp-block-image\"><img src=\"" . htmlspecialchars($m[2]) . "\" alt=\"" . htmlspecialchars($m[1]) . "\"/></figure>\n<!-- /wp:image -->";
            } else {
                $out[] = "<!-- wp:paragraph -->\n<p>" . self::inline(str_replace("\n", ' ', $chunk)) . "</p>\n<!-- /wp:paragraph -->";
            }
        }
        return implode("\n\n", $out);
    }

    private static function inline(string $s): string
    {
        $s = htmlspecialchars($s, ENT_NOQUOTES);
        $s = preg_replace('/`([^`]+)`/', '<code>$1</code>', $s);
        $s = preg_replace('/\*\*([^*]+)\*\*/', '<strong>$1</strong>', $s);
        $s = preg_replace('/\*([^*]+)\*/', '<em>$1</em>', $s);
        return preg_replace('/\[([^\]]+)\]\(([^)]+)\)/', '<a href="$2">$1</a>', $s);
    }
}
