// RUN: QUANT_ROUNDTRIP
// RUN: QUANT_GENERIC_ROUNDTRIP

// Every form of the three quant types, printed the way mlir-opt prints them, in custom and generic
// form. The expected text comes from MLIR's printer rules (TypeParser.cpp): storage `iN`/`uN`,
// `<min:max>` only when it narrows the range, the zero point only when it is not 0, per-axis
// entries separated by `,` without a space, scales through `AsmPrinter::printFloat`.

// CHECK-LABEL: func.func @uniform_per_tensor(
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32, 1.000000e+00>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 5.000000e-02:128>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8<-127:127>:f32, 2.000000e-02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8<0:127>:f32, 2.000000e-02:64>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i16:f32, 2.000000e+02:-3>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u16:f32, 2.000000e+02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i32:f32, 2.000000e+02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u32:f32, 2.000000e+02:4294967295>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i4:f32, 1.000000e+00:-8>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u1:f32, 1.000000e+00:1>)
// GENERIC-LABEL: "func.func"() <{sym_name = "uniform_per_tensor", function_type = (
// GENERIC-SAME:      !quant.uniform<i8:f32, 1.000000e+00>,
// GENERIC-SAME:      !quant.uniform<u8:f32, 5.000000e-02:128>,
// GENERIC-SAME:      !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>,
// GENERIC-SAME:      !quant.uniform<u1:f32, 1.000000e+00:1>) -> ()}>
func.func @uniform_per_tensor(
    %a: !quant.uniform<i8:f32, 1.0>,
    %b: !quant.uniform<u8:f32, 0.05:128>,
    %c: !quant.uniform<i8<-8:7>:f32, 9.987200e-01:127>,
    %d: !quant.uniform<i8<-127:127>:f32, 0.02:0>,
    %e: !quant.uniform<u8<0:127>:f32, 0.02:64>,
    %f: !quant.uniform<i16:f32, 2.0e+2:-3>,
    %g: !quant.uniform<u16<0:65535>:f32, 2.0e+2>,
    %h: !quant.uniform<i32<-2147483648:2147483647>:f32, 2.0e+2>,
    %i: !quant.uniform<u32:f32, 2.0e+2:4294967295>,
    %j: !quant.uniform<i4:f32, 1.0:-8>,
    %k: !quant.uniform<u1:f32, 1.0:1>) {
  func.return
}

// -----

// CHECK-LABEL: func.func @expressed_types(
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f16, 2.000000e+02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:bf16, 2.000000e+02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 2.000000e+02>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f64, 2.000000e+02>)
// GENERIC: (!quant.uniform<u8:f16, 2.000000e+02>, !quant.uniform<u8:bf16, 2.000000e+02>, !quant.uniform<u8:f32, 2.000000e+02>, !quant.uniform<u8:f64, 2.000000e+02>) -> ()
func.func @expressed_types(
    %a: !quant.uniform<u8:f16, 2.0e+2>,
    %b: !quant.uniform<u8:bf16, 2.0e+2>,
    %c: !quant.uniform<u8:f32, 2.0e+2>,
    %d: !quant.uniform<u8:f64, 2.0e+2>) {
  func.return
}

// -----

// Scales are doubles and must come back bit for bit. MLIR's printFloat uses the six-digit form
// only when it reads back exactly, otherwise 17 significant digits (APFloat::toString, upper-case
// `E` when scientific), otherwise the bit pattern in hex.

// CHECK-LABEL: func.func @exact_scales(
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 0.30000000000000004:3>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 0.33333333333333331>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32, 0.0078431372549019607>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32, 1.0000000000000003E-5>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 0x41646ABBA0000000:128>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 0.10000000149011612>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 1.4012984643248171E-45>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f64, 4.940660e-324>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 3.4028234663852886E+38>)
// GENERIC: (!quant.uniform<u8:f32, 0.30000000000000004:3>, !quant.uniform<u8:f32, 0.33333333333333331>, !quant.uniform<i8:f32, 0.0078431372549019607>, !quant.uniform<i8:f32, 1.0000000000000003E-5>, !quant.uniform<u8:f32, 0x41646ABBA0000000:128>, !quant.uniform<u8:f32, 0.10000000149011612>, !quant.uniform<u8:f32, 1.4012984643248171E-45>, !quant.uniform<u8:f64, 4.940660e-324>, !quant.uniform<u8:f32, 3.4028234663852886E+38>) -> ()
func.func @exact_scales(
    %a: !quant.uniform<u8:f32, 0.30000000000000004:3>,
    %b: !quant.uniform<u8:f32, 0.3333333333333333>,
    %c: !quant.uniform<i8:f32, 0.00784313725490196>,
    %d: !quant.uniform<i8:f32, 1.0000000000000003e-05>,
    %e: !quant.uniform<u8:f32, 10704349.0:128>,
    %f: !quant.uniform<u8:f32, 0.10000000149011612>,
    %g: !quant.uniform<u8:f32, 1.401298464324817e-45>,
    %h: !quant.uniform<u8:f64, 0x0000000000000001>,
    %i: !quant.uniform<u8:f32, 3.4028234663852886e+38>) {
  func.return
}

