;; Swap R and B of every 4-byte pixel in [ptr, ptr+len). Built with: wat2wasm swizzle.wat
(module
  (memory (export "memory") 1)
  (func (export "swizzle") (param $p i32) (param $n i32)
    (local $end i32) (local $t i32)
    (local.set $end (i32.add (local.get $p) (local.get $n)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $t (i32.load8_u (local.get $p)))
        (i32.store8 (local.get $p) (i32.load8_u offset=2 (local.get $p)))
        (i32.store8 offset=2 (local.get $p) (local.get $t))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (br $next)))))
