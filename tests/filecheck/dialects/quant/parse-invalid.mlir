// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// Parse and verification errors of the quant types, with MLIR's messages (TypeParser.cpp, QuantTypes.cpp,
// AsmParser). The first cases are those of MLIR's test/Dialect/Quant/parse-uniform-invalid.mlir,
// parse-any-invalid.mlir and parse-calibrated-invalid.mlir, in order; comments mark where the message
// differs from mlir-opt's. Each error is pinned to the line of the offending type, except where xDSL
// reports it at the end of the input (unknown mnemonic, unclosed type).

// MLIR parse-uniform-invalid.mlir: unknown type. MLIR says `unknown quantized type foobar`; xDSL looks the
// mnemonic up before the dialect parser runs and reports it as not registered.
!qalias = !quant.foobar
// CHECK: 'quant.foobar' is not registered

// -----

// Unrecognized token: trailing
!qalias = !quant.uniform<i8<-4:3>:f32, 0.99872:127 23>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '>'

// -----

// Unrecognized token: missing storage type maximum
!qalias = !quant.uniform<i8<16>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected ':'

// -----

// Unrecognized token: missing closing angle bracket. MLIR's lexer reports `unbalanced '<' character in
// pretty dialect name` before the quant parser runs; here the quant parser reports it.
!qalias = !quant<uniform<i8<-4:3:f32, 0.99872:127>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '>'

// -----

// Unrecognized token: missing type colon
!qalias = !quant.uniform<i8<-4:3>f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected ':'

// -----

// Unrecognized token: missing comma
!qalias = !quant.uniform<i8<-4:3>:f32 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected ','

// -----

// Unrecognized storage type: illegal prefix
!qalias = !quant.uniform<int8<-4:3>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// Unrecognized storage type: no width
!qalias = !quant.uniform<i<-4:3>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// Unrecognized storage type: storage size > 32
!qalias = !quant.uniform<i33:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type size: 33

// -----

// Unrecognized storage type: storage size < 0
!qalias = !quant.uniform<i-1<-4:3>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// Unrecognized storage type: storage size
!qalias = !quant.uniform<i123123123120<-4:3>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: invalid integer width

// -----

// Illegal storage min/max: max - min < 0
!qalias = !quant.uniform<i8<2:1>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage min and storage max: (2:1)

// -----

// Illegal storage min/max: max - min == 0
!qalias = !quant.uniform<i8<1:1>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage min and storage max: (1:1)

// -----

// Illegal storage min/max: max > defaultMax
!qalias = !quant.uniform<i4<-1:9>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type maximum: 9

// -----

// Illegal storage min/max: min < defaultMin
!qalias = !quant.uniform<i4<-9:1>:f32, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type minimum: -9

// -----

// Illegal uniform params: invalid scale
!qalias = !quant.uniform<i8<-4:3>:f32, abc:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected floating point literal

// -----

// Illegal uniform params: invalid zero point separator
!qalias = !quant.uniform<i8<-4:3>:f32, 0.1abc>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '>'

// -----

// Illegal uniform params: missing zero point
!qalias = !quant.uniform<i8<-4:3>:f32, 0.1:>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected integer value

// -----

// Illegal uniform params: invalid zero point
!qalias = !quant.uniform<i8<-4:3>:f32, 0.1:abc>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected integer value

// -----

// Illegal expressed type: f33
!qalias = !quant.uniform<i8<-4:3>:f33, 0.99872:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected non-function type

// -----

// Illegal scale: negative
!qalias = !quant.uniform<i8<-4:3>:f32, -1.0:127>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale -1.000000e+00 out of expressed type range [1.401298e-45, 3.402823e+38]

// -----

// Illegal uniform params: missing quantized dimension
!qalias = !quant.uniform<i8<-4:3>:f32:, {2.000000e+02:-19.987200e-01:1}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected integer value

// -----

// Illegal uniform params: unspecified quantized dimension, when multiple scales provided.
!qalias = !quant.uniform<i8<-4:3>:f32, {2.000000e+02,-19.987200e-01:1}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected floating point literal

// -----

// Illegal negative axis in per-axis quantization
!qalias = !quant.uniform<i8:f32:-1, {2.0,3.0:1}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal quantized dimension: -1

// -----

// Scale f16 underflow
!qalias = !quant.uniform<i8:f16, 5.8e-8>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale 5.800000e-08 out of expressed type range [5.960464e-08, 6.550400e+04]

// -----

// Scale f16 overflow
!qalias = !quant.uniform<i8:f16, 6.6e4>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale 6.600000e+04 out of expressed type range [5.960464e-08, 6.550400e+04]

// -----

// Scale f16 underflow in per-axis quantization
!qalias = !quant.uniform<i8:f16:1, {2.0,5.8e-8}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale 5.800000e-08 out of expressed type range

// -----

// Scale f16 overflow in per-axis quantization
!qalias = !quant.uniform<i8:f16:1, {2.0,6.6e4}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale 6.600000e+04 out of expressed type range

// -----

