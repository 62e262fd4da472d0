// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// Every verifier and syntax rule of jit.module, jit.attr, jit.method and !jit.module (jit.py).

jit.module @M {
  jit.attr "b" = "x" : i64
}
// CHECK: invalid.mlir:[[# @LINE - 2]]:3
// CHECK: error: attribute "b": a string is not a value of type i64

// -----

jit.module @M {
  jit.attr "bias" : tensor<4xf32> = none
}
// CHECK: error: attribute "bias": none is not a value of type tensor<4xf32>

// -----

jit.module @M {
  jit.attr "w" : tensor<3xf32> = dense<0.0> : tensor<4xf32>
}
// CHECK: error: attribute "w": value of type tensor<4xf32> does not match declared type tensor<3xf32>

// -----

jit.module @M {
  jit.attr "k" = [1, 2] : !prim.list<!prim.str>
}
// CHECK: invalid.mlir:[[# @LINE - 2]]:19
// CHECK: list element 1 : i64: value of type i64 does not match declared type !prim.str

// -----

jit.module @M {
  "jit.attr"() <{attr_name = "k", value = 1 : i64}> : () -> ()
}
// CHECK: error: property 'attr_type' expected in operation 'jit.attr'

// -----

jit.attr "loose" = 1 : i64
// CHECK: error: 'jit.attr' expects parent op 'jit.module'

// -----

jit.module @M {
  jit.attr loose = 1 : i64
}
// CHECK: invalid.mlir:[[# @LINE - 2]]:12
// CHECK: string literal expected (the attribute name)

// -----

jit.module @M {
  jit.attr "a" = 1 : i64
  jit.attr "a" = 2 : i64
}
// CHECK: invalid.mlir:[[# @LINE - 4]]:1
// CHECK: error: jit.module @M: "a" is defined twice

// -----

// Attribute names and submodule/method names share one namespace (prim.GetAttr reads both).
jit.module @M {
  jit.attr "conv" = 1 : i64
  jit.module @conv {}
}
// CHECK: error: jit.module @M: "conv" is defined twice

// -----

jit.module @M {
  jit.module @a {}
  jit.method @a(%self: !jit.module<@M>) {
    prim.Return
  }
}
// CHECK: error: Redefinition of symbol "a"

// -----

jit.module @M {
  func.func @f() {
    func.return
  }
}
// CHECK: error: jit.module @M may only hold jit.attr, jit.module and jit.method, found func.func

// -----

jit.module @M {
  ^bb0:
  ^bb1:
}
// CHECK: error: Region 'body' at position 0 expected a single block, but got 2 blocks

// -----

"jit.module"() ({
^bb0:
}) : () -> ()
// CHECK: error: property 'sym_name' expected in operation 'jit.module'

// -----

jit.module @M class {
}
// CHECK: invalid.mlir:[[# @LINE - 2]]:21
// CHECK: string literal expected (the TorchScript class name)

// -----

jit.module "M" {
}
// CHECK: expect symbol name

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@N>) {
    prim.Return
  }
}
// CHECK: invalid.mlir:[[# @LINE - 4]]:3
// CHECK: error: jit.method @f: the first argument must be the module itself, of type !jit.module<@M>

// -----

jit.module @M {
  jit.module @conv {
    jit.method @forward(%self: !jit.module<@conv>) {
      prim.Return
    }
  }
}
// CHECK: error: jit.method @forward: the first argument must be the module itself, of type !jit.module<@M::@conv>

// -----

jit.module @M {
  jit.method @f() {
    prim.Return
  }
}
// CHECK: error: jit.method @f: the first argument must be the module itself, of type !jit.module<@M>

// -----

jit.module @M {
  "jit.method"() <{sym_name = "f", function_type = (!jit.module<@M>, i64) -> ()}> ({
  ^bb0(%self: !jit.module<@M>):
    prim.Return
  }) : () -> ()
}
// CHECK: error: jit.method: entry block arguments must match the function type

// -----

jit.method @f(%self: !jit.module<@M>) {
  prim.Return
}
// CHECK: error: 'jit.method' expects parent op 'jit.module'

// -----

%x = "test.op"() : () -> i64
jit.module @M {
  jit.method @f(%self: !jit.module<@M>) {
    %l = prim.ListConstruct %x : (i64) -> !prim.list<i64>
    prim.Return
  }
}
// CHECK: invalid.mlir:[[# @LINE - 5]]:3
// CHECK: error: Operation using value defined out of its IsolatedFromAbove parent: ListConstructOp(%l = prim.ListConstruct %x : (i64) -> !prim.list<i64>)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) {
  }
}
// No source location: xDSL raises this one from the parent's region check (reported).
// CHECK: Operation jit.method contains empty block in single-block region that expects at least a terminator

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) -> i64 {
    %u = prim.Uninitialized : i64
  }
}
// CHECK: error: Operation prim.Uninitialized terminates block in single-block region but is not a terminator

// -----

func.func @f(%m: !jit.module<"M">) {
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:33
// CHECK: expected a module path such as @Top::@child

// -----

func.func @f(%m: !jit.module<@M::"conv">) {
  func.return
}
// CHECK: invalid.mlir:[[# @LINE - 3]]:34
// CHECK: expect symbol name
