;; Build: wat2wasm gray.wat -o gray.wasm
(module
  (memory (export "memory") 1)
  ;; In-place RGBA -> luma (BT.601 integer weights 77/150/29), alpha untouched.
  (func (export "grayscale") (param $p i32) (param $n i32)
    (local $i i32) (local $a i32) (local $y i32)
    (block $done
      (loop $px
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $a (i32.add (local.get $p) (i32.shl (local.get $i) (i32.const 2))))
        (local.set $y
          (i32.shr_u
            (i32.add
              (i32.add
                (i32.mul (i32.load8_u offset=0 (local.get $a)) (i32.const 77))
                (i32.mul (i32.load8_u offset=1 (local.get $a)) (i32.const 150)))
              (i32.mul (i32.load8_u offset=2 (local.get $a)) (i32.const 29)))
            (i32.const 8)))
        (i32.store8 offset=0 (local.get $a) (local.get $y))
        (i32.store8 offset=1 (local.get $a) (local.get $y))
        (i32.store8 offset=2 (local.get $a) (local.get $y))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $px)))))
