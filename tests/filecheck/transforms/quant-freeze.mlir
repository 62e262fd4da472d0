// RUN: quant-opt %s -p quant-freeze --split-input-file --verify-diagnostics | filecheck %s
// RUN: quant-opt %s -p 'quant-freeze{preserved-attrs=fc}' --split-input-file --verify-diagnostics | filecheck %s --check-prefix=SUBMODULE
// RUN: quant-opt %s -p 'quant-freeze{preserved-attrs="fc.weight","helper"}' --split-input-file --verify-diagnostics | filecheck %s --check-prefix=ATTR

// Freezing folds every attribute read into a constant, runs the weight quantization at compile
// time (a storage constant + quant.scast to the per-channel type), never folds dequantize, and
// removes what nothing references any more: other methods, attributes, submodules.
// The scales are float32 tensors, so the per-channel type holds their float32 values (0.01 is
// 0.0099999997764825821), as PyTorch's q_per_channel_scales() returns.

// CHECK-LABEL: jit.module @M
// CHECK-NOT:     jit.attr
// CHECK-NOT:     jit.module @fc
// CHECK:         jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32>
// CHECK-NEXT:      %w_quant = prim.Constant dense<{{\[}}[-128, 127], [64, -64]]> : tensor<2x2xi8>
// CHECK-NEXT:      %w_quant_1 = quant.scast %w_quant : tensor<2x2xi8> to tensor<2x2x!quant.uniform<i8:f32:0, {0.0099999997764825821,5.000000e-01}>>
// CHECK-NEXT:      %w_dequant = aten.dequantize %w_quant_1 : (tensor<2x2x!quant.uniform<i8:f32:0, {0.0099999997764825821,5.000000e-01}>>) -> tensor<*xf32>
// CHECK-NEXT:      %b = prim.Constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:      %y = aten.linear %x, %w_dequant, %b : (tensor<*xf32>, tensor<*xf32>, tensor<2xf32>) -> tensor<*xf32>
// CHECK-NEXT:      prim.Return %y : tensor<*xf32>
// CHECK-NOT:     jit.method @helper

// SUBMODULE-LABEL: jit.module @M
// SUBMODULE:         jit.module @fc
// SUBMODULE-NEXT:      jit.attr "training" = false
// SUBMODULE-NEXT:      jit.attr "weight" = dense
// SUBMODULE:           jit.attr "scalar_type" = 12 : i64
// SUBMODULE:         %fc = prim.GetAttr "fc" %self
// SUBMODULE:         %w = prim.GetAttr "weight" %fc
// SUBMODULE:         aten.quantize_per_channel %w

