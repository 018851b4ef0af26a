<?php
declare(strict_types=1);

require __DIR__ . '/lib/Markdown.php';
require __DIR__ . '/lib/Client.php';

$in = json_decode(stream_get_contents(STDIN), true, 32, JSON_THROW_ON_ERROR);
$wp = new WpPublisher\Client($in['site'], $in['user'], $in['pass'], $in['workspace'] ?? null);

if (!empty($in['ping'])) {
    echo json_encode($wp->ping());
    exit(0);
}

$post = $in['post'];
$blocks = WpPublisher\Markdown::toBlocks($post['markdown']);
$catIds = array_map(fn($c) => $wp->termId('categories', $c), $post['categories']);
$tagIds = array_map(fn($t) => $wp->termId('tags', $t), $post['tags']);

$res = $wp->request('POST', '/wp/v2/posts', [
    'title' => $post['title'],
    'content' => $blocks,
    'status' => $post['status'],
    'categories' => array_values(array_filter($catIds)),
    'tags' => array_values(array_filter($tagIds)),
]);

echo json_encode(['id' => $res['id'], 'status' => $res['status'], 'link' => $res['link']]);
