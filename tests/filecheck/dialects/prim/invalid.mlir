// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The verifier rules of the prim ops (prim.py) other than control flow (invalid-control-flow.mlir)
// and prim.Constant's literals (invalid-literals.mlir), one case each.

jit.module @M {
  jit.attr "w" = 1.0 : f64
  jit.method @f(%self: !jit.module<@M>) {
    %w = prim.GetAttr "w" %self : !jit.module<@M> -> i64
    prim.Return
  }
}
// CHECK: invalid.mlir:[[# @LINE - 4]]:5
// CHECK: error: prim.GetAttr: attribute "w" has type f64, but the result has type i64

// -----

jit.module @M {
  jit.module @conv {}
  jit.method @f(%self: !jit.module<@M>) {
    %c = prim.GetAttr "conv" %self : !jit.module<@M> -> !jit.module<@conv>
    prim.Return
  }
}
// CHECK: error: prim.GetAttr: attribute "conv" has type !jit.module<@M::@conv>, but the result has type !jit.module<@conv>

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) {
    %x = prim.GetAttr "x" %self : !jit.module<@M> -> f64
    prim.Return
  }
}
// CHECK: error: prim.GetAttr: module @M has no attribute "x"

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) {
    %x = prim.GetAttr "f" %self : !jit.module<@M> -> f64
    prim.Return
  }
}
// CHECK: error: prim.GetAttr: "f" is a method, not an attribute

// -----

// A module value outside any jit.module cannot be resolved.
func.func @f(%m: !jit.module<@M>) {
  %x = prim.GetAttr "w" %m : !jit.module<@M> -> f64
  func.return
}
// CHECK: error: prim.GetAttr: no jit.module @M encloses this use

// -----

// A path that names no module of this tree.
jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %m: !jit.module<@M::@missing>) {
    %x = prim.GetAttr "w" %m : !jit.module<@M::@missing> -> f64
    prim.Return
  }
}
// CHECK: error: prim.GetAttr: no jit.module @M::@missing encloses this use

// -----

func.func @f(%i: i64) {
  %x = "prim.GetAttr"(%i) <{name = "w"}> : (i64) -> f64
  func.return
}
// CHECK: error: operand 'obj' at position 0 does not verify:
// CHECK-NEXT: i64 should be of base attribute jit.module

// -----

jit.module @M {
  jit.attr "w" = 1.0 : f64
  jit.method @f(%self: !jit.module<@M>, %i: i64) {
    prim.SetAttr "w" %self, %i : !jit.module<@M>, i64
    prim.Return
  }
}
// CHECK: error: prim.SetAttr: attribute "w" has type f64, cannot store a value of type i64

// -----

jit.module @M {
  jit.module @conv {}
  jit.method @f(%self: !jit.module<@M>, %c: !jit.module<@M::@conv>) {
    prim.SetAttr "conv" %self, %c : !jit.module<@M>, !jit.module<@M::@conv>
    prim.Return
  }
}
// CHECK: error: prim.SetAttr: "conv" is not a data attribute

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %i: i64) {
    prim.SetAttr "x" %self, %i : !jit.module<@M>, i64
    prim.Return
  }
}
// CHECK: error: prim.SetAttr: module @M has no attribute "x"

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) {
    "prim.CallMethod"() <{name = "f"}> : () -> ()
    prim.Return
  }
}
// CHECK: error: prim.CallMethod: the first argument must be the module

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %i: i64) {
    prim.CallMethod "f" %i : (i64) -> ()
    prim.Return
  }
}
// CHECK: error: prim.CallMethod: expected a module value, got i64

// -----

jit.module @M {
  jit.attr "w" = 1.0 : f64
  jit.method @f(%self: !jit.module<@M>) {
    %r = prim.CallMethod "w" %self : (!jit.module<@M>) -> f64
    prim.Return
  }
}
// CHECK: error: prim.CallMethod: "w" is not a method

// -----

jit.module @M {
  jit.method @g(%self: !jit.module<@M>, %x: f64) -> f64 {
    prim.Return %x : f64
  }
  jit.method @f(%self: !jit.module<@M>, %i: i64) {
    %r = prim.CallMethod "g" %self, %i : (!jit.module<@M>, i64) -> f64
    prim.Return
  }
}
// CHECK: error: prim.CallMethod: "g" has type (!jit.module<@M>, f64) -> f64, called with (!jit.module<@M>, i64) -> (f64)

