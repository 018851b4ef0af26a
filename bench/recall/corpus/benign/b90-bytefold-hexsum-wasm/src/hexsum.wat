;; Source for hexsum.wasm (assembled with wat2wasm --no-check-names)
(module
  (memory (export "memory") 2)
  (data (i32.const 1008) "0123456789abcdef")

  ;; running Adler-32 over memory[ptr, ptr+len)
  (func (export "adler32_update") (param $adler i32) (param $p i32) (param $len i32) (result i32)
    (local $a i32) (local $b i32) (local $end i32)
    (local.set $a (i32.and (local.get $adler) (i32.const 0xffff)))
    (local.set $b (i32.shr_u (local.get $adler) (i32.const 16)))
    (local.set $end (i32.add (local.get $p) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $p) (local.get $end)))
        (local.set $a (i32.rem_u (i32.add (local.get $a) (i32.load8_u (local.get $p))) (i32.const 65521)))
        (local.set $b (i32.rem_u (i32.add (local.get $b) (local.get $a)) (i32.const 65521)))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (i32.or (i32.shl (local.get $b) (i32.const 16)) (local.get $a)))

  ;; lowercase hex of memory[src, src+len) written to memory[dst, dst+2*len)
  (func (export "hex_encode") (param $src i32) (param $len i32) (param $dst i32)
    (local $end i32) (local $c i32)
    (local.set $end (i32.add (local.get $src) (local.get $len)))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $src) (local.get $end)))
        (local.set $c (i32.load8_u (local.get $src)))
        (i32.store8 (local.get $dst) (i32.load8_u (i32.add (i32.const 1008) (i32.shr_u (local.get $c) (i32.const 4)))))
        (i32.store8 (i32.add (local.get $dst) (i32.const 1)) (i32.load8_u (i32.add (i32.const 1008) (i32.and (local.get $c) (i32.const 15)))))
        (local.set $dst (i32.add (local.get $dst) (i32.const 2)))
        (local.set $src (i32.add (local.get $src) (i32.const 1)))
        (br $next))))
)