// ATTR-LABEL:  jit.module @M
// ATTR:          jit.module @fc
// ATTR-NEXT:       jit.attr "weight" = dense
// ATTR-NEXT:     }
// ATTR:          jit.method @forward
// ATTR:            %w = prim.GetAttr "weight" %fc
// ATTR:            %w_quant = aten.quantize_per_channel %w, %scale, %zero_point, %axis, %scalar_type
// ATTR:          jit.method @helper
// ATTR-NEXT:       %one = prim.Constant 1 : i64
jit.module @M {
  jit.attr "training" = false
  jit.module @fc {
    jit.attr "training" = false
    jit.attr "weight" = dense<[[-1.28, 1.27], [32.0, -32.0]]> : tensor<2x2xf32>
    jit.attr "bias" = dense<[1.0, 2.0]> : tensor<2xf32>
    jit.attr "scale" = dense<[0.01, 0.5]> : tensor<2xf32>
    jit.attr "zero_point" = dense<0> : tensor<2xi32>
    jit.attr "axis" = 0 : i64
    jit.attr "scalar_type" = 12 : i64
  }
  jit.method @forward(%self: !jit.module<@M>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %fc = prim.GetAttr "fc" %self : !jit.module<@M> -> !jit.module<@M::@fc>
    %w = prim.GetAttr "weight" %fc : !jit.module<@M::@fc> -> tensor<2x2xf32>
    %scale = prim.GetAttr "scale" %fc : !jit.module<@M::@fc> -> tensor<2xf32>
    %zero_point = prim.GetAttr "zero_point" %fc : !jit.module<@M::@fc> -> tensor<2xi32>
    %axis = prim.GetAttr "axis" %fc : !jit.module<@M::@fc> -> i64
    %scalar_type = prim.GetAttr "scalar_type" %fc : !jit.module<@M::@fc> -> i64
    %w_quant = aten.quantize_per_channel %w, %scale, %zero_point, %axis, %scalar_type : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<2x2x!quant.any<i8:f32>>
    %w_dequant = aten.dequantize %w_quant : (tensor<2x2x!quant.any<i8:f32>>) -> tensor<*xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@M::@fc> -> tensor<2xf32>
    %y = aten.linear %x, %w_dequant, %b : (tensor<*xf32>, tensor<*xf32>, tensor<2xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
  jit.method @helper(%self: !jit.module<@M>) -> i64 {
    %one = prim.Constant 1 : i64
    prim.Return %one : i64
  }
}

// -----

// The `training` flag folds to false, so `prim.If` on it keeps the else branch only; calls to
// methods are inlined first.

// CHECK-LABEL: jit.module @Branchy
// CHECK:         jit.method @forward(%self: !jit.module<@Branchy>, %x: tensor<*xf32>) -> tensor<*xf32>
// CHECK-NEXT:      %y = aten.relu %x : (tensor<*xf32>) -> tensor<*xf32>
// CHECK-NEXT:      prim.Return %y : tensor<*xf32>
// CHECK-NOT:     prim.If
jit.module @Branchy {
  jit.attr "training" = false
  jit.method @forward(%self: !jit.module<@Branchy>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %r = prim.CallMethod "act" %self, %x : (!jit.module<@Branchy>, tensor<*xf32>) -> tensor<*xf32>
    prim.Return %r : tensor<*xf32>
  }
  jit.method @act(%self: !jit.module<@Branchy>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %training = prim.GetAttr "training" %self : !jit.module<@Branchy> -> i1
    %r = prim.If %training -> (tensor<*xf32>) {
      %msg = prim.Constant "training is not supported"
      prim.RaiseException %msg
      %u = prim.Uninitialized : tensor<*xf32>
      prim.Return %u : tensor<*xf32>
    } else {
      %y = aten.relu %x : (tensor<*xf32>) -> tensor<*xf32>
      prim.Return %y : tensor<*xf32>
    }
    prim.Return %r : tensor<*xf32>
  }
}

// -----

// An attribute a kept method writes (prim.SetAttr, or an in-place op on the value read) is not folded.

// CHECK-LABEL: jit.module @Mutated
// CHECK-NEXT:    jit.attr "count" = 0 : i64
// CHECK-NEXT:    jit.attr "steps" = dense<0> : tensor<1xi64>
// CHECK-NOT:     jit.attr "unused"
// CHECK:         %count = prim.GetAttr "count" %self
// CHECK:         prim.SetAttr "count" %self, %next
// CHECK:         %steps = prim.GetAttr "steps" %self
// CHECK-NEXT:    %steps_1 = aten.add_ %steps
jit.module @Mutated {
  jit.attr "count" = 0 : i64
  jit.attr "steps" = dense<0> : tensor<1xi64>
  jit.attr "unused" = 3 : i64
  jit.method @forward(%self: !jit.module<@Mutated>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %count = prim.GetAttr "count" %self : !jit.module<@Mutated> -> i64
    %one = prim.Constant 1 : i64
    %next = aten.add.int %count, %one : (i64, i64) -> i64
    prim.SetAttr "count" %self, %next : !jit.module<@Mutated>, i64
    %steps = prim.GetAttr "steps" %self : !jit.module<@Mutated> -> tensor<1xi64>
    %steps_1 = aten.add_ %steps, %one alpha 1 : (tensor<1xi64>, i64) -> tensor<1xi64>
    prim.Return %x : tensor<*xf32>
  }
}

// -----

// In training mode nothing is folded (PyTorch keeps parameters, buffers and objects).

// CHECK-LABEL: jit.module @Training
// CHECK-NEXT:    jit.attr "training" = true
// CHECK-NEXT:    jit.attr "scale" = 5.000000e-01 : f64
// CHECK:         %scale = prim.GetAttr "scale" %self
jit.module @Training {
  jit.attr "training" = true
  jit.attr "scale" = 0.5 : f64
  jit.method @forward(%self: !jit.module<@Training>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %scale = prim.GetAttr "scale" %self : !jit.module<@Training> -> f64
    %y = aten.mul %x, %scale : (tensor<*xf32>, f64) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}

// -----

// Freezing ends with PyTorch's cleanup, common subexpressions included: the two reads of the
// input's qparams become one. Tensors may be written in place, so ops producing one merge only
// when no op of the method writes a tensor: `relu_` modifies %a, and `%b`, equal to `%a` before
// that write, must stay a separate value.

// CHECK-LABEL: jit.module @Cse
// CHECK:         %s = aten.q_scale %xq
// CHECK-NOT:     aten.q_scale
// CHECK:         %a = aten.relu %x
// CHECK-NEXT:    %b = aten.relu %x
// CHECK-NEXT:    %a_1 = aten.relu_ %a
// CHECK-NEXT:    %p = aten.mul %a_1, %b
// CHECK-NEXT:    %q = aten.mul %p, %s :
// CHECK-NEXT:    %y = aten.mul %q, %s :
jit.module @Cse {
  jit.method @forward(%self: !jit.module<@Cse>, %x: tensor<*xf32>, %xq: tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32> {
    %s = aten.q_scale %xq : (tensor<*x!quant.any<u8:f32>>) -> f64
    %s2 = aten.q_scale %xq : (tensor<*x!quant.any<u8:f32>>) -> f64
    %a = aten.relu %x : (tensor<*xf32>) -> tensor<*xf32>
    %b = aten.relu %x : (tensor<*xf32>) -> tensor<*xf32>
    %a_1 = aten.relu_ %a : (tensor<*xf32>) -> tensor<*xf32>
    %p = aten.mul %a_1, %b : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
    %q = aten.mul %p, %s : (tensor<*xf32>, f64) -> tensor<*xf32>
    %y = aten.mul %q, %s2 : (tensor<*xf32>, f64) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}

// -----

// The guard follows aliases, not the whole method. A write elsewhere (`relu_` of %r) does not keep
// two dequantizes of one value apart: dequantize allocates, so %r cannot be either of them. A
// write through a view of a dequantize (`view` returns its input's storage) keeps that one apart.

// CHECK-LABEL: jit.module @CseAliases
// CHECK:         %a = aten.dequantize %q
// CHECK-NEXT:    %c = aten.dequantize %q
// CHECK-NEXT:    %r = aten.relu %x
// CHECK-NEXT:    %r_1 = aten.relu_ %r
// CHECK-NEXT:    %v = aten.view %c, %size
// CHECK-NEXT:    %v_1 = aten.relu_ %v
// CHECK-NEXT:    %s1 = aten.mul %a, %a
// CHECK-NEXT:    %s2 = aten.mul %s1, %r_1
// CHECK-NEXT:    %s3 = aten.mul %s2, %a
jit.module @CseAliases {
  jit.method @forward(%self: !jit.module<@CseAliases>, %x: tensor<*xf32>, %q: tensor<*x!quant.any<u8:f32>>, %size: !prim.list<i64>) -> tensor<*xf32> {
    %a = aten.dequantize %q : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %b = aten.dequantize %q : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %c = aten.dequantize %q : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %d = aten.dequantize %q : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
    %r = aten.relu %x : (tensor<*xf32>) -> tensor<*xf32>
    %r_1 = aten.relu_ %r : (tensor<*xf32>) -> tensor<*xf32>
    %v = aten.view %c, %size : (tensor<*xf32>, !prim.list<i64>) -> tensor<*xf32>
    %v_1 = aten.relu_ %v : (tensor<*xf32>) -> tensor<*xf32>
    %s1 = aten.mul %a, %b : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
    %s2 = aten.mul %s1, %r_1 : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
    %s3 = aten.mul %s2, %d : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
    %s4 = aten.mul %s3, %v_1 : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
    prim.Return %s4 : tensor<*xf32>
  }
}
