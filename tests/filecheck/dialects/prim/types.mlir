// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// TorchScript's value types (prim_types.py): each spelled once as written and once as printed.

// CHECK-LABEL: func.func @scalar_types(
// CHECK-SAME:      %str: !prim.str, %device: !prim.device, %number: !prim.number, %any: !prim.any,
// CHECK-SAME:      %int: i64, %float: f64, %bool: i1, %none: none)
// GENERIC-LABEL: "func.func"() <{sym_name = "scalar_types", function_type = (!prim.str, !prim.device, !prim.number, !prim.any, i64, f64, i1, none) -> ()}>
func.func @scalar_types(%str: !prim.str, %device: !prim.device, %number: !prim.number, %any: !prim.any,
                        %int: i64, %float: f64, %bool: i1, %none: none) {
  func.return
}

// -----

// CHECK-LABEL: func.func @container_types(
// CHECK-SAME:      %ints: !prim.list<i64>, %nested: !prim.list<!prim.list<f64>>,
// CHECK-SAME:      %tensors: !prim.list<tensor<*xf32>>, %qtensors: !prim.list<tensor<2x?x!quant.uniform<u8:f32, 1.000000e-01:128>>>,
// CHECK-SAME:      %opt: !prim.optional<tensor<*xf32>>, %opt_list: !prim.optional<!prim.list<i64>>,
// CHECK-SAME:      %dict: !prim.dict<!prim.str, tensor<*xf32>>, %dict_nested: !prim.dict<i64, !prim.list<!prim.optional<f64>>>,
// CHECK-SAME:      %tuple: tuple<i64, f64>, %tuple_nested: tuple<tuple<>, !prim.list<i1>>)
// GENERIC-LABEL: "func.func"() <{sym_name = "container_types", function_type = (!prim.list<i64>, !prim.list<!prim.list<f64>>, !prim.list<tensor<*xf32>>, !prim.list<tensor<2x?x!quant.uniform<u8:f32, 1.000000e-01:128>>>, !prim.optional<tensor<*xf32>>, !prim.optional<!prim.list<i64>>, !prim.dict<!prim.str, tensor<*xf32>>, !prim.dict<i64, !prim.list<!prim.optional<f64>>>, tuple<i64, f64>, tuple<tuple<>, !prim.list<i1>>) -> ()}>
func.func @container_types(%ints: !prim.list<i64>, %nested: !prim.list<!prim.list<f64>>,
                           %tensors: !prim.list<tensor<*xf32>>, %qtensors: !prim.list<tensor<2x?x!quant.uniform<u8:f32, 0.1:128>>>,
                           %opt: !prim.optional<tensor<*xf32>>, %opt_list: !prim.optional< !prim.list<i64> >,
                           %dict: !prim.dict<!prim.str, tensor<*xf32>>, %dict_nested: !prim.dict<i64,!prim.list<!prim.optional<f64>>>,
                           %tuple: tuple<i64, f64>, %tuple_nested: tuple<tuple<>, !prim.list<i1>>) {
  func.return
}

// -----

// Object types: module instances (jit.py) and packed params (quantized_packed.py), every kind.

// CHECK-LABEL: func.func @object_types(
// CHECK-SAME:      %top: !jit.module<@M>, %child: !jit.module<@M::@conv>, %deep: !jit.module<@M::@block::@conv>,
// CHECK-SAME:      %linear: !quantized.packed<linear>, %linear_fp16: !quantized.packed<linear_fp16>,
// CHECK-SAME:      %conv1d: !quantized.packed<conv1d>, %conv2d: !quantized.packed<conv2d>, %conv3d: !quantized.packed<conv3d>,
// CHECK-SAME:      %convt1d: !quantized.packed<conv_transpose1d>, %convt2d: !quantized.packed<conv_transpose2d>,
// CHECK-SAME:      %convt3d: !quantized.packed<conv_transpose3d>, %maybe: !prim.optional<!quantized.packed<linear>>)
// GENERIC-LABEL: "func.func"() <{sym_name = "object_types", function_type = (!jit.module<@M>, !jit.module<@M::@conv>, !jit.module<@M::@block::@conv>, !quantized.packed<linear>, !quantized.packed<linear_fp16>, !quantized.packed<conv1d>, !quantized.packed<conv2d>, !quantized.packed<conv3d>, !quantized.packed<conv_transpose1d>, !quantized.packed<conv_transpose2d>, !quantized.packed<conv_transpose3d>, !prim.optional<!quantized.packed<linear>>) -> ()}>
func.func @object_types(%top: !jit.module<@M>, %child: !jit.module<@M::@conv>, %deep: !jit.module<@M::@block::@conv>,
                        %linear: !quantized.packed<linear>, %linear_fp16: !quantized.packed<linear_fp16>,
                        %conv1d: !quantized.packed<conv1d>, %conv2d: !quantized.packed<conv2d>, %conv3d: !quantized.packed<conv3d>,
                        %convt1d: !quantized.packed<conv_transpose1d>, %convt2d: !quantized.packed<conv_transpose2d>,
                        %convt3d: !quantized.packed<conv_transpose3d>, %maybe: !prim.optional<!quantized.packed<linear>>) {
  func.return
}

// -----

// Types as values of prim.Uninitialized, the one prim op that takes any result type.

// CHECK-LABEL: func.func @uninitialized()
// CHECK-NEXT:    %0 = prim.Uninitialized : !prim.str
// CHECK-NEXT:    %1 = prim.Uninitialized : !prim.list<!prim.str>
// CHECK-NEXT:    %2 = prim.Uninitialized : !prim.dict<!prim.str, !prim.any>
// CHECK-NEXT:    %3 = prim.Uninitialized : !prim.optional<!prim.number>
// CHECK-NEXT:    %4 = prim.Uninitialized : none
// CHECK-NEXT:    %5 = prim.Uninitialized : !jit.module<@M::@fc>
// GENERIC-LABEL: "func.func"() <{sym_name = "uninitialized"
// GENERIC:       %0 = "prim.Uninitialized"() : () -> !prim.str
// GENERIC-NEXT:  %1 = "prim.Uninitialized"() : () -> !prim.list<!prim.str>
// GENERIC-NEXT:  %2 = "prim.Uninitialized"() : () -> !prim.dict<!prim.str, !prim.any>
// GENERIC-NEXT:  %3 = "prim.Uninitialized"() : () -> !prim.optional<!prim.number>
// GENERIC-NEXT:  %4 = "prim.Uninitialized"() : () -> none
// GENERIC-NEXT:  %5 = "prim.Uninitialized"() : () -> !jit.module<@M::@fc>
func.func @uninitialized() {
  %0 = prim.Uninitialized : !prim.str
  %1 = prim.Uninitialized : !prim.list<!prim.str>
  %2 = prim.Uninitialized : !prim.dict<!prim.str, !prim.any>
  %3 = prim.Uninitialized : !prim.optional<!prim.number>
  %4 = prim.Uninitialized : none
  %5 = prim.Uninitialized : !jit.module<@M::@fc>
  func.return
}
