// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// Every literal form of prim.Constant (literals.py): self-typed values carry their type, strings
// default to !prim.str and `none` to none, lists always state theirs. Floats print as xDSL
// prints them: `%.5e` when that is lossless, otherwise 17 significant digits.

// CHECK-LABEL: func.func @scalars()
// CHECK-NEXT:    %int = prim.Constant 1 : i64
// CHECK-NEXT:    %negative = prim.Constant -3 : i64
// CHECK-NEXT:    %int32 = prim.Constant 7 : i32
// CHECK-NEXT:    %float = prim.Constant 4.501750e-02 : f64
// CHECK-NEXT:    %float_short = prim.Constant 2.500000e+00 : f64
// CHECK-NEXT:    %float_17_digits = prim.Constant 0.30000000000000004 : f64
// CHECK-NEXT:    %float_observer = prim.Constant 0.045017514377832413 : f64
// CHECK-NEXT:    %true = prim.Constant true
// CHECK-NEXT:    %false = prim.Constant false
// CHECK-NEXT:    %with_attr = prim.Constant 1 : i64 {note = "kept"}
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "scalars"
// GENERIC:       %int = "prim.Constant"() <{value = 1 : i64}> : () -> i64
// GENERIC-NEXT:  %negative = "prim.Constant"() <{value = -3 : i64}> : () -> i64
// GENERIC-NEXT:  %int32 = "prim.Constant"() <{value = 7 : i32}> : () -> i32
// GENERIC-NEXT:  %float = "prim.Constant"() <{value = 4.501750e-02 : f64}> : () -> f64
// GENERIC-NEXT:  %float_short = "prim.Constant"() <{value = 2.500000e+00 : f64}> : () -> f64
// GENERIC-NEXT:  %float_17_digits = "prim.Constant"() <{value = 0.30000000000000004 : f64}> : () -> f64
// GENERIC-NEXT:  %float_observer = "prim.Constant"() <{value = 0.045017514377832413 : f64}> : () -> f64
// GENERIC-NEXT:  %true = "prim.Constant"() <{value = true}> : () -> i1
// GENERIC-NEXT:  %false = "prim.Constant"() <{value = false}> : () -> i1
// GENERIC-NEXT:  %with_attr = "prim.Constant"() <{value = 1 : i64}> {note = "kept"} : () -> i64
func.func @scalars() {
  %int = prim.Constant 1 : i64
  %negative = prim.Constant -3 : i64
  %int32 = prim.Constant 7 : i32
  %float = prim.Constant 4.501750e-02 : f64
  %float_short = prim.Constant 2.5 : f64
  %float_17_digits = prim.Constant 0.30000000000000004 : f64
  // A real observer scale (example file): the value needs all 17 digits to survive printing.
  %float_observer = prim.Constant 0.04501751437783241 : f64
  %true = prim.Constant true
  %false = prim.Constant false
  %with_attr = prim.Constant 1 : i64 {note = "kept"}
  func.return
}

// -----

// CHECK-LABEL: func.func @strings_devices_none()
// CHECK-NEXT:    %str = prim.Constant "relu"
// CHECK-NEXT:    %str_typed = prim.Constant "relu"
// CHECK-NEXT:    %escaped = prim.Constant "a \22quoted\22 word"
// CHECK-NEXT:    %device = prim.Constant "cpu" : !prim.device
// CHECK-NEXT:    %none = prim.Constant none
// CHECK-NEXT:    %none_typed = prim.Constant none
// CHECK-NEXT:    %none_optional = prim.Constant none : !prim.optional<tensor<4xf32>>
// CHECK-NEXT:    %none_any = prim.Constant none : !prim.any
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "strings_devices_none"
// GENERIC:       %str = "prim.Constant"() <{value = "relu"}> : () -> !prim.str
// GENERIC-NEXT:  %str_typed = "prim.Constant"() <{value = "relu"}> : () -> !prim.str
// GENERIC-NEXT:  %escaped = "prim.Constant"() <{value = "a \22quoted\22 word"}> : () -> !prim.str
// GENERIC-NEXT:  %device = "prim.Constant"() <{value = "cpu"}> : () -> !prim.device
// GENERIC-NEXT:  %none = "prim.Constant"() <{value = none}> : () -> none
// GENERIC-NEXT:  %none_typed = "prim.Constant"() <{value = none}> : () -> none
// GENERIC-NEXT:  %none_optional = "prim.Constant"() <{value = none}> : () -> !prim.optional<tensor<4xf32>>
// GENERIC-NEXT:  %none_any = "prim.Constant"() <{value = none}> : () -> !prim.any
func.func @strings_devices_none() {
  %str = prim.Constant "relu"
  // The default type is not printed.
  %str_typed = prim.Constant "relu" : !prim.str
  // Quotes print as MLIR escapes them (\22).
  %escaped = prim.Constant "a \"quoted\" word"
  %device = prim.Constant "cpu" : !prim.device
  %none = prim.Constant none
  %none_typed = prim.Constant none : none
  %none_optional = prim.Constant none : !prim.optional<tensor<4xf32>>
  %none_any = prim.Constant none : !prim.any
  func.return
}

