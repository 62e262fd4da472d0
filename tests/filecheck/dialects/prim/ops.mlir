// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// The prim.* node ops, in the syntax of their docstrings (prim.py). prim.Constant's literal forms
// are in constants.mlir.

// CHECK-LABEL: jit.module @M {
// CHECK-NEXT:    jit.attr "weight" = dense<1.000000e+00> : tensor<4x3xf32>
// CHECK-NEXT:    jit.attr "scale" = none : !prim.optional<f64>
// CHECK-NEXT:    jit.module @obs {
// CHECK-NEXT:      jit.method @forward(%self: !jit.module<@M::@obs>, %x: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:        prim.Return %x : tensor<*xf32>
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>, %s: f64) -> tensor<*xf32> {
// CHECK-NEXT:      %w = prim.GetAttr "weight" %self : !jit.module<@M> -> tensor<4x3xf32>
// CHECK-NEXT:      %obs = prim.GetAttr "obs" %self : !jit.module<@M> -> !jit.module<@M::@obs>
// CHECK-NEXT:      prim.SetAttr "scale" %self, %s : !jit.module<@M>, f64
// CHECK-NEXT:      %none = prim.Constant none
// CHECK-NEXT:      prim.SetAttr "scale" %self, %none : !jit.module<@M>, none
// CHECK-NEXT:      %y = prim.CallMethod "forward" %obs, %x : (!jit.module<@M::@obs>, tensor<*xf32>) -> tensor<*xf32>
// CHECK-NEXT:      prim.Return %y : tensor<*xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// GENERIC-LABEL: "jit.module"() <{sym_name = "M"}> ({
// GENERIC:         %w = "prim.GetAttr"(%self) <{name = "weight"}> : (!jit.module<@M>) -> tensor<4x3xf32>
// GENERIC-NEXT:    %obs = "prim.GetAttr"(%self) <{name = "obs"}> : (!jit.module<@M>) -> !jit.module<@M::@obs>
// GENERIC-NEXT:    "prim.SetAttr"(%self, %s) <{name = "scale"}> : (!jit.module<@M>, f64) -> ()
// GENERIC-NEXT:    %none = "prim.Constant"() <{value = none}> : () -> none
// GENERIC-NEXT:    "prim.SetAttr"(%self, %none) <{name = "scale"}> : (!jit.module<@M>, none) -> ()
// GENERIC-NEXT:    %y = "prim.CallMethod"(%obs, %x) <{name = "forward"}> : (!jit.module<@M::@obs>, tensor<*xf32>) -> tensor<*xf32>
// GENERIC-NEXT:    "prim.Return"(%y) : (tensor<*xf32>) -> ()
jit.module @M {
  jit.attr "weight" = dense<1.0> : tensor<4x3xf32>
  jit.attr "scale" : !prim.optional<f64> = none
  jit.module @obs {
    jit.method @forward(%self: !jit.module<@M::@obs>, %x: tensor<*xf32>) -> tensor<*xf32> {
      prim.Return %x : tensor<*xf32>
    }
  }
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>, %s: f64) -> tensor<*xf32> {
    %w = prim.GetAttr "weight" %self : !jit.module<@M> -> tensor<4x3xf32>
    %obs = prim.GetAttr "obs" %self : !jit.module<@M> -> !jit.module<@M::@obs>
    // Storing a subtype of the declared type (f64 and none into Optional[float]).
    prim.SetAttr "scale" %self, %s : !jit.module<@M>, f64
    %none = prim.Constant none
    prim.SetAttr "scale" %self, %none : !jit.module<@M>, none
    %y = prim.CallMethod "forward" %obs, %x : (!jit.module<@M::@obs>, tensor<*xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}

// -----

// CHECK-LABEL: jit.method @lists_and_tuples(
// CHECK-NEXT:    %l = prim.ListConstruct %a, %b : (i64, i64) -> !prim.list<i64>
// CHECK-NEXT:    %empty = prim.ListConstruct : () -> !prim.list<tensor<*xf32>>
// CHECK-NEXT:    %ts = prim.ListConstruct %x, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> !prim.list<tensor<*xf32>>
// CHECK-NEXT:    %a1, %b1 = prim.ListUnpack %l : !prim.list<i64> -> i64, i64
// CHECK-NEXT:    %t = prim.TupleConstruct %f, %a : (f64, i64) -> tuple<f64, i64>
// CHECK-NEXT:    %s, %z = prim.TupleUnpack %t : tuple<f64, i64> -> f64, i64
// CHECK-NEXT:    %e = prim.TupleIndex %t, %a : (tuple<f64, i64>, i64) -> f64
// CHECK-NEXT:    %unit = prim.TupleConstruct : () -> tuple<>
// CHECK-NEXT:    prim.Return %t : tuple<f64, i64>
// GENERIC-LABEL: "jit.method"() <{sym_name = "lists_and_tuples"
// GENERIC:         %l = "prim.ListConstruct"(%a, %b) : (i64, i64) -> !prim.list<i64>
// GENERIC-NEXT:    %empty = "prim.ListConstruct"() : () -> !prim.list<tensor<*xf32>>
// GENERIC-NEXT:    %ts = "prim.ListConstruct"(%x, %x) : (tensor<2x3xf32>, tensor<2x3xf32>) -> !prim.list<tensor<*xf32>>
// GENERIC-NEXT:    %a1, %b1 = "prim.ListUnpack"(%l) : (!prim.list<i64>) -> (i64, i64)
// GENERIC-NEXT:    %t = "prim.TupleConstruct"(%f, %a) : (f64, i64) -> tuple<f64, i64>
// GENERIC-NEXT:    %s, %z = "prim.TupleUnpack"(%t) : (tuple<f64, i64>) -> (f64, i64)
// GENERIC-NEXT:    %e = "prim.TupleIndex"(%t, %a) : (tuple<f64, i64>, i64) -> f64
// GENERIC-NEXT:    %unit = "prim.TupleConstruct"() : () -> tuple<>
jit.module @M {
  jit.method @lists_and_tuples(%self: !jit.module<@M>, %a: i64, %b: i64, %f: f64, %x: tensor<2x3xf32>) -> tuple<f64, i64> {
    %l = prim.ListConstruct %a, %b : (i64, i64) -> !prim.list<i64>
    %empty = prim.ListConstruct : () -> !prim.list<tensor<*xf32>>
    // Ranked tensors go into a list of unranked ones (a subtype).
    %ts = prim.ListConstruct %x, %x : (tensor<2x3xf32>, tensor<2x3xf32>) -> !prim.list<tensor<*xf32>>
    %a1, %b1 = prim.ListUnpack %l : !prim.list<i64> -> i64, i64
    %t = prim.TupleConstruct %f, %a : (f64, i64) -> tuple<f64, i64>
    %s, %z = prim.TupleUnpack %t : tuple<f64, i64> -> f64, i64
    %e = prim.TupleIndex %t, %a : (tuple<f64, i64>, i64) -> f64
    %unit = prim.TupleConstruct : () -> tuple<>
    prim.Return %t : tuple<f64, i64>
  }
}

// -----

// CHECK-LABEL: jit.method @tensor_queries_and_casts(
// CHECK-NEXT:    %d = prim.dtype %q : tensor<*x!quant.any<u8:f32>>
// CHECK-NEXT:    %d2 = prim.dtype %x : tensor<1x3xf32>
// CHECK-NEXT:    %dev = prim.device %x : tensor<1x3xf32>
// CHECK-NEXT:    %u = prim.Uninitialized : tensor<*xf32>
// CHECK-NEXT:    %n = prim.unchecked_cast %o : !prim.optional<i64> -> i64
// CHECK-NEXT:    prim.Return %d, %dev : i64, !prim.device
// GENERIC-LABEL: "jit.method"() <{sym_name = "tensor_queries_and_casts"
// GENERIC:         %d = "prim.dtype"(%q) : (tensor<*x!quant.any<u8:f32>>) -> i64
// GENERIC-NEXT:    %d2 = "prim.dtype"(%x) : (tensor<1x3xf32>) -> i64
// GENERIC-NEXT:    %dev = "prim.device"(%x) : (tensor<1x3xf32>) -> !prim.device
// GENERIC-NEXT:    %u = "prim.Uninitialized"() : () -> tensor<*xf32>
// GENERIC-NEXT:    %n = "prim.unchecked_cast"(%o) : (!prim.optional<i64>) -> i64
// GENERIC-NEXT:    "prim.Return"(%d, %dev) : (i64, !prim.device) -> ()
jit.module @M {
  jit.method @tensor_queries_and_casts(%self: !jit.module<@M>, %q: tensor<*x!quant.any<u8:f32>>, %x: tensor<1x3xf32>, %o: !prim.optional<i64>) -> (i64, !prim.device) {
    %d = prim.dtype %q : tensor<*x!quant.any<u8:f32>>
    %d2 = prim.dtype %x : tensor<1x3xf32>
    %dev = prim.device %x : tensor<1x3xf32>
    %u = prim.Uninitialized : tensor<*xf32>
    %n = prim.unchecked_cast %o : !prim.optional<i64> -> i64
    prim.Return %d, %dev : i64, !prim.device
  }
}

// -----

// CHECK-LABEL: jit.method @control_flow(
// CHECK-NEXT:    %r = prim.If %c -> (i64) {
// CHECK-NEXT:      prim.Return %a : i64
// CHECK-NEXT:    } else {
// CHECK-NEXT:      %msg = prim.Constant "Exception"
// CHECK-NEXT:      %cls = prim.Constant "builtins.ValueError"
// CHECK-NEXT:      prim.RaiseException %msg, %cls
// CHECK-NEXT:      %u = prim.Uninitialized : i64
// CHECK-NEXT:      prim.Return %u : i64
// CHECK-NEXT:    }
// CHECK-NEXT:    prim.If %c {
// CHECK-NEXT:      %msg2 = prim.Constant "no class"
// CHECK-NEXT:      prim.RaiseException %msg2
// CHECK-NEXT:      prim.Return
// CHECK-NEXT:    } else {
// CHECK-NEXT:      prim.Return
// CHECK-NEXT:    }
// CHECK-NEXT:    %sum = prim.Loop %a, %c iter(%a : i64) {
// CHECK-NEXT:    ^bb0(%i: i64, %acc: i64):
// CHECK-NEXT:      %next = aten.add.int %acc, %i : (i64, i64) -> i64
// CHECK-NEXT:      prim.Return %c, %next : i1, i64
// CHECK-NEXT:    }
// CHECK-NEXT:    prim.Loop %a, %c {
// CHECK-NEXT:    ^bb0(%j: i64):
// CHECK-NEXT:      prim.Return %c : i1
// CHECK-NEXT:    }
// CHECK-NEXT:    %p, %q = prim.Loop %a, %c iter(%a, %x : i64, tensor<*xf32>) {
// CHECK-NEXT:    ^bb0(%k: i64, %p1: i64, %q1: tensor<*xf32>):
// CHECK-NEXT:      prim.Return %c, %p1, %q1 : i1, i64, tensor<*xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    prim.Return %r : i64
// GENERIC-LABEL: "jit.method"() <{sym_name = "control_flow"
// GENERIC:         %r = "prim.If"(%c) ({
// GENERIC-NEXT:      "prim.Return"(%a) : (i64) -> ()
// GENERIC-NEXT:    }, {
// GENERIC:           "prim.RaiseException"(%msg, %cls) : (!prim.str, !prim.str) -> ()
// GENERIC:         }) : (i1) -> i64
// GENERIC-NEXT:    "prim.If"(%c) ({
// GENERIC:           "prim.RaiseException"(%msg2) : (!prim.str) -> ()
// GENERIC:         }) : (i1) -> ()
// GENERIC-NEXT:    %sum = "prim.Loop"(%a, %c, %a) ({
// GENERIC-NEXT:    ^bb0(%i: i64, %acc: i64):
// GENERIC:         }) : (i64, i1, i64) -> i64
// GENERIC-NEXT:    "prim.Loop"(%a, %c) ({
// GENERIC-NEXT:    ^bb0(%j: i64):
// GENERIC:         }) : (i64, i1) -> ()
// GENERIC-NEXT:    %p, %q = "prim.Loop"(%a, %c, %a, %x) ({
// GENERIC:         }) : (i64, i1, i64, tensor<*xf32>) -> (i64, tensor<*xf32>)
jit.module @M {
  jit.method @control_flow(%self: !jit.module<@M>, %c: i1, %a: i64, %x: tensor<*xf32>) -> i64 {
    %r = prim.If %c -> (i64) {
      prim.Return %a : i64
    } else {
      %msg = prim.Constant "Exception"
      %cls = prim.Constant "builtins.ValueError"
      prim.RaiseException %msg, %cls
      %u = prim.Uninitialized : i64
      prim.Return %u : i64
    }
    prim.If %c {
      %msg2 = prim.Constant "no class"
      prim.RaiseException %msg2
      prim.Return
    } else {
      prim.Return
    }
    %sum = prim.Loop %a, %c iter(%a : i64) {
    ^bb0(%i: i64, %acc: i64):
      %next = aten.add.int %acc, %i : (i64, i64) -> i64
      prim.Return %c, %next : i1, i64
    }
    prim.Loop %a, %c {
    ^bb0(%j: i64):
      prim.Return %c : i1
    }
    %p, %q = prim.Loop %a, %c iter(%a, %x : i64, tensor<*xf32>) {
    ^bb0(%k: i64, %p1: i64, %q1: tensor<*xf32>):
      prim.Return %c, %p1, %q1 : i1, i64, tensor<*xf32>
    }
    prim.Return %r : i64
  }
}

// -----

// Attribute dictionaries on the ops with a hand-written syntax (`attributes {...}` before regions).

// CHECK-LABEL: jit.method @attr_dicts(
// CHECK-NEXT:    prim.If %c attributes {tag = 1 : i64} {
// CHECK:         prim.Loop %a, %c attributes {tag = 2 : i64} {
// CHECK:         %g = prim.GetAttr "w" %self {tag = 3 : i64} : !jit.module<@M> -> f64
// CHECK-NEXT:    prim.Return {tag = 4 : i64}
// GENERIC-LABEL: "jit.method"() <{sym_name = "attr_dicts"
// GENERIC:         "prim.If"(%c) ({
// GENERIC:         }) {tag = 1 : i64} : (i1) -> ()
// GENERIC:         "prim.Loop"(%a, %c) ({
// GENERIC:         }) {tag = 2 : i64} : (i64, i1) -> ()
// GENERIC-NEXT:    %g = "prim.GetAttr"(%self) <{name = "w"}> {tag = 3 : i64} : (!jit.module<@M>) -> f64
// GENERIC-NEXT:    "prim.Return"() {tag = 4 : i64} : () -> ()
jit.module @M {
  jit.attr "w" = 1.0 : f64
  jit.method @attr_dicts(%self: !jit.module<@M>, %c: i1, %a: i64) {
    prim.If %c attributes {tag = 1 : i64} {
      prim.Return
    } else {
      prim.Return
    }
    prim.Loop %a, %c attributes {tag = 2 : i64} {
    ^bb0(%i: i64):
      prim.Return %c : i1
    }
    %g = prim.GetAttr "w" %self {tag = 3 : i64} : !jit.module<@M> -> f64
    prim.Return {tag = 4 : i64}
  }
}

// -----

// Calls of TorchScript functions (not methods), by qualified name.

// CHECK-LABEL: jit.method @functions(
// CHECK-NEXT:    %y = prim.CallFunction "__torch__.torch.nn.functional.relu" %x, %inplace : (tensor<*xf32>, i1) -> tensor<*xf32>
// CHECK-NEXT:    prim.CallFunction "__torch__.torch.nn.functional._no_grad_fill_" %x : (tensor<*xf32>) -> ()
// CHECK-NEXT:    %a, %b = prim.CallFunction "__torch__.split" : () -> (i64, i64)
// CHECK-NEXT:    prim.Return %y : tensor<*xf32>
// GENERIC-LABEL: "jit.method"() <{sym_name = "functions"
// GENERIC:         %y = "prim.CallFunction"(%x, %inplace) <{callee = "__torch__.torch.nn.functional.relu"}> : (tensor<*xf32>, i1) -> tensor<*xf32>
// GENERIC-NEXT:    "prim.CallFunction"(%x) <{callee = "__torch__.torch.nn.functional._no_grad_fill_"}> : (tensor<*xf32>) -> ()
// GENERIC-NEXT:    %a, %b = "prim.CallFunction"() <{callee = "__torch__.split"}> : () -> (i64, i64)
jit.module @M {
  jit.method @functions(%self: !jit.module<@M>, %x: tensor<*xf32>, %inplace: i1) -> tensor<*xf32> {
    %y = prim.CallFunction "__torch__.torch.nn.functional.relu" %x, %inplace : (tensor<*xf32>, i1) -> tensor<*xf32>
    prim.CallFunction "__torch__.torch.nn.functional._no_grad_fill_" %x : (tensor<*xf32>) -> ()
    %a, %b = prim.CallFunction "__torch__.split" : () -> (i64, i64)
    prim.Return %y : tensor<*xf32>
  }
}