// -----

// prim.CallFunction has no verifier of its own: its callee is outside the module.
func.func @f(%x: tensor<*xf32>) {
  %y = "prim.CallFunction"(%x) : (tensor<*xf32>) -> tensor<*xf32>
  func.return
}
// CHECK: error: property 'callee' expected in operation 'prim.CallFunction'

// -----

func.func @f(%a: i64, %b: f64) {
  %l = prim.ListConstruct %a, %b : (i64, f64) -> !prim.list<i64>
  func.return
}
// CHECK: error: prim.ListConstruct: element of type f64 in a !prim.list<i64>

// -----

func.func @f(%a: i64) {
  %l = "prim.ListConstruct"(%a) : (i64) -> tuple<i64>
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: tuple<i64> should be of base attribute prim.list

// -----

func.func @f(%l: !prim.list<i64>) {
  %a, %b = prim.ListUnpack %l : !prim.list<i64> -> i64, f64
  func.return
}
// CHECK: error: prim.ListUnpack: result of type f64 from a !prim.list<i64>

// -----

func.func @f(%t: tuple<i64>) {
  %a = "prim.ListUnpack"(%t) : (tuple<i64>) -> i64
  func.return
}
// CHECK: error: operand 'input' at position 0 does not verify:
// CHECK-NEXT: tuple<i64> should be of base attribute prim.list

// -----

func.func @f(%a: i64, %b: f64) {
  %t = prim.TupleConstruct %a, %b : (i64, f64) -> tuple<f64, i64>
  func.return
}
// CHECK: error: prim.TupleConstruct: element types do not match the tuple type

// -----

func.func @f(%a: i64) {
  %t = "prim.TupleConstruct"(%a) : (i64) -> !prim.list<i64>
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: !prim.list<i64> should be of base attribute tuple

// -----

func.func @f(%t: tuple<i64, f64>) {
  %a = prim.TupleUnpack %t : tuple<i64, f64> -> i64
  func.return
}
// CHECK: error: prim.TupleUnpack: result types do not match the tuple type

// -----

func.func @f(%l: !prim.list<i64>) {
  %a = "prim.TupleUnpack"(%l) : (!prim.list<i64>) -> i64
  func.return
}
// CHECK: error: operand 'input' at position 0 does not verify:
// CHECK-NEXT: !prim.list<i64> should be of base attribute tuple

// -----

func.func @f(%t: tuple<i64, f64>, %i: i32) {
  %e = "prim.TupleIndex"(%t, %i) : (tuple<i64, f64>, i32) -> i64
  func.return
}
// CHECK: error: operand 'index' at position 1 does not verify:
// CHECK-NEXT: Expected attribute i64 but got i32

// -----

func.func @f(%l: !prim.list<i64>, %i: i64) {
  %e = "prim.TupleIndex"(%l, %i) : (!prim.list<i64>, i64) -> i64
  func.return
}
// CHECK: error: operand 'input' at position 0 does not verify:
// CHECK-NEXT: !prim.list<i64> should be of base attribute tuple

// -----

func.func @f(%i: i64) {
  %d = "prim.dtype"(%i) : (i64) -> i64
  func.return
}
// CHECK: error: operand 'input' at position 0 does not verify:
// CHECK-NEXT: Unexpected attribute i64

// -----

func.func @f(%x: tensor<2xf32>) {
  %d = "prim.dtype"(%x) : (tensor<2xf32>) -> i32
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: Expected attribute i64 but got i32

// -----

func.func @f(%x: tensor<2xf32>) {
  %d = "prim.device"(%x) : (tensor<2xf32>) -> !prim.str
  func.return
}
// CHECK: error: result 'result' at position 0 does not verify:
// CHECK-NEXT: Expected attribute !prim.device but got !prim.str

// -----

func.func @f(%i: i64) {
  %d = "prim.device"(%i) : (i64) -> !prim.device
  func.return
}
// CHECK: error: operand 'input' at position 0 does not verify:
// CHECK-NEXT: Unexpected attribute i64

// -----

func.func @f(%m: !prim.str, %c: i64) {
  "prim.RaiseException"(%m, %c) : (!prim.str, i64) -> ()
  func.return
}
// CHECK: error: operand 'exception_class' at position 1 does not verify:
// CHECK-NEXT: Expected attribute !prim.str but got i64