// -----

// CHECK-LABEL: func.func @lists()
// CHECK-NEXT:    %ints = prim.Constant [1, 1] : !prim.list<i64>
// CHECK-NEXT:    %floats = prim.Constant [1.000000e+00, 2.500000e+00] : !prim.list<f64>
// CHECK-NEXT:    %ints_as_floats = prim.Constant [1.000000e+00, 2.000000e+00] : !prim.list<f64>
// CHECK-NEXT:    %strs = prim.Constant ["a", "b"] : !prim.list<!prim.str>
// CHECK-NEXT:    %bools = prim.Constant [true, false] : !prim.list<i1>
// CHECK-NEXT:    %empty = prim.Constant [] : !prim.list<i64>
// CHECK-NEXT:    %empty_tensors = prim.Constant [] : !prim.list<tensor<*xf32>>
// CHECK-NEXT:    %tuple = prim.Constant [1, 2.000000e+00] : tuple<i64, f64>
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "lists"
// GENERIC:       %ints = "prim.Constant"() <{value = [1 : i64, 1 : i64]}> : () -> !prim.list<i64>
// GENERIC-NEXT:  %floats = "prim.Constant"() <{value = [1.000000e+00 : f64, 2.500000e+00 : f64]}> : () -> !prim.list<f64>
// GENERIC-NEXT:  %ints_as_floats = "prim.Constant"() <{value = [1.000000e+00 : f64, 2.000000e+00 : f64]}> : () -> !prim.list<f64>
// GENERIC-NEXT:  %strs = "prim.Constant"() <{value = ["a", "b"]}> : () -> !prim.list<!prim.str>
// GENERIC-NEXT:  %bools = "prim.Constant"() <{value = [true, false]}> : () -> !prim.list<i1>
// GENERIC-NEXT:  %empty = "prim.Constant"() <{value = []}> : () -> !prim.list<i64>
// GENERIC-NEXT:  %empty_tensors = "prim.Constant"() <{value = []}> : () -> !prim.list<tensor<*xf32>>
// GENERIC-NEXT:  %tuple = "prim.Constant"() <{value = [1 : i64, 2.000000e+00 : f64]}> : () -> tuple<i64, f64>
func.func @lists() {
  %ints = prim.Constant [1, 1] : !prim.list<i64>
  %floats = prim.Constant [1.0, 2.5] : !prim.list<f64>
  // Ints in a float list are floats (TorchScript's `[1, 2]` annotated List[float]).
  %ints_as_floats = prim.Constant [1, 2] : !prim.list<f64>
  %strs = prim.Constant ["a", "b"] : !prim.list<!prim.str>
  %bools = prim.Constant [true, false] : !prim.list<i1>
  %empty = prim.Constant [] : !prim.list<i64>
  %empty_tensors = prim.Constant [] : !prim.list<tensor<*xf32>>
  %tuple = prim.Constant [1, 2.0] : tuple<i64, f64>
  func.return
}

// -----

