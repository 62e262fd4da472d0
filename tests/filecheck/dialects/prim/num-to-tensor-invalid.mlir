// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The element type of prim.NumToTensor's tensor is the number's.

func.func @wrong_element(%n: i64) {
  // CHECK: error: prim.NumToTensor: the result must be a tensor of i64, got tensor<f32>
  %t = prim.NumToTensor %n : i64 -> tensor<f32>
  func.return
}
