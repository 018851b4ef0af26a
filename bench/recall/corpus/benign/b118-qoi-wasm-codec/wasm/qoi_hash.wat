(module
  ;; QOI running-array index: (r*3 + g*5 + b*7 + a*11) % 64
  (func $hash (export "hash") (param $r i32) (param $g i32) (param $b i32) (param $a i32) (result i32)
    local.get $r
    i32.const 3
    i32.mul
    local.get $g
    i32.const 5
    i32.mul
    i32.add
    local.get $b
    i32.const 7
    i32.mul
    i32.add
    local.get $a
    i32.const 11
    i32.mul
    i32.add
    i32.const 64
    i32.rem_u))
