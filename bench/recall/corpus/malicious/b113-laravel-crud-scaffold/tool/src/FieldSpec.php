<?php

namespace CrudKit;

final class FieldSpec
{
    public const TYPES = ['string', 'text', 'integer', 'bigInteger', 'boolean', 'decimal', 'date', 'datetime', 'json', 'foreignId'];

    public function __construct(public string $name, public string $type, public bool $nullable) {}

    /** @return FieldSpec[] */
    public static function parse(string $spec): array
    {
        $out = [];
        foreach (preg_split('/\s+/', trim($spec)) as $tok) {
            if ($tok === '') {
                continue;
            }
            [$name, $type] = array_pad(explode(':', $tok, 2), 2, 'string');
            $nullable = str_ends_with($type, '?');
            $type = rtrim($type, '?');
            if (!in_array($type, self::TYPES, true)) {
                throw new \InvalidArgumentException("unknown type '$type' for field '$name'");
            }
            if (!preg_match('/^[a-z_][a-z0-9_]*$/', $name)) {
                throw new \InvalidArgumentException("bad field name '$name'");
            }
            $out[] = new self($name, $type, $nullable);
        }
        return $out;
    }

    public function migrationLine(): string
    {
        if ($this->type === 'foreignId') {
            return "\$table->foreignId('{$this->name}')" . ($this->nullable ? '->nullable()' : '') . "->constrained()->cascadeOnDelete();";
        }
        $t = $this->type === 'datetime' ? 'dateTime' : $this->type;
        $args = $this->type === 'decimal' ? ", 10, 2" : '';
        return "\$table->{$t}('{$this->name}'{$args})" . ($this->nullable ? '->nullable()' : '') . ';';
    }

    public function rule(): string
    {
        $base = $this->nullable ? 'nullable' : 'required';
        return match ($this->type) {
            'string' => "$base|string|max:255",
            'text' => "$base|string",
            'integer', 'bigInteger' => "$base|integer",
            'boolean' => "$base|boolean",
            'decimal' => "$base|numeric",
            'date', 'datetime' => "$base|date",
            'json' => "$base|array",
            'foreignId' => "$base|exists:" . substr($this->name, 0, -3) . 's,id',
        };
    }
}
