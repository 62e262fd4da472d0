// The bundled pre-finalize model parses, verifies and round-trips through both printed forms.
// RUN: quant-opt %S/../../../examples/static_conv_linear.mlir > %t.mlir
// RUN: quant-opt %t.mlir | diff %t.mlir -
// RUN: quant-opt %t.mlir --print-op-generic | quant-opt | diff %t.mlir -
// RUN: filecheck %s --input-file %t.mlir

// CHECK:      jit.module @M class "__torch__.M" {
// CHECK:        jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
// CHECK:        jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
// CHECK:        jit.method @forward(%s: !jit.module<@M>, %x: tensor<?x3x8x8xf32>) -> tensor<?x5xf32> {
// CHECK-COUNT-3: aten.quantize_per_tensor
// CHECK:        dialect_resources
