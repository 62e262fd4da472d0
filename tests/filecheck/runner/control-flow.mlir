// RUN: quant-runner %s --call forward --input 4 --input "[1.5, -2.0]" | filecheck %s
// RUN: quant-runner %s --call forward --input 0 --input "[1.5, -2.0]" | filecheck %s --check-prefix=ZERO
// RUN: not quant-runner %s --call forward --input -1 --input "[1.5, -2.0]" 2>&1 | filecheck %s --check-prefix=RAISE
// RUN: quant-runner %s --call count --call count --call count | filecheck %s --check-prefix=STATE

// The object model and control flow, executed: prim.If with results, prim.Loop with carried values
// and an early exit, lists, tuples, strings, None, prim.RaiseException, prim.CallMethod on a
// submodule, and module state that survives from one call to the next.

// forward(n, x):
//   n < 0 raises; otherwise the loop sums i * k over i = 0..n-1 (k = 3, the child's attribute,
//   through child.scale(i)) but stops once the sum exceeds 10, counting its iterations:
//   n = 4: i=0: 0 (iterations 1), i=1: 3 (2), i=2: 9 (3), i=3: 18 (4, > 10: stop) -> sum 18, 4 iterations
//   the If picks relu(x) when the sum is even: relu([1.5, -2.0]) = [1.5, 0.0]
//   the list is [n, sum, iterations] = [4, 18, 4]; the string is "sum {}".format(18) = "sum 18"
// CHECK:      output_0: i64 [] = 18
// CHECK-NEXT: output_1: f32 [2] = [1.5, 0.0]
// CHECK-NEXT: output_2: list = [4, 18, 4]
// CHECK-NEXT: output_3: str = 'sum 18'
// CHECK-NEXT: output_4: None
//
// n = 0: no iteration, sum 0 (even): relu(x); [0, 0, 0]; "sum 0"
// ZERO:      output_0: i64 [] = 0
// ZERO-NEXT: output_1: f32 [2] = [1.5, 0.0]
// ZERO-NEXT: output_2: list = [0, 0, 0]
// ZERO-NEXT: output_3: str = 'sum 0'
//
// RAISE: quant-runner: error: forward: the model raised ValueError: n must not be negative, got -1
//
// count() adds 1 to the module attribute "calls" and returns it: three calls on one instance -> 3.
// STATE: output_0: int = 3

jit.module @Flow class "__torch__.Flow" {
  jit.attr "calls" = 0 : i64
  jit.module @child class "__torch__.Child" {
    jit.attr "k" = 3 : i64
    jit.method @scale(%self: !jit.module<@Flow::@child>, %i: i64) -> i64 {
      %k = prim.GetAttr "k" %self : !jit.module<@Flow::@child> -> i64
      %r = aten.mul.int %i, %k : (i64, i64) -> i64
      prim.Return %r : i64
    }
  }
  jit.method @forward(%self: !jit.module<@Flow>, %n: i64, %x: tensor<2xf32>) -> (tensor<i64>, tensor<2xf32>, !prim.list<i64>, !prim.str, none) {
    %zero = prim.Constant 0 : i64
    %two = prim.Constant 2 : i64
    %ten = prim.Constant 10 : i64
    %true = prim.Constant true
    %negative = aten.lt.int %n, %zero : (i64, i64) -> i1
    prim.If %negative {
      %template = prim.Constant "n must not be negative, got {}"
      %message = aten.format %template, %n : (!prim.str, i64) -> !prim.str
      %class = prim.Constant "builtins.ValueError"
      prim.RaiseException %message, %class
      prim.Return
    } else {
      prim.Return
    }
    %child = prim.GetAttr "child" %self : !jit.module<@Flow> -> !jit.module<@Flow::@child>
    %sum, %iterations = prim.Loop %n, %true iter(%zero, %zero : i64, i64) {
    ^bb0(%i: i64, %acc: i64, %count: i64):
      %term = prim.CallMethod "scale" %child, %i : (!jit.module<@Flow::@child>, i64) -> i64
      %next = aten.add.int %acc, %term : (i64, i64) -> i64
      %one = prim.Constant 1 : i64
      %counted = aten.add.int %count, %one : (i64, i64) -> i64
      %more = aten.le.int %next, %ten : (i64, i64) -> i1
      prim.Return %more, %next, %counted : i1, i64, i64
    }
    %rem = aten.remainder.int %sum, %two : (i64, i64) -> i64
    %even = aten.eq.int %rem, %zero : (i64, i64) -> i1
    %y = prim.If %even -> (tensor<2xf32>) {
      %r = aten.relu %x : (tensor<2xf32>) -> tensor<2xf32>
      prim.Return %r : tensor<2xf32>
    } else {
      prim.Return %x : tensor<2xf32>
    }
    %pair = prim.TupleConstruct %n, %sum : (i64, i64) -> tuple<i64, i64>
    %first, %second = prim.TupleUnpack %pair : tuple<i64, i64> -> i64, i64
    %list = prim.ListConstruct %first, %second, %iterations : (i64, i64, i64) -> !prim.list<i64>
    %template = prim.Constant "sum {}"
    %text = aten.format %template, %sum : (!prim.str, i64) -> !prim.str
    %tensor = prim.NumToTensor %sum : i64 -> tensor<i64>
    %none = prim.Constant none
    prim.Return %tensor, %y, %list, %text, %none : tensor<i64>, tensor<2xf32>, !prim.list<i64>, !prim.str, none
  }
  jit.method @count(%self: !jit.module<@Flow>) -> i64 {
    %calls = prim.GetAttr "calls" %self : !jit.module<@Flow> -> i64
    %one = prim.Constant 1 : i64
    %next = aten.add.int %calls, %one : (i64, i64) -> i64
    prim.SetAttr "calls" %self, %next : !jit.module<@Flow>, i64
    prim.Return %next : i64
  }
}
