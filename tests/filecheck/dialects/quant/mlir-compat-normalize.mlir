// RUN: quant-opt %s --split-input-file | filecheck %s

// Inputs of MLIR's test/Dialect/Quant/parse-uniform.mlir and Bytecode/types.mlir, written the way
// those tests write them (aliases, `0.99872`, `2.0e-2`, spaces), normalize to exactly the text of
// their CHECK lines, i.e. to what mlir-opt prints.

// CHECK: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>
!qalias = !quant.uniform<i8<-8:7>:f32, 0.99872:127>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// Trailing whitespace.
// CHECK: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>
!qalias = !quant.uniform<i8<-8:7>:f32, 0.99872:127  >
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f32, 9.987200e-01>
!qalias = !quant.uniform<u8:f32, 0.99872>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f32, 2.000000e-02>
!qalias = !quant.uniform<u8:f32, 2.0e-2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f32, 2.000000e+02>
!qalias = !quant.uniform<u8:f32, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<i16:f32, 2.000000e+02>
!qalias = !quant.uniform<i16:f32, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u16:f32, 2.000000e+02>
!qalias = !quant.uniform<u16:f32, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<i32:f32, 2.000000e+02>
!qalias = !quant.uniform<i32:f32, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u32:f32, 2.000000e+02>
!qalias = !quant.uniform<u32:f32, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f32, 0x41646ABBA0000000:128>
!qalias = !quant.uniform<u8:f32, 0x41646ABBA0000000:128>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f16, 2.000000e+02>
!qalias = !quant.uniform<u8:f16, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:f64, 2.000000e+02>
!qalias = !quant.uniform<u8:f64, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<u8:bf16, 2.000000e+02>
!qalias = !quant.uniform<u8:bf16, 2.0e+2>
func.func @parse(%arg0: !qalias) {
  func.return
}

// -----
// CHECK: !quant.uniform<i8:f32:1, {2.000000e+02,9.987200e-01}>
!qalias = !quant.uniform<i8:f32:1, {2.0e+2,0.99872}>
func.func @parse(%arg0: tensor<2x2x!qalias>) {
  func.return
}

// -----
// CHECK: !quant.uniform<i8:f32:1, {2.000000e+02,9.987200e-01:120}>
!qalias = !quant.uniform<i8:f32:1, {2.0e+2,0.99872:120}>
func.func @parse(%arg0: tensor<2x2x!qalias>) {
  func.return
}

// -----
// Bytecode/types.mlir
// CHECK: !quant.any<i8<-8:7>:f32>
// CHECK-SAME: !quant.any<i8<-8:7>>
// CHECK-SAME: !quant.calibrated<f32<-0.998:1.232100e+00>>
// CHECK-SAME: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>
func.func @bytecode(%a: !quant.any<i8<-8:7>:f32>, %b: !quant.any<i8<-8:7>>,
                    %c: !quant.calibrated<f32<-0.998:1.2321>>,
                    %d: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>) {
  func.return
}

// -----
// ops.mlir writes per-axis scales with spaces and one digit.
// CHECK: quant.dcast %{{.*}} : tensor<1x2x3x!quant.uniform<i8:f32:2, {1.000000e+00,2.000000e+00,3.000000e+00}>> to tensor<1x2x3xf32>
!qalias = !quant.uniform<i8:f32:2, {1.0, 2.0, 3.0}>
func.func @dcast_per_axis_static(%arg0: tensor<1x2x3x!qalias>) {
  %0 = quant.dcast %arg0 : tensor<1x2x3x!qalias> to tensor<1x2x3xf32>
  func.return
}