// CHECK-LABEL: func.func @tensors()
// CHECK-NEXT:    %dense = prim.Constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-NEXT:    %splat = prim.Constant dense<0> : tensor<4xi32>
// CHECK-NEXT:    %storage = prim.Constant dense<[[-128, 0, 127]]> : tensor<1x3xi8>
// CHECK-NEXT:    %scalar_tensor = prim.Constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT:    %resource = prim.Constant dense_resource<weight> : tensor<2x2xf32>
// CHECK-NEXT:    func.return
// CHECK:       {-#
// CHECK-NEXT:    dialect_resources: {
// CHECK-NEXT:      builtin: {
// CHECK-NEXT:        weight: "0x040000000000803F000000400000404000008040"
// CHECK-NEXT:      }
// CHECK-NEXT:    }
// CHECK-NEXT:  #-}
// GENERIC-LABEL: "func.func"() <{sym_name = "tensors"
// GENERIC:       %dense = "prim.Constant"() <{value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>}> : () -> tensor<2xf32>
// GENERIC-NEXT:  %splat = "prim.Constant"() <{value = dense<0> : tensor<4xi32>}> : () -> tensor<4xi32>
// GENERIC-NEXT:  %storage = "prim.Constant"() <{value = dense<[[-128, 0, 127]]> : tensor<1x3xi8>}> : () -> tensor<1x3xi8>
// GENERIC-NEXT:  %scalar_tensor = "prim.Constant"() <{value = dense<5.000000e-01> : tensor<f32>}> : () -> tensor<f32>
// GENERIC-NEXT:  %resource = "prim.Constant"() <{value = dense_resource<weight> : tensor<2x2xf32>}> : () -> tensor<2x2xf32>
// GENERIC:       weight: "0x040000000000803F000000400000404000008040"
func.func @tensors() {
  %dense = prim.Constant dense<[1.0, 2.0]> : tensor<2xf32>
  %splat = prim.Constant dense<0> : tensor<4xi32>
  %storage = prim.Constant dense<[[-128, 0, 127]]> : tensor<1x3xi8>
  %scalar_tensor = prim.Constant dense<0.5> : tensor<f32>
  %resource = prim.Constant dense_resource<weight> : tensor<2x2xf32>
  func.return
}

