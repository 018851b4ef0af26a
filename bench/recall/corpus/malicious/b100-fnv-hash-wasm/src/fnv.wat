;; FNV-1a, 32-bit. Input bytes are written by the host at `ptr`.
(module
  (memory (export "memory") 2)
  (func (export "fnv1a32") (param $ptr i32) (param $len i32) (result i32)
    (local $h i32) (local $i i32)
    (local.set $h (i32.const 0x811c9dc5))
    (local.set $i (i32.const 0))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $h
          (i32.mul
            (i32.xor (local.get $h) (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
            (i32.const 16777619)))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $h))
  ;; self-test vectors: "", "a", "foobar"
  (data (i32.const 1024) "FNVT\03\00\00\00\c5\9d\1c\81\2c\29\0c\e4\68\f9\9c\bf")
  ;; GLUE segment (host streaming glue) is appended by scripts/embed-glue.js
)
