;; Pixel kernels over RGBA8 buffers in linear memory (alpha untouched).
;; Build: wat2wasm src/pixels.wat -o dist/pixels.wasm
(module
  (memory (export "memory") 1)

  ;; BT.601 luma, fixed point: (77 R + 150 G + 29 B) >> 8
  (func $luma (param $p i32) (result i32)
    (i32.shr_u
      (i32.add (i32.add
        (i32.mul (i32.load8_u offset=0 (local.get $p)) (i32.const 77))
        (i32.mul (i32.load8_u offset=1 (local.get $p)) (i32.const 150)))
        (i32.mul (i32.load8_u offset=2 (local.get $p)) (i32.const 29)))
      (i32.const 8)))

  (func (export "grayscale") (param $ptr i32) (param $len i32)
    (local $i i32) (local $p i32) (local $y i32)
    (block $done (loop $px
      (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
      (local.set $p (i32.add (local.get $ptr) (local.get $i)))
      (local.set $y (call $luma (local.get $p)))
      (i32.store8 offset=0 (local.get $p) (local.get $y))
      (i32.store8 offset=1 (local.get $p) (local.get $y))
      (i32.store8 offset=2 (local.get $p) (local.get $y))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $px))))

  (func (export "invert") (param $ptr i32) (param $len i32)
    (local $i i32) (local $p i32)
    (block $done (loop $px
      (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
      (local.set $p (i32.add (local.get $ptr) (local.get $i)))
      (i32.store8 offset=0 (local.get $p) (i32.sub (i32.const 255) (i32.load8_u offset=0 (local.get $p))))
      (i32.store8 offset=1 (local.get $p) (i32.sub (i32.const 255) (i32.load8_u offset=1 (local.get $p))))
      (i32.store8 offset=2 (local.get $p) (i32.sub (i32.const 255) (i32.load8_u offset=2 (local.get $p))))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $px))))

  (func (export "threshold") (param $ptr i32) (param $len i32) (param $t i32)
    (local $i i32) (local $p i32) (local $v i32)
    (block $done (loop $px
      (br_if $done (i32.ge_u (local.get $i) (local.get $len)))
      (local.set $p (i32.add (local.get $ptr) (local.get $i)))
      (local.set $v (select (i32.const 255) (i32.const 0) (i32.ge_u (call $luma (local.get $p)) (local.get $t))))
      (i32.store8 offset=0 (local.get $p) (local.get $v))
      (i32.store8 offset=1 (local.get $p) (local.get $v))
      (i32.store8 offset=2 (local.get $p) (local.get $v))
      (local.set $i (i32.add (local.get $i) (i32.const 4)))
      (br $px))))
)