// Sub-channel quantization (MLIR, 2025) is not supported.
!qalias = !quant.uniform<u8:f32:{0:1,1:2}, {{2.0:120,3.0:127}, {4.0,5.0}}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: sub-channel quantization is not supported by xdsl-quant

// -----

// MLIR parse-any-invalid.mlir: missing storage type maximum
!qalias = !quant.any<i8<16>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected ':'

// -----

// Missing closing angle bracket (MLIR: `unbalanced '<' character in pretty dialect name`)
!qalias = !quant<any<i8<-4:3:f32>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '>'

// -----

// Missing type colon
!qalias = !quant.any<i8<-4:3>f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '>'

// -----

// Illegal prefix
!qalias = !quant.any<int8<-4:3>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// No width
!qalias = !quant.any<i<-4:3>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// Storage size > 32
!qalias = !quant.any<i33:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type size: 33

// -----

// Storage size 1024
!qalias = !quant.any<i1024<-4:3>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type size: 1024

// -----

// Storage size too large for an integer type
!qalias = !quant.any<i0123123123123123<-4:3>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: invalid integer width

// -----

// max - min < 0
!qalias = !quant.any<i8<2:1>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage min and storage max: (2:1)

// -----

// max - min == 0
!qalias = !quant.any<i8<1:1>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage min and storage max: (1:1)

// -----

// max > defaultMax
!qalias = !quant.any<i4<-1:9>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type maximum: 9

// -----

// min < defaultMin
!qalias = !quant.any<i4<-9:1>:f32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type minimum: -9

// -----

// Expressed type must be a float type (the message of MLIR's parseType<FloatType>)
!qalias = !quant.any<i8:i32>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: invalid kind of type specified

// -----

// MLIR parse-calibrated-invalid.mlir: missing calibrated type maximum (MLIR also reports `expected ':'`)
!qalias = !quant.calibrated<f32<-0.998>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: calibrated values must be present

// -----

// Missing closing angle bracket (MLIR: `unbalanced '<' character in pretty dialect name`)
!qalias = !quant.calibrated<f32<-0.998:1.232>
// CHECK: expected '>'

// -----

// Integer expressed type (MLIR also reports `invalid kind of type specified`)
!qalias = !quant.calibrated<i8<-4:3>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expecting float expressed type

// -----

// max - min < 0
!qalias = !quant.calibrated<f32<1.0:-1.0>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal min and max: (1.000000e+00:-1.000000e+00)

// -----

// max - min == 0
!qalias = !quant.calibrated<f32<1.0:1.0>>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal min and max: (1.000000e+00:1.000000e+00)

// -----

// `u` needs a width (TypeParser.cpp: `expected storage type width`)
!qalias = !quant.uniform<u:f32, 1.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected storage type width

// -----

// u with a non-numeric width
!qalias = !quant.uniform<u8x:f32, 1.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected storage type width

// -----

// Zero-width storage
!qalias = !quant.uniform<u0:f32, 1.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type size: 0

// -----

// Zero-width signed storage
!qalias = !quant.any<i0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type size: 0

// -----

// A float storage type (MLIR of this version only accepts integer storage)
!qalias = !quant.uniform<f32:f32, 1.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: illegal storage type prefix

// -----

// Integer expressed type
!qalias = !quant.uniform<i8:i8, 1.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: invalid kind of type specified

// -----

// A decimal integer is not a float literal (Parser::parseFloatFromIntegerLiteral)
!qalias = !quant.uniform<i8:f32, 2>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: unexpected decimal integer literal for a floating point value

// -----

// Hexadecimal scales are bit patterns and cannot be negated
!qalias = !quant.uniform<i8:f32, -0x3FF0000000000000>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: hexadecimal float literal should not have a leading minus

// -----

// A hexadecimal double has at most 64 bits
!qalias = !quant.uniform<i8:f32, 0x1FFFFFFFFFFFFFFFF>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: hexadecimal float constant out of range for type

// -----

// A NaN scale is outside every range
!qalias = !quant.uniform<i8:f32, 0x7FF8000000000000>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale nan out of expressed type range [1.401298e-45, 3.402823e+38]

// -----

// Zero is below the smallest scale
!qalias = !quant.uniform<i8:f64, 0.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: scale 0.000000e+00 out of expressed type range [4.940656e-324, 1.797693e+308]

// -----

// Float literal overflow
!qalias = !quant.uniform<i8:f64, 1.0e999>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: floating point value too large

// -----

// Quantized dimensions are int32
!qalias = !quant.uniform<i8:f32:2147483648, {1.0}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: integer value too large

// -----

// Zero points are int64
!qalias = !quant.uniform<i32:f32, 1.0:9223372036854775808>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: integer value too large

// -----

// Per-axis lists are not empty
!qalias = !quant.uniform<i8:f32:0, {}>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected floating point literal

// -----

// Per-axis lists are closed by `}`
!qalias = !quant.uniform<i8:f32:0, {1.0, 2.0>
// CHECK: parse-invalid.mlir:[[# @LINE - 1]]:
// CHECK: expected '}'
