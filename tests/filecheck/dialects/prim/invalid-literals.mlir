// RUN: quant-opt %s --split-input-file --verify-diagnostics --parsing-diagnostics | filecheck %s

// The literal rules of prim.Constant (literals.check_literal, checked by the verifier) and of the
// literal syntax (literals.parse_typed_literal, checked by the parser), and the syntax of the
// TorchScript types (prim_types.py).

func.func @f() {
  %0 = prim.Constant none : i64
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 3]]:3
// CHECK: error: prim.Constant: none is not a value of type i64

// -----

func.func @f() {
  %0 = prim.Constant none : !prim.list<i64>
  func.return
}
// CHECK: error: prim.Constant: none is not a value of type !prim.list<i64>

// -----

func.func @f() {
  %0 = prim.Constant "3" : !prim.number
  func.return
}
// CHECK: error: prim.Constant: "3" is not a number

// -----

func.func @f() {
  %0 = prim.Constant dense<1.0> : tensor<f32> : !prim.number
  func.return
}
// CHECK: error: prim.Constant: dense<1.000000e+00> : tensor<f32> is not a number

// -----

func.func @f() {
  %0 = prim.Constant "cpu" : i64
  func.return
}
// CHECK: error: prim.Constant: a string is not a value of type i64

// -----

func.func @f() {
  %0 = prim.Constant 1.5 : f64 : i64
  func.return
}
// CHECK: error: prim.Constant: value of type f64 does not match declared type i64

// -----

func.func @f() {
  %0 = prim.Constant dense<1.0> : tensor<2xf32> : tensor<3xf32>
  func.return
}
// CHECK: error: prim.Constant: value of type tensor<2xf32> does not match declared type tensor<3xf32>

// -----

func.func @f() {
  %0 = prim.Constant #quantized.packed_params<linear, weight = dense<1> : tensor<2x3xi8>, qtype = !quant.uniform<i8:f32, 0.1>> : !quantized.packed<conv2d>
  func.return
}
// CHECK: error: prim.Constant: value of type !quantized.packed<linear> does not match declared type !quantized.packed<conv2d>

// -----

// The generic form reaches the verifier with values the custom syntax rejects while parsing.
func.func @f() {
  %0 = "prim.Constant"() <{value = [1 : i64]}> : () -> i64
  func.return
}
// CHECK: error: prim.Constant: a list literal is not a value of type i64

// -----

func.func @f() {
  %0 = "prim.Constant"() <{value = [1 : i64, 2.5 : f64]}> : () -> !prim.list<i64>
  func.return
}
// CHECK: error: prim.Constant: value of type f64 does not match declared type i64

// -----

func.func @f() {
  %0 = "prim.Constant"() <{value = [1 : i64]}> : () -> tuple<i64, i64>
  func.return
}
// CHECK: error: prim.Constant: a list literal is not a value of type tuple<i64, i64>

// -----

func.func @f() {
  %0 = "prim.Constant"() <{value = @sym}> : () -> i64
  func.return
}
// CHECK: error: prim.Constant: @sym is not a literal

// -----

func.func @f() {
  %0 = "prim.Constant"() : () -> i64
  func.return
}
// CHECK: error: property 'value' expected in operation 'prim.Constant'

// -----

// Parse errors of the literal syntax.
func.func @f() {
  %0 = prim.Constant [1, 2]
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 2]]:3
// CHECK: Expected ':' after a list literal: its type is required

// -----

func.func @f() {
  %0 = prim.Constant [1] : i64
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 3]]:22
// CHECK: a list literal needs a !prim.list or matching tuple type, got i64

// -----

func.func @f() {
  %0 = prim.Constant [1] : tuple<i64, f64>
  func.return
}
// CHECK: a list literal needs a !prim.list or matching tuple type, got tuple<i64, f64>

// -----

func.func @f() {
  %0 = prim.Constant ["a"] : !prim.list<i64>
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 3]]:23
// CHECK: list element "a": a string is not a value of type i64

// -----

func.func @f() {
  %0 = prim.Constant [1.5] : !prim.list<i64>
  func.return
}
// CHECK: list element 1.500000e+00 : f64: value of type f64 does not match declared type i64

// -----

func.func @f() {
  %0 = prim.Constant @sym
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 3]]:22
// CHECK: @sym is not a literal

// -----

func.func @f() {
  %0 = prim.Constant unit
  func.return
}
// CHECK: unit is not a literal

// -----

// Type syntax.
func.func @f(%l: !prim.list<>) {
  func.return
}
// CHECK: type expected

// -----

func.func @f(%d: !prim.dict<!prim.str>) {
  func.return
}
// CHECK: Expected ','

// -----

func.func @f(%o: !prim.optional<i64, f64>) {
  func.return
}
// CHECK: '>' expected

// -----

func.func @f(%s: !prim.str<i64>) {
  func.return
}
// CHECK: invalid-literals.mlir:[[# @LINE - 3]]:27
// CHECK: !prim.str takes no parameters

// -----

func.func @f(%s: !prim.number<>) {
  func.return
}
// CHECK: !prim.number takes no parameters
