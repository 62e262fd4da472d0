// RUN: quant-opt %s -t numpy | filecheck %s

// Control flow and the prim value ops in the emitted Python: prim.If with results assigns them at
// the end of each branch; prim.Loop is TorchScript's `while i < max_trip_count and condition`,
// carried values assigned together at the end of the body; nothing after prim.RaiseException is
// emitted (TorchScript's Uninitialized placeholders); lists, tuples (one element: `(a,)`), unpacking,
// None, strings and floats are Python literals.

// CHECK:          def control_flow(self, c, a, x, o):
// CHECK-NEXT:         rt.check_inputs('control_flow', (c, a, x, o), (rt.ScalarSpec('bool'), rt.ScalarSpec('int'), rt.TensorSpec('f32', None, quantized=False), None), ('c', 'a', 'x', 'o'))
// CHECK-NEXT:         if c:
// CHECK-NEXT:             r = a
// CHECK-NEXT:         else:
// CHECK-NEXT:             msg = 'Exception'
// CHECK-NEXT:             cls = 'builtins.ValueError'
// CHECK-NEXT:             raise rt.ScriptException(msg, cls)
// CHECK-NEXT:         if c:
// CHECK-NEXT:             pass
// CHECK-NEXT:         else:
// CHECK-NEXT:             msg2 = 'no class'
// CHECK-NEXT:             raise rt.ScriptException(msg2)
// CHECK-NEXT:         c_loop = c
// CHECK-NEXT:         acc = a
// CHECK-NEXT:         i = 0
// CHECK-NEXT:         while i < a and c_loop:
// CHECK-NEXT:             next = rt.aten_add_int(acc, i)
// CHECK-NEXT:             c_loop, acc = c, next
// CHECK-NEXT:             i += 1
// CHECK-NEXT:         sum = acc
// CHECK-NEXT:         c_loop_1 = c
// CHECK-NEXT:         j = 0
// CHECK-NEXT:         while j < a and c_loop_1:
// CHECK-NEXT:             c_loop_1 = c
// CHECK-NEXT:             j += 1
// CHECK-NEXT:         l = [a, sum]
// CHECK-NEXT:         first, second = l
// CHECK-NEXT:         t = (first, x)
// CHECK-NEXT:         single = (a,)
// CHECK-NEXT:         only, = single
// CHECK-NEXT:         zero = 0
// CHECK-NEXT:         e = t[zero]
// CHECK-NEXT:         none = None
// CHECK-NEXT:         isnone = rt.aten___is__(o, none)
// CHECK-NEXT:         n = o
// CHECK-NEXT:         float_1 = 0.25
// CHECK-NEXT:         s = 'it\'s "quoted"'
// CHECK-NEXT:         return r, t
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: MODULES = {'Module_M': Module_M}
// CHECK-NEXT: FUNCTIONS = {}
// CHECK-EMPTY:
// CHECK-NEXT: _RESOURCES = {}  # no weights

jit.module @M class "__torch__.M" {
  jit.method @control_flow(%self: !jit.module<@M>, %c: i1, %a: i64, %x: tensor<*xf32>, %o: !prim.optional<i64>) -> (i64, tuple<i64, tensor<*xf32>>) {
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
      prim.Return
    } else {
      %msg2 = prim.Constant "no class"
      prim.RaiseException %msg2
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
    %l = prim.ListConstruct %a, %sum : (i64, i64) -> !prim.list<i64>
    %first, %second = prim.ListUnpack %l : !prim.list<i64> -> i64, i64
    %t = prim.TupleConstruct %first, %x : (i64, tensor<*xf32>) -> tuple<i64, tensor<*xf32>>
    %single = prim.TupleConstruct %a : (i64) -> tuple<i64>
    %only = prim.TupleUnpack %single : tuple<i64> -> i64
    %zero = prim.Constant 0 : i64
    %e = prim.TupleIndex %t, %zero : (tuple<i64, tensor<*xf32>>, i64) -> i64
    %none = prim.Constant none
    %isnone = aten.__is__ %o, %none : (!prim.optional<i64>, none) -> i1
    %n = prim.unchecked_cast %o : !prim.optional<i64> -> i64
    %float = prim.Constant 2.5e-01 : f64
    %s = prim.Constant "it's \"quoted\""
    prim.Return %r, %t : i64, tuple<i64, tensor<*xf32>>
  }
}
