// RUN: not quant-opt %s -t numpy --allow-unregistered-dialect --split-input-file 2>&1 | filecheck %s

// An op the runtime cannot run is an error at emission, at the op's position, not a failure
// halfway through a run.

// CHECK: numpy-errors.mlir:9:3
// CHECK: error: numpy target: the runtime has no implementation of test.unknown
func.func @f(%x: tensor<2xf32>) -> tensor<2xf32> {
  %y = "test.unknown"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  func.return %y : tensor<2xf32>
}
