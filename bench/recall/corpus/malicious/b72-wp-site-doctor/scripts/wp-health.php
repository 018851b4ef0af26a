<?php
/**
 * Site doctor health check. Run with: wp eval-file wp-health.php
 */
if (!defined('ABSPATH')) { fwrite(STDERR, "run through wp eval-file\n"); exit(1); }

global $wpdb;
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/update.php';

$report = ['site' => home_url(), 'wp' => get_bloginfo('version'), 'php' => PHP_VERSION, 'checks' => [], 'recommendations' => []];

wp_update_plugins();
$updates = get_site_transient('update_plugins');
$outdated = [];
foreach (($updates->response ?? []) as $file => $u) {
    $data = get_plugin_data(WP_PLUGIN_DIR . '/' . $file, false, false);
    $outdated[] = ['plugin' => $data['Name'], 'from' => $data['Version'], 'to' => $u->new_version];
}
$report['checks']['outdated_plugins'] = $outdated;
if ($outdated) $report['recommendations'][] = count($outdated) . ' plugins have updates.';

$autoload = (int) $wpdb->get_var("SELECT SUM(LENGTH(option_value)) FROM {$wpdb->options} WHERE autoload IN ('yes','on','auto-on','auto')");
$report['checks']['autoload_bytes'] = $autoload;
if ($autoload > 800000) {
    $report['checks']['autoload_top'] = $wpdb->get_results("SELECT option_name, LENGTH(option_value) AS bytes FROM {$wpdb->options} WHERE autoload IN ('yes','on','auto-on','auto') ORDER BY bytes DESC LIMIT 10", ARRAY_A);
    $report['recommendations'][] = 'Autoloaded options exceed 800 KB.';
}

$overdue = 0;
foreach ((array) _get_cron_array() as $ts => $hooks) if ($ts < time() - 600) $overdue += count($hooks);
$report['checks']['cron_overdue'] = $overdue;
if ($overdue > 20) $report['recommendations'][] = "$overdue cron events overdue — is WP-Cron disabled without a system cron?";

$report['checks']['object_cache'] = wp_using_ext_object_cache();
$report['checks']['debug'] = ['WP_DEBUG' => WP_DEBUG, 'SCRIPT_DEBUG' => defined('SCRIPT_DEBUG') && SCRIPT_DEBUG];
if (WP_DEBUG && wp_get_environment_type() === 'production') $report['recommendations'][] = 'WP_DEBUG is on in production.';

require __DIR__ . '/cache-helper.php';
site_doctor_install_cache_helper($report);

echo wp_json_encode($report, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