// -----

// CHECK-LABEL: func.func @uniform_per_axis(
// CHECK-SAME:      %{{[a-z]+}}: tensor<2x3x!quant.uniform<u8:f32:1, {2.000000e+02:120,9.987200e-01:127,1.000000e+00}>>,
// CHECK-SAME:      %{{[a-z]+}}: tensor<2x?x!quant.uniform<i8:f32:0, {2.000000e+02,9.987200e-01}>>,
// CHECK-SAME:      %{{[a-z]+}}: tensor<*x!quant.uniform<i8<-127:127>:f16:3, {0.30000000000000004:-1,1.000000e+00:127}>>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32:0, {5.000000e-01}>)
// GENERIC: (tensor<2x3x!quant.uniform<u8:f32:1, {2.000000e+02:120,9.987200e-01:127,1.000000e+00}>>, tensor<2x?x!quant.uniform<i8:f32:0, {2.000000e+02,9.987200e-01}>>, tensor<*x!quant.uniform<i8<-127:127>:f16:3, {0.30000000000000004:-1,1.000000e+00:127}>>, !quant.uniform<i8:f32:0, {5.000000e-01}>) -> ()
func.func @uniform_per_axis(
    %a: tensor<2x3x!quant.uniform<u8:f32:1, {2.0e+2:120, 0.99872:127, 1.0:0}>>,
    %b: tensor<2x?x!quant.uniform<i8:f32:0, { 2.0e+2 , 0.99872 }>>,
    %c: tensor<*x!quant.uniform<i8<-127:127>:f16:3, {0.30000000000000004:-1,1.0:127}>>,
    %d: !quant.uniform<i8:f32:0, {0.5}>) {
  func.return
}

// -----

// CHECK-LABEL: func.func @any(
// CHECK-SAME:      %{{[a-z]+}}: !quant.any<i8<-8:7>:f32>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.any<i8<-8:7>>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.any<u8:f32>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.any<u8>,
// CHECK-SAME:      %{{[a-z]+}}: tensor<4x!quant.any<i32:bf16>>)
// GENERIC: (!quant.any<i8<-8:7>:f32>, !quant.any<i8<-8:7>>, !quant.any<u8:f32>, !quant.any<u8>, tensor<4x!quant.any<i32:bf16>>) -> ()
func.func @any(
    %a: !quant.any<i8<-8:7>:f32>,
    %b: !quant.any<i8<-8:7>>,
    %c: !quant.any<u8<0:255>:f32>,
    %d: !quant.any<u8>,
    %e: tensor<4x!quant.any<i32:bf16>>) {
  func.return
}

// -----

// CHECK-LABEL: func.func @calibrated(
// CHECK-SAME:      %{{[a-z]+}}: !quant.calibrated<f32<-0.998:1.232100e+00>>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.calibrated<f16<0.000000e+00:6.000000e+00>>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.calibrated<f64<-0.30000000000000004:0x7FF0000000000000>>)
// GENERIC: (!quant.calibrated<f32<-0.998:1.232100e+00>>, !quant.calibrated<f16<0.000000e+00:6.000000e+00>>, !quant.calibrated<f64<-0.30000000000000004:0x7FF0000000000000>>) -> ()
func.func @calibrated(
    %a: !quant.calibrated<f32<-0.998:1.2321>>,
    %b: !quant.calibrated<f16<0.0:6.0>>,
    %c: !quant.calibrated<f64<-0.30000000000000004:0x7FF0000000000000>>) {
  func.return
}

// -----

// The opaque dialect form and explicitly signed or unsigned builtin storage types are accepted
// and print in the pretty form with `iN`/`uN`.

// CHECK-LABEL: func.func @spellings(
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32, 1.000000e+00>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<i8:f32, 1.000000e+00>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.uniform<u8:f32, 1.000000e+00>,
// CHECK-SAME:      %{{[a-z]+}}: !quant.any<u8:f32>)
// GENERIC: (!quant.uniform<i8:f32, 1.000000e+00>, !quant.uniform<i8:f32, 1.000000e+00>, !quant.uniform<u8:f32, 1.000000e+00>, !quant.any<u8:f32>) -> ()
func.func @spellings(
    %a: !quant<uniform<i8:f32, 1.0>>,
    %b: !quant.uniform<si8:f32, 1.0>,
    %c: !quant.uniform<ui8:f32, 1.0>,
    %d: !quant<any<u8:f32>>) {
  func.return
}
