// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The verifier rules of prim.Return, prim.If and prim.Loop (prim.py): parents, terminators,
// returned types, branch and body arguments.

func.func @f() {
  prim.Return
}
// CHECK: invalid-control-flow.mlir:[[# @LINE - 2]]:3
// CHECK: error: 'prim.Return' expects parent op to be one of 'jit.method', 'prim.If', 'prim.Loop'

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %i: i64) -> f64 {
    prim.Return %i : i64
  }
}
// CHECK: error: prim.Return: returns (i64) where jit.method expects (f64)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>) -> f64 {
    prim.Return
  }
}
// CHECK: error: prim.Return: returns () where jit.method expects (f64)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %m: !prim.str) {
    prim.Return
    prim.RaiseException %m
  }
}
// CHECK: error: 'prim.Return' must be the last operation in its parent block

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i1, %i: i64) {
    %r = prim.If %c -> (i64) {
      prim.Return %i : i64
    } else {
      %u = prim.Uninitialized : f64
      prim.Return %u : f64
    }
    prim.Return
  }
}
// CHECK: error: prim.Return: returns (f64) where prim.If expects (i64)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i1) {
    prim.If %c {
      prim.Return
    } else {
      %u = prim.Uninitialized : f64
    }
    prim.Return
  }
}
// CHECK: error: Operation prim.Uninitialized terminates block in single-block region but is not a terminator

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i1) {
    prim.If %c {
    ^bb0(%a: i64):
      prim.Return
    } else {
      prim.Return
    }
    prim.Return
  }
}
// CHECK: error: prim.If: branches take no arguments

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i64) {
    prim.If %c {
      prim.Return
    } else {
      prim.Return
    }
    prim.Return
  }
}
// The custom form resolves the condition as i1 (a parse error at the use); the generic form
// reaches the verifier (next case).
// CHECK: prim.If %c {
// CHECK-NEXT: ^^
// CHECK-NEXT: operand is used with type i1, but has been previously used or defined with type i64

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i64) {
    "prim.If"(%c) ({
      prim.Return
    }, {
      prim.Return
    }) : (i64) -> ()
    prim.Return
  }
}
// CHECK: error: operand 'condition' at position 0 does not verify:
// CHECK-NEXT: Expected attribute i1 but got i64

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %c: i1) {
    prim.If %c {
      prim.Return
    ^bb1:
      prim.Return
    } else {
      prim.Return
    }
    prim.Return
  }
}
// CHECK: error: Region 'then_region' at position 0 expected a single block, but got 2 blocks

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i1) {
    prim.Loop %n, %c {
    ^bb0(%i: i64):
      prim.Return
    }
    prim.Return
  }
}
// CHECK: error: prim.Return: returns () where prim.Loop expects (i1)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i1, %x: f64) {
    %r = prim.Loop %n, %c iter(%x : f64) {
    ^bb0(%i: i64, %y: f64):
      prim.Return %y, %c : f64, i1
    }
    prim.Return
  }
}
// CHECK: error: prim.Return: returns (f64, i1) where prim.Loop expects (i1, f64)

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i1, %x: f64) {
    %r = prim.Loop %n, %c iter(%x : f64) {
    ^bb0(%y: f64):
      prim.Return %c, %y : i1, f64
    }
    prim.Return
  }
}
// CHECK: error: prim.Loop: the body takes the iteration number (i64) and the carried values

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i1, %x: f64) {
    %r = "prim.Loop"(%n, %c, %x) ({
    ^bb0(%i: i64, %y: f64):
      prim.Return %c, %y : i1, f64
    }) : (i64, i1, f64) -> i64
    prim.Return
  }
}
// CHECK: error: prim.Loop: results must have the types of the carried values

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: f64, %c: i1) {
    prim.Loop %n, %c {
    ^bb0(%i: i64):
      prim.Return %c : i1
    }
    prim.Return
  }
}
// CHECK: prim.Loop %n, %c {
// CHECK-NEXT: ^^
// CHECK-NEXT: operand is used with type i64, but has been previously used or defined with type f64

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i64) {
    prim.Loop %n, %c {
    ^bb0(%i: i64):
      prim.Return %n : i64
    }
    prim.Return
  }
}
// CHECK: prim.Loop %n, %c {
// CHECK-NEXT: ^^
// CHECK-NEXT: operand is used with type i1, but has been previously used or defined with type i64

// -----

jit.module @M {
  jit.method @f(%self: !jit.module<@M>, %n: i64, %c: i1, %x: f64) {
    %r = prim.Loop %n, %c iter(%x : f64, i64) {
    ^bb0(%i: i64, %y: f64):
      prim.Return %c, %y : i1, f64
    }
    prim.Return
  }
}
// CHECK: prim.Loop: one type per carried value expected
