;; textstats core: word counting over a UTF-8 buffer in linear memory.
(module
  (memory (export "memory") 2)

  ;; count_words(ptr, len) -> number of whitespace-separated words
  (func (export "count_words") (param $ptr i32) (param $len i32) (result i32)
    (local $i i32) (local $count i32) (local $inword i32) (local $c i32)
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
        (local.set $c (i32.load8_u (i32.add (local.get $ptr) (local.get $i))))
        (if (i32.or (i32.or (i32.eq (local.get $c) (i32.const 32)) (i32.eq (local.get $c) (i32.const 10)))
                    (i32.or (i32.eq (local.get $c) (i32.const 9)) (i32.eq (local.get $c) (i32.const 13))))
          (then (local.set $inword (i32.const 0)))
          (else
            (if (i32.eqz (local.get $inword))
              (then
                (local.set $count (i32.add (local.get $count) (i32.const 1)))
                (local.set $inword (i32.const 1))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $next)))
    (local.get $count))
)
