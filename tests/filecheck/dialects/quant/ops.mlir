// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// The cases of MLIR's test/Dialect/Quant/ops.mlir, plus u8 storage, !quant.any and
// !quant.calibrated operands. Assembly format (QuantOps.td):
//   $input attr-dict `:` type($input) `to` type($result)

!qalias = !quant.uniform<i8:f32, 1.0>
!qaxis = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>

// CHECK-LABEL: func.func @dcast
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : !quant.uniform<i8:f32, 1.000000e+00> to f32
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<2x?x4xf32>
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<*x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<*xf32>
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<1x2x3xf32>
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<?x?x?xf32>
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<*xf32>
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "dcast"
// GENERIC:       %{{.*}} = "quant.dcast"(%{{.*}}) : (!quant.uniform<i8:f32, 1.000000e+00>) -> f32
// GENERIC-NEXT:  %{{.*}} = "quant.dcast"(%{{.*}}) : (tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>) -> tensor<2x?x4xf32>
// GENERIC-NEXT:  %{{.*}} = "quant.dcast"(%{{.*}}) : (tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>) -> tensor<*xf32>
// GENERIC-NEXT:  %{{.*}} = "quant.dcast"(%{{.*}}) : (tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>) -> tensor<1x2x3xf32>
func.func @dcast(%s: !qalias, %r: tensor<2x?x4x!qalias>, %u: tensor<*x!qalias>,
                 %as: tensor<1x2x3x!qaxis>, %ad: tensor<?x?x?x!qaxis>, %au: tensor<*x!qaxis>) {
  %0 = quant.dcast %s : !qalias to f32
  %1 = quant.dcast %r : tensor<2x?x4x!qalias> to tensor<2x?x4xf32>
  %2 = quant.dcast %u : tensor<*x!qalias> to tensor<*xf32>
  %3 = quant.dcast %as : tensor<1x2x3x!qaxis> to tensor<1x2x3xf32>
  %4 = quant.dcast %ad : tensor<?x?x?x!qaxis> to tensor<?x?x?xf32>
  %5 = quant.dcast %au : tensor<*x!qaxis> to tensor<*xf32>
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
!qaxis = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>

// CHECK-LABEL: func.func @qcast
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : f32 to !quant.uniform<i8:f32, 1.000000e+00>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<2x?x4xf32> to tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<1x2x3xf32> to tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<?x?x?xf32> to tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "qcast"
// GENERIC:       %{{.*}} = "quant.qcast"(%{{.*}}) : (f32) -> !quant.uniform<i8:f32, 1.000000e+00>
// GENERIC-NEXT:  %{{.*}} = "quant.qcast"(%{{.*}}) : (tensor<2x?x4xf32>) -> tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>
func.func @qcast(%s: f32, %r: tensor<2x?x4xf32>, %u: tensor<*xf32>, %as: tensor<1x2x3xf32>, %ad: tensor<?x?x?xf32>) {
  %0 = quant.qcast %s : f32 to !qalias
  %1 = quant.qcast %r : tensor<2x?x4xf32> to tensor<2x?x4x!qalias>
  %2 = quant.qcast %u : tensor<*xf32> to tensor<*x!qalias>
  %3 = quant.qcast %as : tensor<1x2x3xf32> to tensor<1x2x3x!qaxis>
  %4 = quant.qcast %ad : tensor<?x?x?xf32> to tensor<?x?x?x!qaxis>
  %5 = quant.qcast %u : tensor<*xf32> to tensor<*x!qaxis>
  func.return
}

// -----

!qalias = !quant.uniform<i8:f32, 1.0>
!qaxis = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>

// CHECK-LABEL: func.func @scast
// CHECK-NEXT:    %[[Q0:.*]] = quant.scast %{{.*}} : i8 to !quant.uniform<i8:f32, 1.000000e+00>
// CHECK-NEXT:    %{{.*}} = quant.scast %[[Q0]] : !quant.uniform<i8:f32, 1.000000e+00> to i8
// CHECK-NEXT:    %[[Q1:.*]] = quant.scast %{{.*}} : tensor<2x?x4xi8> to tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>
// CHECK-NEXT:    %{{.*}} = quant.scast %[[Q1]] : tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<2x?x4xi8>
// CHECK-NEXT:    %[[Q2:.*]] = quant.scast %{{.*}} : tensor<*xi8> to tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>
// CHECK-NEXT:    %{{.*}} = quant.scast %[[Q2]] : tensor<*x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<*xi8>
// CHECK-NEXT:    %[[Q3:.*]] = quant.scast %{{.*}} : tensor<1x2x3xi8> to tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    %{{.*}} = quant.scast %[[Q3]] : tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<1x2x3xi8>
// CHECK-NEXT:    %{{.*}} = quant.scast %{{.*}} : tensor<?x?x?xi8> to tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    %{{.*}} = quant.scast %{{.*}} : tensor<*xi8> to tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
// CHECK-NEXT:    func.return
// GENERIC-LABEL: "func.func"() <{sym_name = "scast"
// GENERIC:       %{{.*}} = "quant.scast"(%{{.*}}) : (i8) -> !quant.uniform<i8:f32, 1.000000e+00>
// GENERIC-NEXT:  %{{.*}} = "quant.scast"(%{{.*}}) : (!quant.uniform<i8:f32, 1.000000e+00>) -> i8
func.func @scast(%s: i8, %r: tensor<2x?x4xi8>, %u: tensor<*xi8>, %as: tensor<1x2x3xi8>, %ad: tensor<?x?x?xi8>) {
  %0 = quant.scast %s : i8 to !qalias
  %1 = quant.scast %0 : !qalias to i8
  %2 = quant.scast %r : tensor<2x?x4xi8> to tensor<2x?x4x!qalias>
  %3 = quant.scast %2 : tensor<2x?x4x!qalias> to tensor<2x?x4xi8>
  %4 = quant.scast %u : tensor<*xi8> to tensor<*x!qalias>
  %5 = quant.scast %4 : tensor<*x!qalias> to tensor<*xi8>
  %6 = quant.scast %as : tensor<1x2x3xi8> to tensor<1x2x3x!qaxis>
  %7 = quant.scast %6 : tensor<1x2x3x!qaxis> to tensor<1x2x3xi8>
  %8 = quant.scast %ad : tensor<?x?x?xi8> to tensor<?x?x?x!qaxis>
  %9 = quant.scast %u : tensor<*xi8> to tensor<*x!qaxis>
  func.return
}

// -----

// Storage types are signless in MLIR: u8 and i8 quantized values both cast to and from `i8`.
// `!quant.any` and `!quant.calibrated` are quantized types too (QuantizedType::classof).

// CHECK-LABEL: func.func @other_quantized_types
// CHECK-NEXT:    %{{.*}} = quant.scast %{{.*}} : tensor<4xi8> to tensor<4x!quant.uniform<u8:f32, 5.000000e-02:128>>
// CHECK-NEXT:    %{{.*}} = quant.scast %{{.*}} : tensor<4xi8> to tensor<4x!quant.any<u8:f32>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<4xf32> to tensor<4x!quant.any<i8<-127:127>:f32>>
// CHECK-NEXT:    %{{.*}} = quant.dcast %{{.*}} : tensor<4x!quant.any<i8<-127:127>:f32>> to tensor<4xf32>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} : tensor<4xf32> to tensor<4x!quant.calibrated<f32<-1.000000e+00:1.000000e+00>>>
// CHECK-NEXT:    %{{.*}} = quant.qcast %{{.*}} {note = "kept"} : f32 to !quant.uniform<u8:f32, 1.000000e+00>
// CHECK-NEXT:    func.return
// GENERIC: "quant.qcast"(%{{.*}}) {note = "kept"} : (f32) -> !quant.uniform<u8:f32, 1.000000e+00>
func.func @other_quantized_types(%i: tensor<4xi8>, %f: tensor<4xf32>, %s: f32) {
  %0 = quant.scast %i : tensor<4xi8> to tensor<4x!quant.uniform<u8:f32, 0.05:128>>
  %1 = quant.scast %i : tensor<4xi8> to tensor<4x!quant.any<u8:f32>>
  %2 = quant.qcast %f : tensor<4xf32> to tensor<4x!quant.any<i8<-127:127>:f32>>
  %3 = quant.dcast %2 : tensor<4x!quant.any<i8<-127:127>:f32>> to tensor<4xf32>
  %4 = quant.qcast %f : tensor<4xf32> to tensor<4x!quant.calibrated<f32<-1.0:1.0>>>
  %5 = quant.qcast %s {note = "kept"} : f32 to !quant.uniform<u8:f32, 1.0>
  func.return
}
