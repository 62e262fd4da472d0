// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// The object model (jit.py): modules, attributes with every literal form, methods.

// CHECK-LABEL: jit.module @Attrs class "__torch__.Attrs" {
// CHECK-NEXT:    jit.attr "training" = false
// CHECK-NEXT:    jit.attr "x.2_zero_point_0" = 59 : i64
// CHECK-NEXT:    jit.attr "x.2_scale_0" = 4.501750e-02 : f64
// CHECK-NEXT:    jit.attr "scale_17_digits" = 0.012208190746605396 : f64
// CHECK-NEXT:    jit.attr "mode" = "nearest"
// CHECK-NEXT:    jit.attr "device" = "cpu" : !prim.device
// CHECK-NEXT:    jit.attr "nothing" = none
// CHECK-NEXT:    jit.attr "bias_none" = none : !prim.optional<tensor<4xf32>>
// CHECK-NEXT:    jit.attr "bias_none_declared" = none : !prim.optional<tensor<4xf32>>
// CHECK-NEXT:    jit.attr "kernel_size" = [3, 3] : !prim.list<i64>
// CHECK-NEXT:    jit.attr "scale_factor" = [2.000000e+00, 2.000000e+00] : !prim.list<f64>
// CHECK-NEXT:    jit.attr "names" = ["conv", "fc"] : !prim.list<!prim.str>
// CHECK-NEXT:    jit.attr "empty" = [] : !prim.list<i64>
// CHECK-NEXT:    jit.attr "weight" = dense<[[1.000000e+00, -2.000000e+00]]> : tensor<1x2xf32>
// CHECK-NEXT:    jit.attr "zero_point" = dense<0> : tensor<4xi32>
// CHECK-NEXT:    jit.attr "blob" = dense_resource<attrs_blob> : tensor<2xf32>
// CHECK-NEXT:    jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense_resource<attrs_blob> : tensor<2xf32>
// CHECK-NEXT:    jit.attr "reshaped" : tensor<*xf32> = dense<0.000000e+00> : tensor<2xf32>
// CHECK-NEXT:    jit.attr "_packed_params" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 2.500000e-01>, bias = none>
// CHECK-NEXT:    jit.attr "_packed_none" = none : !quantized.packed<conv2d>
// CHECK-NEXT:    jit.attr "tagged" = 1 : i64 {note = "kept"}
// CHECK-NEXT:  }
// CHECK:       attrs_blob: "0x040000000000803F00000040"
// GENERIC-LABEL: "jit.module"() <{sym_name = "Attrs", class_name = "__torch__.Attrs"}> ({
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "training", attr_type = i1, value = false}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "x.2_zero_point_0", attr_type = i64, value = 59 : i64}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "x.2_scale_0", attr_type = f64, value = 4.501750e-02 : f64}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "scale_17_digits", attr_type = f64, value = 0.012208190746605396 : f64}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "mode", attr_type = !prim.str, value = "nearest"}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "device", attr_type = !prim.device, value = "cpu"}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "nothing", attr_type = none, value = none}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "bias_none", attr_type = !prim.optional<tensor<4xf32>>, value = none}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "bias_none_declared", attr_type = !prim.optional<tensor<4xf32>>, value = none}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "kernel_size", attr_type = !prim.list<i64>, value = [3 : i64, 3 : i64]}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "scale_factor", attr_type = !prim.list<f64>, value = [2.000000e+00 : f64, 2.000000e+00 : f64]}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "names", attr_type = !prim.list<!prim.str>, value = ["conv", "fc"]}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "empty", attr_type = !prim.list<i64>, value = []}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "weight", attr_type = tensor<1x2xf32>, value = dense<[[1.000000e+00, -2.000000e+00]]> : tensor<1x2xf32>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "zero_point", attr_type = tensor<4xi32>, value = dense<0> : tensor<4xi32>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "blob", attr_type = tensor<2xf32>, value = dense_resource<attrs_blob> : tensor<2xf32>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "bias", attr_type = !prim.optional<tensor<2xf32>>, value = dense_resource<attrs_blob> : tensor<2xf32>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "reshaped", attr_type = tensor<*xf32>, value = dense<0.000000e+00> : tensor<2xf32>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "_packed_params", attr_type = !quantized.packed<linear>, value = #quantized.packed_params<linear, {{.*}}>}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "_packed_none", attr_type = !quantized.packed<conv2d>, value = none}> : () -> ()
// GENERIC-NEXT:    "jit.attr"() <{attr_name = "tagged", attr_type = i64, value = 1 : i64}> {note = "kept"} : () -> ()
// GENERIC-NEXT:  }) : () -> ()
jit.module @Attrs class "__torch__.Attrs" {
  jit.attr "training" = false
  jit.attr "x.2_zero_point_0" = 59 : i64
  jit.attr "x.2_scale_0" = 4.501750e-02 : f64
  jit.attr "scale_17_digits" = 0.012208190746605396 : f64
  jit.attr "mode" = "nearest"
  jit.attr "device" = "cpu" : !prim.device
  jit.attr "nothing" = none
  jit.attr "bias_none" = none : !prim.optional<tensor<4xf32>>
  // A declared type on a value that is not self-typed prints after the value.
  jit.attr "bias_none_declared" : !prim.optional<tensor<4xf32>> = none
  jit.attr "kernel_size" = [3, 3] : !prim.list<i64>
  jit.attr "scale_factor" = [2.0, 2] : !prim.list<f64>
  jit.attr "names" = ["conv", "fc"] : !prim.list<!prim.str>
  jit.attr "empty" = [] : !prim.list<i64>
  jit.attr "weight" = dense<[[1.0, -2.0]]> : tensor<1x2xf32>
  jit.attr "zero_point" = dense<0> : tensor<4xi32>
  jit.attr "blob" = dense_resource<attrs_blob> : tensor<2xf32>
  // Declared types wider than the value's own type print before `=`.
  jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense_resource<attrs_blob> : tensor<2xf32>
  jit.attr "reshaped" : tensor<*xf32> = dense<0.0> : tensor<2xf32>
  jit.attr "_packed_params" = #quantized.packed_params<linear, weight = dense<1> : tensor<2x2xi8>, qtype = !quant.uniform<i8:f32, 0.25>, bias = none>
  // Packed params start out as None when PyTorch registers them.
  jit.attr "_packed_none" = none : !quantized.packed<conv2d>
  jit.attr "tagged" = 1 : i64 {note = "kept"}
}

