// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// prim.NumToTensor (traced graphs: aten::size -> prim::NumToTensor -> aten::Int), added with the
// TorchScript importer.

// CHECK-LABEL: func.func @sizes(%n: i64, %f: f64, %s: !prim.number) {
// CHECK-NEXT:    %t = prim.NumToTensor %n : i64 -> tensor<i64>
// CHECK-NEXT:    %u = prim.NumToTensor %f : f64 -> tensor<*xf64>
// CHECK-NEXT:    %v = prim.NumToTensor %s : !prim.number -> tensor<f32>
// GENERIC-LABEL: "func.func"() <{sym_name = "sizes", function_type = (i64, f64, !prim.number) -> ()}> ({
// GENERIC-NEXT:  ^bb0(%n: i64, %f: f64, %s: !prim.number):
// GENERIC-NEXT:    %t = "prim.NumToTensor"(%n) : (i64) -> tensor<i64>
func.func @sizes(%n: i64, %f: f64, %s: !prim.number) {
  %t = prim.NumToTensor %n : i64 -> tensor<i64>
  %u = prim.NumToTensor %f : f64 -> tensor<*xf64>
  %v = prim.NumToTensor %s : !prim.number -> tensor<f32>
  func.return
}