{-#
  dialect_resources: {
    builtin: {
      weight: "0x040000000000803F000000400000404000008040"
    }
  }
#-}

// -----

// CHECK-LABEL: func.func @packed_params()
// CHECK-NEXT:    %linear = prim.Constant #quantized.packed_params<linear, weight = dense<[[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi8>, qtype = !quant.uniform<i8:f32, 1.000000e-01>, bias = dense<[5.000000e-01, -5.000000e-01]> : tensor<2xf32>>
// CHECK-NEXT:    %no_bias = prim.Constant #quantized.packed_params<linear, weight = dense<1> : tensor<2x3xi8>, qtype = !quant.uniform<i8:f32:0, {1.000000e-01,2.000000e-01}>, bias = none>
// CHECK-NEXT:    %fp16 = prim.Constant #quantized.packed_params<linear_fp16, weight = dense<2.500000e-01> : tensor<2x3xf32>, bias = none>
// CHECK-NEXT:    %conv = prim.Constant #quantized.packed_params<conv2d, weight = dense_resource<conv_w> : tensor<2x1x1x1xi8>, qtype = !quant.uniform<i8:f32, 5.000000e-02>, bias = none, stride = [1, 1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0], groups = 1>
// CHECK-NEXT:    %transposed = prim.Constant #quantized.packed_params<conv_transpose1d, weight = dense<1> : tensor<4x1x3xi8>, qtype = !quant.uniform<i8:f32, 5.000000e-02>, bias = dense<0.000000e+00> : tensor<2xf32>, stride = [2], padding = [1], dilation = [1], output_padding = [1], groups = 2>
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "packed_params"
// GENERIC:       %linear = "prim.Constant"() <{value = #quantized.packed_params<linear, {{.*}}>}> : () -> !quantized.packed<linear>
// GENERIC-NEXT:  %no_bias = "prim.Constant"() <{value = #quantized.packed_params<linear, {{.*}}>}> : () -> !quantized.packed<linear>
// GENERIC-NEXT:  %fp16 = "prim.Constant"() <{value = #quantized.packed_params<linear_fp16, {{.*}}>}> : () -> !quantized.packed<linear_fp16>
// GENERIC-NEXT:  %conv = "prim.Constant"() <{value = #quantized.packed_params<conv2d, {{.*}}, groups = 1>}> : () -> !quantized.packed<conv2d>
// GENERIC-NEXT:  %transposed = "prim.Constant"() <{value = #quantized.packed_params<conv_transpose1d, {{.*}}, groups = 2>}> : () -> !quantized.packed<conv_transpose1d>
func.func @packed_params() {
  %linear = prim.Constant #quantized.packed_params<linear, weight = dense<[[1, -2, 3], [4, 5, -6]]> : tensor<2x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>, bias = dense<[0.5, -0.5]> : tensor<2xf32>>
  // Fields may be left out: bias defaults to none.
  %no_bias = prim.Constant #quantized.packed_params<linear, weight = dense<1> : tensor<2x3xi8>, qtype = !quant.uniform<i8:f32:0, {0.1, 0.2}>>
  %fp16 = prim.Constant #quantized.packed_params<linear_fp16, weight = dense<0.25> : tensor<2x3xf32>, bias = none>
  %conv = prim.Constant #quantized.packed_params<conv2d, weight = dense_resource<conv_w> : tensor<2x1x1x1xi8>, qtype = !quant.uniform<i8:f32, 0.05>, stride = [1, 1], padding = [0, 0], dilation = [1, 1], output_padding = [0, 0], groups = 1>
  // Transposed: the weight is (in, out / groups, k), so out_channels = 1 * groups = 2.
  %transposed = prim.Constant #quantized.packed_params<conv_transpose1d, weight = dense<1> : tensor<4x1x3xi8>, qtype = !quant.uniform<i8:f32, 0.05>, bias = dense<0.0> : tensor<2xf32>, stride = [2], padding = [1], dilation = [1], output_padding = [1], groups = 2>
  func.return
}

{-#
  dialect_resources: {
    builtin: {
      conv_w: "0x01000000017F"
    }
  }
#-}

// -----

// A self-typed value whose result type is wider (a subtype relation, prim_types.is_subtype) states
// the result type after the value.

// CHECK-LABEL: func.func @wider_result_types()
// CHECK-NEXT:    %optional_tensor = prim.Constant dense<1.000000e+00> : tensor<2xf32> : !prim.optional<tensor<2xf32>>
// CHECK-NEXT:    %unranked = prim.Constant dense<1.000000e+00> : tensor<2xf32> : tensor<*xf32>
// CHECK-NEXT:    %number = prim.Constant 1 : i64 : !prim.number
// CHECK-NEXT:    %bool_number = prim.Constant true : !prim.number
// CHECK-NEXT:    %optional_int = prim.Constant 1 : i64 : !prim.optional<i64>
// CHECK-NEXT:    %any = prim.Constant 2.500000e+00 : f64 : !prim.any
// CHECK-NEXT:    %same = prim.Constant 1 : i64
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "wider_result_types"
// GENERIC:       %optional_tensor = "prim.Constant"() <{value = dense<1.000000e+00> : tensor<2xf32>}> : () -> !prim.optional<tensor<2xf32>>
// GENERIC-NEXT:  %unranked = "prim.Constant"() <{value = dense<1.000000e+00> : tensor<2xf32>}> : () -> tensor<*xf32>
// GENERIC-NEXT:  %number = "prim.Constant"() <{value = 1 : i64}> : () -> !prim.number
// GENERIC-NEXT:  %bool_number = "prim.Constant"() <{value = true}> : () -> !prim.number
// GENERIC-NEXT:  %optional_int = "prim.Constant"() <{value = 1 : i64}> : () -> !prim.optional<i64>
// GENERIC-NEXT:  %any = "prim.Constant"() <{value = 2.500000e+00 : f64}> : () -> !prim.any
// GENERIC-NEXT:  %same = "prim.Constant"() <{value = 1 : i64}> : () -> i64
func.func @wider_result_types() {
  %optional_tensor = prim.Constant dense<1.0> : tensor<2xf32> : !prim.optional<tensor<2xf32>>
  %unranked = prim.Constant dense<1.0> : tensor<2xf32> : tensor<*xf32>
  %number = prim.Constant 1 : i64 : !prim.number
  %bool_number = prim.Constant true : !prim.number
  %optional_int = prim.Constant 1 : i64 : !prim.optional<i64>
  %any = prim.Constant 2.5 : f64 : !prim.any
  // Stating the value's own type is allowed and not printed.
  %same = prim.Constant 1 : i64 : i64
  func.return
}
