builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "5_scale_0" = 0.046003498136997223 : f64
    jit.attr "5_zero_point_0" = 72 : i64
    jit.attr "5_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "input.6_scale_0" = 0.024985108524560928 : f64
      jit.attr "input.6_zero_point_0" = 68 : i64
      jit.attr "input.6_scalar_type_0" = 13 : i64
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<group_norm_body_0_weight> : tensor<4x2x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<4xf32>> = dense<[0.0926333219, 0.195290968, 0.205109835, 0.20797348]> : tensor<4xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933, 0.00177505822]> : tensor<4xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<4xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"0"> -> tensor<4x2x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<4xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<4xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<4xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<4xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.normalization.GroupNorm" {
        jit.attr "weight" = dense<1.000000e+00> : tensor<4xf32>
        jit.attr "bias" = dense<0.000000e+00> : tensor<4xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "weight.1_scale_0" = 0.0078740157186985016 : f64
        jit.attr "weight.1_zero_point_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 13 : i64
        jit.attr "bias.1_scale_0" = 1.1920928955078125e-07 : f64
        jit.attr "bias.1_zero_point_0" = 0 : i64
        jit.attr "bias.1_scalar_type_0" = 13 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 1.000000e-05 : f64
          %1 = prim.Constant 2 : i64
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"1"> -> tensor<4xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"1"> -> f64
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %weight.1.quant = aten.quantize_per_tensor %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_scalar_type : (tensor<4xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
          %bias.1 = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"1"> -> tensor<4xf32>
          %bias.1_scale = prim.GetAttr "bias.1_scale_0" %self : !jit.module<@Seq::@body::@"1"> -> f64
          %bias.1_zero_point = prim.GetAttr "bias.1_zero_point_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %bias.1_scalar_type = prim.GetAttr "bias.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %bias.1.quant = aten.quantize_per_tensor %bias.1, %bias.1_scale, %bias.1_zero_point, %bias.1_scalar_type : (tensor<4xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
          %bias.1.dequant.0 = aten.dequantize %bias.1.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
          %2 = prim.CallFunction "__torch__.torch.nn.functional.group_norm" %input.1, %1, %weight.1.dequant.0, %bias.1.dequant.0, %0 : (tensor<*xf32>, i64, tensor<*xf32>, tensor<*xf32>, f64) -> tensor<*xf32>
          prim.Return %2 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@Seq::@body>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
        %1 = prim.GetAttr "1" %self : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"1">
        %input.6 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>) -> tensor<*xf32>
        %input.6_scale = prim.GetAttr "input.6_scale_0" %self : !jit.module<@Seq::@body> -> f64
        %input.6_zero_point = prim.GetAttr "input.6_zero_point_0" %self : !jit.module<@Seq::@body> -> i64
        %input.6_scalar_type = prim.GetAttr "input.6_scalar_type_0" %self : !jit.module<@Seq::@body> -> i64
        %input.6.quant = aten.quantize_per_tensor %input.6, %input.6_scale, %input.6_zero_point, %input.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        %input.6.dequant.0 = aten.dequantize %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %input.9 = prim.CallMethod "forward" %1, %input.6.dequant.0 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> tensor<*xf32>
        prim.Return %input.9 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@Seq::@body>) -> i64 {
        %0 = prim.Constant 2 : i64
        prim.Return %0 : i64
      }
    }
    jit.method @forward(%self: !jit.module<@Seq>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@Seq> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@Seq> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@Seq> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %body = prim.GetAttr "body" %self : !jit.module<@Seq> -> !jit.module<@Seq::@body>
      %0 = prim.Constant 2 : i64
      %1 = prim.Constant "builtins.ValueError"
      %2 = prim.Constant "Expected more than 1 value per channel when training, got input size {}"
      %3 = prim.Constant 0 : i64
      %4 = prim.Constant "Expected at least 2 dimensions for input tensor but received {}"
      %5 = prim.Constant "builtins.RuntimeError"
      %6 = prim.Constant none
      %7 = prim.Constant true
      %8 = prim.Constant 1 : i64
      %9 = prim.GetAttr "0" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
      %10 = prim.GetAttr "1" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"1">
      %weight.2 = prim.GetAttr "weight" %9 : !jit.module<@Seq::@body::@"0"> -> tensor<4x2x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %9 : !jit.module<@Seq::@body::@"0"> -> tensor<4xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %9 : !jit.module<@Seq::@body::@"0"> -> tensor<4xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %9 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %9 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis, %weight.1_scalar_type_0.1 : (tensor<4x2x3x3xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %9 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<4xf32>>
      %input.6 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.1, %bias stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<4xf32>>) -> tensor<*xf32>
      %input.6_scale = prim.GetAttr "input.6_scale_0" %body : !jit.module<@Seq::@body> -> f64
      %input.6_zero_point = prim.GetAttr "input.6_zero_point_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6_scalar_type = prim.GetAttr "input.6_scalar_type_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6.quant = aten.quantize_per_tensor %input.6, %input.6_scale, %input.6_zero_point, %input.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %weight.1 = prim.GetAttr "weight" %10 : !jit.module<@Seq::@body::@"1"> -> tensor<4xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %10 : !jit.module<@Seq::@body::@"1"> -> f64
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %10 : !jit.module<@Seq::@body::@"1"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %10 : !jit.module<@Seq::@body::@"1"> -> i64
      %weight.1.quant = aten.quantize_per_tensor %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_scalar_type : (tensor<4xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %10 : !jit.module<@Seq::@body::@"1"> -> tensor<4xf32>
      %bias.1_scale = prim.GetAttr "bias.1_scale_0" %10 : !jit.module<@Seq::@body::@"1"> -> f64
      %bias.1_zero_point = prim.GetAttr "bias.1_zero_point_0" %10 : !jit.module<@Seq::@body::@"1"> -> i64
      %bias.1_scalar_type = prim.GetAttr "bias.1_scalar_type_0" %10 : !jit.module<@Seq::@body::@"1"> -> i64
      %bias.1.quant = aten.quantize_per_tensor %bias.1, %bias.1_scale, %bias.1_zero_point, %bias.1_scalar_type : (tensor<4xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %bias.1.dequant.0 = aten.dequantize %bias.1.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %11 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %12 = aten.lt.int %11, %0 : (i64, i64) -> i1
      prim.If %12 {
        %13 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %14 = aten.format %4, %13 : (!prim.str, i64) -> !prim.str
        prim.RaiseException %14, %5
        prim.Return
      } else {
        prim.Return
      }
      %15 = aten.size.int %input.6.quant, %3 : (tensor<*x!quant.any<u8:f32>>, i64) -> i64
      %16 = aten.size.int %input.6.quant, %8 : (tensor<*x!quant.any<u8:f32>>, i64) -> i64
      %17 = aten.mul.int %15, %16 : (i64, i64) -> i64
      %18 = aten.floordiv.int %17, %0 : (i64, i64) -> i64
      %19 = prim.ListConstruct %18, %0 : (i64, i64) -> !prim.list<i64>
      %20 = aten.size %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
      %21 = aten.slice.t %20, %0, %6, %8 : (!prim.list<i64>, i64, none, i64) -> !prim.list<i64>
      %22 = aten.list.t %21 : (!prim.list<i64>) -> !prim.list<i64>
      %23 = aten.add.t %19, %22 : (!prim.list<i64>, !prim.list<i64>) -> !prim.list<i64>
      %size_prods.1 = aten.__getitem__.t %23, %3 : (!prim.list<i64>, i64) -> i64
      %24 = aten.len.t %23 : (!prim.list<i64>) -> i64
      %25 = aten.sub.int %24, %0 : (i64, i64) -> i64
      %size_prods = prim.Loop %25, %7 iter(%size_prods.1 : i64) {
      ^bb0(%i.1: i64, %size_prods.11: i64):
        %26 = aten.add.int %i.1, %0 : (i64, i64) -> i64
        %27 = aten.__getitem__.t %23, %26 : (!prim.list<i64>, i64) -> i64
        %size_prods.5 = aten.mul.int %size_prods.11, %27 : (i64, i64) -> i64
        prim.Return %7, %size_prods.5 : i1, i64
      }
      %28 = aten.eq.int %size_prods, %8 : (i64, i64) -> i1
      prim.If %28 {
        %29 = aten.format %2, %23 : (!prim.str, !prim.list<i64>) -> !prim.str
        prim.RaiseException %29, %1
        prim.Return
      } else {
        prim.Return
      }
      %input.6.dequant.0.dequant.5 = aten.dequantize %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %input.9 = aten.group_norm %input.6.dequant.0.dequant.5, %weight.1.dequant.0, %bias.1.dequant.0 num_groups 2 eps 1.000000e-05 cudnn_enabled true : (tensor<*xf32>, tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
      %_5_scale = prim.GetAttr "5_scale_0" %self : !jit.module<@Seq> -> f64
      %_5_zero_point = prim.GetAttr "5_zero_point_0" %self : !jit.module<@Seq> -> i64
      %_5_scalar_type = prim.GetAttr "5_scalar_type_0" %self : !jit.module<@Seq> -> i64
      %_5.quant = aten.quantize_per_tensor %input.9, %_5_scale, %_5_zero_point, %_5_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_5.dequant.0 = aten.dequantize %_5.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_5.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      group_norm_body_0_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023DF7D3213EE11C0EBE40E7333D86203BBE5C4827BE435DF9BDC06ADA3D5221C23D3DF80EBE25D5913DD97F043EAEB5F3BC8A72133C39B25F3DCABB153E69C0673E3DFF39BED1E6B0BD"
    }
  }
#-}
