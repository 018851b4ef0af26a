;; Delta + zigzag transform over an i32 array at [ptr, ptr + 4n), in place.
(module
  (memory (export "memory") 1)

  (func (export "encode") (param $ptr i32) (param $n i32)
    (local $i i32) (local $prev i32) (local $v i32) (local $d i32) (local $addr i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $addr (i32.add (local.get $ptr) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $v (i32.load (local.get $addr)))
        (local.set $d (i32.sub (local.get $v) (local.get $prev)))
        (local.set $prev (local.get $v))
        ;; zigzag: (d << 1) ^ (d >> 31)
        (i32.store (local.get $addr)
          (i32.xor (i32.shl (local.get $d) (i32.const 1)) (i32.shr_s (local.get $d) (i32.const 31))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next))))

  (func (export "decode") (param $ptr i32) (param $n i32)
    (local $i i32) (local $prev i32) (local $v i32) (local $d i32) (local $addr i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $addr (i32.add (local.get $ptr) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $v (i32.load (local.get $addr)))
        ;; unzigzag: (z >>> 1) ^ -(z & 1)
        (local.set $d (i32.xor (i32.shr_u (local.get $v) (i32.const 1))
                               (i32.sub (i32.const 0) (i32.and (local.get $v) (i32.const 1)))))
        (local.set $prev (i32.add (local.get $prev) (local.get $d)))
        (i32.store (local.get $addr) (local.get $prev))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))))
