;; Source for simd_dot.wasm (scalar fallback build). Build: wat2wasm simd_dot.wat -o simd_dot.wasm
(module
  (memory (export "memory") 2)
  (func (export "dot") (param $a i32) (param $b i32) (param $n i32) (result f32)
    (local $i i32) (local $acc f32)
    (block $done
      (loop $l
        (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $acc
          (f32.add (local.get $acc)
            (f32.mul
              (f32.load (i32.add (local.get $a) (i32.shl (local.get $i) (i32.const 2))))
              (f32.load (i32.add (local.get $b) (i32.shl (local.get $i) (i32.const 2)))))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $l)))
    (local.get $acc))
  ;; pointer to the tokenizer normalisation table
  (func (export "meta") (result i32) (i32.const 1024))
  (data (i32.const 1024) "…generated normalisation table…"))
