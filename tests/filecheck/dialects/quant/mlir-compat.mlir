// RUN: quant-opt %s > %t && grep -v '^//' %s | diff -u - %t
// Text that mlir-opt prints, printed back unchanged: every line below these comments is exactly what
// quant-opt prints for it. The types are the CHECK lines of MLIR's test/Dialect/Quant/parse-uniform.mlir,
// Bytecode/types.mlir and lower-quant-ops.mlir; the ops are those of ops.mlir, as mlir-opt prints them.
// Left out: sub-channel types (not supported).
builtin.module {
  func.func @parse_uniform(%0: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>, %1: !quant.uniform<u8:f32, 9.987200e-01>, %2: !quant.uniform<u8:f32, 2.000000e-02>, %3: !quant.uniform<u8:f32, 2.000000e+02>, %4: !quant.uniform<i16:f32, 2.000000e+02>, %5: !quant.uniform<u16:f32, 2.000000e+02>, %6: !quant.uniform<i32:f32, 2.000000e+02>, %7: !quant.uniform<u32:f32, 2.000000e+02>, %8: !quant.uniform<u8:f32, 0x41646ABBA0000000:128>, %9: !quant.uniform<u8:f16, 2.000000e+02>, %10: !quant.uniform<u8:f64, 2.000000e+02>, %11: !quant.uniform<u8:bf16, 2.000000e+02>) {
    func.return
  }
  func.func @parse_uniform_per_axis(%0: tensor<2x2x!quant.uniform<i8:f32:1, {2.000000e+02,9.987200e-01}>>, %1: tensor<2x2x!quant.uniform<i8:f32:1, {2.000000e+02,9.987200e-01:120}>>, %2: tensor<2x2x!quant.uniform<u8:f32:1, {2.000000e+02:-120,9.987200e-01:127}>>) {
    func.return
  }
  func.func @bytecode_types(%0: !quant.any<i8<-8:7>:f32>, %1: !quant.any<i8<-8:7>>, %2: !quant.calibrated<f32<-0.998:1.232100e+00>>, %3: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>) {
    func.return
  }
  func.func @lower_quant_ops(%0: i8, %1: i8, %2: i8) -> (!quant.uniform<i8:f32, 2.000000e+00:10>, !quant.uniform<i8<-5:10>:f32, 2.000000e+00>, !quant.uniform<u8<2:10>:f32, 2.000000e+00>) {
    %3 = quant.scast %0 : i8 to !quant.uniform<i8:f32, 2.000000e+00:10>
    %4 = quant.scast %1 : i8 to !quant.uniform<i8<-5:10>:f32, 2.000000e+00>
    %5 = quant.scast %2 : i8 to !quant.uniform<u8<2:10>:f32, 2.000000e+00>
    func.return %3, %4, %5 : !quant.uniform<i8:f32, 2.000000e+00:10>, !quant.uniform<i8<-5:10>:f32, 2.000000e+00>, !quant.uniform<u8<2:10>:f32, 2.000000e+00>
  }
  func.func @dcast_scalar(%arg0: !quant.uniform<i8:f32, 1.000000e+00>) {
    %0 = quant.dcast %arg0 : !quant.uniform<i8:f32, 1.000000e+00> to f32
    func.return
  }
  func.func @dcast_ranked(%arg0: tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>) {
    %0 = quant.dcast %arg0 : tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<2x?x4xf32>
    func.return
  }
  func.func @dcast_unranked(%arg0: tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>) {
    %0 = quant.dcast %arg0 : tensor<*x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<*xf32>
    func.return
  }
  func.func @dcast_per_axis_static(%arg0: tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>) {
    %0 = quant.dcast %arg0 : tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<1x2x3xf32>
    func.return
  }
  func.func @dcast_per_axis_dynamic(%arg0: tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>) {
    %0 = quant.dcast %arg0 : tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<?x?x?xf32>
    func.return
  }
  func.func @dcast_per_axis_unranked(%arg0: tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>) {
    %0 = quant.dcast %arg0 : tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<*xf32>
    func.return
  }
  func.func @qcast_scalar(%arg0: f32) {
    %0 = quant.qcast %arg0 : f32 to !quant.uniform<i8:f32, 1.000000e+00>
    func.return
  }
  func.func @qcast_ranked(%arg0: tensor<2x?x4xf32>) {
    %0 = quant.qcast %arg0 : tensor<2x?x4xf32> to tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>
    func.return
  }
  func.func @qcast_unranked(%arg0: tensor<*xf32>) {
    %0 = quant.qcast %arg0 : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>
    func.return
  }
  func.func @qcast_per_axis_static(%arg0: tensor<1x2x3xf32>) {
    %0 = quant.qcast %arg0 : tensor<1x2x3xf32> to tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    func.return
  }
  func.func @qcast_per_axis_dynamic(%arg0: tensor<?x?x?xf32>) {
    %0 = quant.qcast %arg0 : tensor<?x?x?xf32> to tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    func.return
  }
  func.func @qcast_per_axis_unranked(%arg0: tensor<*xf32>) {
    %0 = quant.qcast %arg0 : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    func.return
  }
  func.func @scast_scalar(%arg0: i8) {
    %0 = quant.scast %arg0 : i8 to !quant.uniform<i8:f32, 1.000000e+00>
    %1 = quant.scast %0 : !quant.uniform<i8:f32, 1.000000e+00> to i8
    func.return
  }
  func.func @scast_ranked(%arg0: tensor<2x?x4xi8>) {
    %0 = quant.scast %arg0 : tensor<2x?x4xi8> to tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>>
    %1 = quant.scast %0 : tensor<2x?x4x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<2x?x4xi8>
    func.return
  }
  func.func @scast_unranked(%arg0: tensor<*xi8>) {
    %0 = quant.scast %arg0 : tensor<*xi8> to tensor<*x!quant.uniform<i8:f32, 1.000000e+00>>
    %1 = quant.scast %0 : tensor<*x!quant.uniform<i8:f32, 1.000000e+00>> to tensor<*xi8>
    func.return
  }
  func.func @scast_per_axis_static(%arg0: tensor<1x2x3xi8>) {
    %0 = quant.scast %arg0 : tensor<1x2x3xi8> to tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    %1 = quant.scast %0 : tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<1x2x3xi8>
    func.return
  }
  func.func @scast_per_axis_dynamic(%arg0: tensor<?x?x?xi8>) {
    %0 = quant.scast %arg0 : tensor<?x?x?xi8> to tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    %1 = quant.scast %0 : tensor<?x?x?x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<?x?x?xi8>
    func.return
  }
  func.func @scast_per_axis_unranked(%arg0: tensor<*xi8>) {
    %0 = quant.scast %arg0 : tensor<*xi8> to tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>>
    %1 = quant.scast %0 : tensor<*x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<*xi8>
    func.return
  }
}

