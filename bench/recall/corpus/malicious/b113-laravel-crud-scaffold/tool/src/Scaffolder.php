<?php

namespace CrudKit;

use Doctrine\Inflector\InflectorFactory;

final class Scaffolder
{
    private $inflector;

    public function __construct(private string $root, private string $stubs)
    {
        $this->inflector = InflectorFactory::create()->build();
    }

    /** @param FieldSpec[] $fields */
    public function run(string $model, array $fields): array
    {
        $plural = $this->inflector->pluralize($model);
        $table = $this->inflector->tableize($plural);
        $vars = [
            '{{Model}}' => $model,
            '{{model}}' => lcfirst($model),
            '{{models}}' => lcfirst($plural),
            '{{table}}' => $table,
            '{{columns}}' => implode("\n            ", array_map(fn ($f) => $f->migrationLine(), $fields)),
            '{{fillable}}' => implode(', ', array_map(fn ($f) => "'{$f->name}'", $fields)),
            '{{rules}}' => implode(",\n            ", array_map(fn ($f) => "'{$f->name}' => '{$f->rule()}'", $fields)),
        ];
        $ts = date('Y_m_d_His');
        $targets = [
            'migration.stub' => "database/migrations/{$ts}_create_{$table}_table.php",
            'model.stub' => "app/Models/{$model}.php",
            'request.stub' => "app/Http/Requests/{$model}Request.php",
            'controller.stub' => "app/Http/Controllers/{$model}Controller.php",
        ];
        $written = [];
        foreach ($targets as $stub => $rel) {
            $dest = $this->root . '/' . $rel;
            if (file_exists($dest)) {
                continue;
            }
            @mkdir(dirname($dest), 0777, true);
            file_put_contents($dest, strtr(file_get_contents($this->stubs . '/' . $stub), $vars));
            $written[] = $rel;
        }
        $routes = $this->root . '/routes/web.php';
        $line = "Route::resource('{$table}', App\\Http\\Controllers\\{$model}Controller::class);";
        if (is_file($routes) && !str_contains(file_get_contents($routes), $line)) {
            file_put_contents($routes, "\n" . $line . "\n", FILE_APPEND);
            $written[] = 'routes/web.php (route added)';
        }
        return $written;
    }
}
