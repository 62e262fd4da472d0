// RUN: quant-opt %s -t numpy | filecheck %s

// func.func becomes a module-level function, func.call a call of it; the quant dialect's casts
// call the runtime with the quantized type they need (None where the value carries it).

// CHECK:      def casts(x, s):
// CHECK-NEXT:     rt.check_inputs('casts', (x, s), (rt.TensorSpec('f32', (3,), quantized=False), rt.TensorSpec('i8', (3,), quantized=False)), ('x', 's'))
// CHECK-NEXT:     q = rt.quant_qcast(x, rt.QType('u8', scale=0.5, zero_point=10))
// CHECK-NEXT:     d = rt.quant_dcast(q, rt.QType('u8', scale=0.5, zero_point=10))
// CHECK-NEXT:     w = rt.quant_scast(s, rt.QType('i8', scales=(0.1, 0.2, 0.4), zero_points=(0, 1, -1), axis=0))
// CHECK-NEXT:     back = rt.quant_scast(w, None)
// CHECK-NEXT:     r = helper(d)
// CHECK-NEXT:     return r, back
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: def helper(x):
// CHECK-NEXT:     rt.check_inputs('helper', (x,), (rt.TensorSpec('f32', (3,), quantized=False),), ('x',))
// CHECK-NEXT:     c = R['c']
// CHECK-NEXT:     y = rt.aten_add(x, c, alpha=1)
// CHECK-NEXT:     return y
// CHECK-EMPTY:
// CHECK-EMPTY:
// CHECK-NEXT: MODULES = {}
// CHECK-NEXT: FUNCTIONS = {'casts': casts, 'helper': helper}

func.func @casts(%x: tensor<3xf32>, %s: tensor<3xi8>) -> (tensor<3xf32>, tensor<3xi8>) {
  %q = quant.qcast %x : tensor<3xf32> to tensor<3x!quant.uniform<u8:f32, 5.000000e-01:10>>
  %d = quant.dcast %q : tensor<3x!quant.uniform<u8:f32, 5.000000e-01:10>> to tensor<3xf32>
  %w = quant.scast %s : tensor<3xi8> to tensor<3x!quant.uniform<i8:f32:0, {1.000000e-01:0, 2.000000e-01:1, 4.000000e-01:-1}>>
  %back = quant.scast %w : tensor<3x!quant.uniform<i8:f32:0, {1.000000e-01:0, 2.000000e-01:1, 4.000000e-01:-1}>> to tensor<3xi8>
  %r = func.call @helper(%d) : (tensor<3xf32>) -> tensor<3xf32>
  func.return %r, %back : tensor<3xf32>, tensor<3xi8>
}
func.func @helper(%x: tensor<3xf32>) -> tensor<3xf32> {
  %c = prim.Constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %y = aten.add %x, %c alpha 1 : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  func.return %y : tensor<3xf32>
}