{-#
  dialect_resources: {
    builtin: {
      attrs_blob: "0x040000000000803F00000040"
    }
  }
#-}

// -----

// Nested modules, a module without a class name, an empty module, attribute dictionaries and
// methods with zero, one and several results. Submodule instances are typed by their path.

// CHECK-LABEL: jit.module @Top class "__torch__.Top" attributes {origin = "test"} {
// CHECK-NEXT:    jit.module @block {
// CHECK-NEXT:      jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
// CHECK-NEXT:        jit.attr "training" = false
// CHECK-NEXT:      }
// CHECK-NEXT:      jit.module @empty {
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:    jit.method @forward(%self: !jit.module<@Top>, %x: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:      %block = prim.GetAttr "block" %self : !jit.module<@Top> -> !jit.module<@Top::@block>
// CHECK-NEXT:      %conv = prim.GetAttr "conv" %block : !jit.module<@Top::@block> -> !jit.module<@Top::@block::@conv>
// CHECK-NEXT:      %t = prim.GetAttr "training" %conv : !jit.module<@Top::@block::@conv> -> i1
// CHECK-NEXT:      %r, %n = prim.CallMethod "pair" %self, %x : (!jit.module<@Top>, tensor<*xf32>) -> (tensor<*xf32>, i64)
// CHECK-NEXT:      prim.CallMethod "nothing" %self : (!jit.module<@Top>) -> ()
// CHECK-NEXT:      prim.Return %r : tensor<*xf32>
// CHECK-NEXT:    }
// CHECK-NEXT:    jit.method @pair(%self: !jit.module<@Top>, %x: tensor<*xf32>) -> (tensor<*xf32>, i64) {
// CHECK-NEXT:      %n = prim.Constant 1 : i64
// CHECK-NEXT:      prim.Return %x, %n : tensor<*xf32>, i64
// CHECK-NEXT:    }
// CHECK-NEXT:    jit.method @nothing(%self: !jit.module<@Top>) attributes {unused = true} {
// CHECK-NEXT:      prim.Return
// CHECK-NEXT:    }
// CHECK-NEXT:  }
// GENERIC-LABEL: "jit.module"() <{sym_name = "Top", class_name = "__torch__.Top"}> ({
// GENERIC-NEXT:    "jit.module"() <{sym_name = "block"}> ({
// GENERIC-NEXT:      "jit.module"() <{sym_name = "conv", class_name = "__torch__.torch.nn.modules.conv.Conv2d"}> ({
// GENERIC:           "jit.module"() <{sym_name = "empty"}> ({
// GENERIC-NEXT:      ^bb0:
// GENERIC-NEXT:      }) : () -> ()
// GENERIC-NEXT:    }) : () -> ()
// GENERIC-NEXT:    "jit.method"() <{sym_name = "forward", function_type = (!jit.module<@Top>, tensor<*xf32>) -> tensor<*xf32>}> ({
// GENERIC-NEXT:    ^bb0(%self: !jit.module<@Top>, %x: tensor<*xf32>):
// GENERIC:           %r, %n = "prim.CallMethod"(%self, %x) <{name = "pair"}> : (!jit.module<@Top>, tensor<*xf32>) -> (tensor<*xf32>, i64)
// GENERIC:         "jit.method"() <{sym_name = "pair", function_type = (!jit.module<@Top>, tensor<*xf32>) -> (tensor<*xf32>, i64)}> ({
// GENERIC:         "jit.method"() <{sym_name = "nothing", function_type = (!jit.module<@Top>) -> ()}> ({
// GENERIC:         }) {unused = true} : () -> ()
// GENERIC-NEXT:  }) {origin = "test"} : () -> ()
jit.module @Top class "__torch__.Top" attributes {origin = "test"} {
  jit.module @block {
    jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "training" = false
    }
    jit.module @empty {}
  }
  jit.method @forward(%self: !jit.module<@Top>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %block = prim.GetAttr "block" %self : !jit.module<@Top> -> !jit.module<@Top::@block>
    %conv = prim.GetAttr "conv" %block : !jit.module<@Top::@block> -> !jit.module<@Top::@block::@conv>
    %t = prim.GetAttr "training" %conv : !jit.module<@Top::@block::@conv> -> i1
    %r, %n = prim.CallMethod "pair" %self, %x : (!jit.module<@Top>, tensor<*xf32>) -> (tensor<*xf32>, i64)
    prim.CallMethod "nothing" %self : (!jit.module<@Top>) -> ()
    prim.Return %r : tensor<*xf32>
  }
  jit.method @pair(%self: !jit.module<@Top>, %x: tensor<*xf32>) -> (tensor<*xf32>, i64) {
    %n = prim.Constant 1 : i64
    prim.Return %x, %n : tensor<*xf32>, i64
  }
  jit.method @nothing(%self: !jit.module<@Top>) attributes {unused = true} {
    prim.Return
  }
}

// -----

// Several top-level modules in one file: a method may use a sibling module's type (the
// observer's module is not a child of @Main), and CallMethod resolves it.

// CHECK-LABEL: jit.module @Observer {
// CHECK:       jit.module @Main {
// CHECK-NEXT:    jit.method @forward(%self: !jit.module<@Main>, %obs: !jit.module<@Observer>, %x: tensor<*xf32>) -> tensor<*xf32> {
// CHECK-NEXT:      %y = prim.CallMethod "forward" %obs, %x : (!jit.module<@Observer>, tensor<*xf32>) -> tensor<*xf32>
// GENERIC: "jit.module"() <{sym_name = "Observer"}>
// GENERIC: "jit.module"() <{sym_name = "Main"}>
jit.module @Observer {
  jit.attr "min_val" = dense<0.0> : tensor<f32>
  jit.method @forward(%self: !jit.module<@Observer>, %x: tensor<*xf32>) -> tensor<*xf32> {
    prim.Return %x : tensor<*xf32>
  }
}
jit.module @Main {
  jit.method @forward(%self: !jit.module<@Main>, %obs: !jit.module<@Observer>, %x: tensor<*xf32>) -> tensor<*xf32> {
    %y = prim.CallMethod "forward" %obs, %x : (!jit.module<@Observer>, tensor<*xf32>) -> tensor<*xf32>
    prim.Return %y : tensor<*xf32>
  }
}
