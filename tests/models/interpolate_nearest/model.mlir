builtin.module {
  jit.module @Interpolate class "__torch__.zoo.Interpolate" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.8_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.8_zero_point_0" = 51 : i64
    jit.attr "x.8_scalar_type_0" = 13 : i64
    jit.attr "x.6_scale_0" = 0.022220805287361145 : f64
    jit.attr "x.6_zero_point_0" = 49 : i64
    jit.attr "x.6_scalar_type_0" = 13 : i64
    jit.attr "16_scale_0" = 0.020470025017857552 : f64
    jit.attr "16_zero_point_0" = 59 : i64
    jit.attr "16_scalar_type_0" = 13 : i64
    jit.module @conv1 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense<[[[[-0.00264699059, 0.189661443], [-0.290990382, -0.260193735]], [[-0.136172622, 0.0948079452], [-0.00700501679, 0.280328751]]], [[[-0.0313757583, 0.0935546681], [-0.106848456, -0.069496356]], [[-0.337766707, -0.234152079], [-0.145742878, 0.0130968802]]]]> : tensor<2x2x2x2xf32>
      jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense<[0.139772102, 0.212140083]> : tensor<2xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00228227745, 0.00264915056]> : tensor<2xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<2xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Interpolate::@conv1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Interpolate::@conv1> -> tensor<2x2x2x2xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Interpolate::@conv1> -> tensor<2xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Interpolate::@conv1> -> tensor<2xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Interpolate::@conv1> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Interpolate::@conv1> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x2x2x2xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Interpolate::@conv1> -> !prim.optional<tensor<2xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Interpolate::@conv1>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Interpolate::@conv1>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @conv2 class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense<[[[[-0.479376733]], [[-0.307918727]]], [[[0.256833285]], [[0.587172925]]]]> : tensor<2x2x1x1xf32>
      jit.attr "bias" : !prim.optional<tensor<2xf32>> = dense<[-0.145522699, 0.5291363]> : tensor<2xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00375981745, 0.00460527791]> : tensor<2xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<2xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@Interpolate::@conv2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Interpolate::@conv2> -> tensor<2x2x1x1xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Interpolate::@conv2> -> tensor<2xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Interpolate::@conv2> -> tensor<2xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Interpolate::@conv2> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Interpolate::@conv2> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x2x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@Interpolate::@conv2> -> !prim.optional<tensor<2xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Interpolate::@conv2>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@Interpolate::@conv2>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@Interpolate>, %x.8: tensor<*xf32>) -> tensor<*xf32> {
      %x.8_scale = prim.GetAttr "x.8_scale_0" %self : !jit.module<@Interpolate> -> f64
      %x.8_zero_point = prim.GetAttr "x.8_zero_point_0" %self : !jit.module<@Interpolate> -> i64
      %x.8_scalar_type = prim.GetAttr "x.8_scalar_type_0" %self : !jit.module<@Interpolate> -> i64
      %x.8.quant = aten.quantize_per_tensor %x.8, %x.8_scale, %x.8_zero_point, %x.8_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.8.dequant.0 = aten.dequantize %x.8.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = prim.Constant "nearest"
      %conv1 = prim.GetAttr "conv1" %self : !jit.module<@Interpolate> -> !jit.module<@Interpolate::@conv1>
      %weight.2 = prim.GetAttr "weight" %conv1 : !jit.module<@Interpolate::@conv1> -> tensor<2x2x2x2xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %conv1 : !jit.module<@Interpolate::@conv1> -> tensor<2xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %conv1 : !jit.module<@Interpolate::@conv1> -> tensor<2xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %conv1 : !jit.module<@Interpolate::@conv1> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %conv1 : !jit.module<@Interpolate::@conv1> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<2x2x2x2xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %conv1 : !jit.module<@Interpolate::@conv1> -> !prim.optional<tensor<2xf32>>
      %x.6 = aten.conv2d %x.8.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
      %x.6_scale = prim.GetAttr "x.6_scale_0" %self : !jit.module<@Interpolate> -> f64
      %x.6_zero_point = prim.GetAttr "x.6_zero_point_0" %self : !jit.module<@Interpolate> -> i64
      %x.6_scalar_type = prim.GetAttr "x.6_scalar_type_0" %self : !jit.module<@Interpolate> -> i64
      %x.6.quant = aten.quantize_per_tensor %x.6, %x.6_scale, %x.6_zero_point, %x.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %1 = prim.Constant 5 : i64
      %2 = prim.Constant 3 : i64
      %3 = prim.Constant 4 : i64
      %4 = prim.Constant 2 : i64
      %5 = prim.Constant none
      %6 = prim.Constant "builtins.ValueError"
      %align_corners.19 = prim.Constant false
      %7 = prim.Constant "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of {} and output size of {}. Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format."
      %8 = prim.Constant 1 : i64
      %9 = prim.Constant "builtins.NotImplementedError"
      %10 = prim.Constant "Input Error: Only 3D, 4D and 5D input Tensors supported (got {}D) for the modes: nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact (got {})"
      %11 = prim.Uninitialized : tensor<*x!quant.any<u8:f32>>
      %12 = aten.dim %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %dim.1 = aten.sub.int %12, %4 : (i64, i64) -> i64
      %13 = prim.Constant [8, 8] : !prim.list<i64>
      %14 = prim.Constant 2 : i64
      %15 = aten.ne.int %14, %dim.1 : (i64, i64) -> i1
      prim.If %15 {
        %16 = aten.size %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
        %17 = aten.slice.t %16, %4, %5, %8 : (!prim.list<i64>, i64, none, i64) -> !prim.list<i64>
        %18 = aten.list.t %17 : (!prim.list<i64>) -> !prim.list<i64>
        %19 = aten.format %7, %18, %13 : (!prim.str, !prim.list<i64>, !prim.list<i64>) -> !prim.str
        prim.RaiseException %19, %6
        prim.Return
      } else {
        prim.Return
      }
      %20 = aten.dim %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %21 = aten.eq.int %20, %2 : (i64, i64) -> i1
      %22 = prim.If %21 -> (i1) {
        %23 = prim.Constant true
        prim.Return %23 : i1
      } else {
        prim.Return %align_corners.19 : i1
      }
      %x.9 = prim.If %22 -> (tensor<*x!quant.any<u8:f32>>) {
        %x.6.dequant.0.dequant.3 = aten.dequantize %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %24 = aten.upsample_nearest1d %x.6.dequant.0.dequant.3, %13, %5 : (tensor<*xf32>, !prim.list<i64>, none) -> tensor<*xf32>
        %x.6.quant.q_scale.1 = aten.q_scale %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
        %x.6.quant.q_zero_point.1 = aten.q_zero_point %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %x.6.quant.dtype.1 = prim.dtype %x.6.quant : tensor<*x!quant.any<u8:f32>>
        %_179.quant = aten.quantize_per_tensor %24, %x.6.quant.q_scale.1, %x.6.quant.q_zero_point.1, %x.6.quant.dtype.1 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %_179.quant : tensor<*x!quant.any<u8:f32>>
      } else {
        %25 = aten.dim %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %26 = aten.eq.int %25, %3 : (i64, i64) -> i1
        %27 = prim.If %26 -> (i1) {
          %28 = prim.Constant true
          prim.Return %28 : i1
        } else {
          prim.Return %align_corners.19 : i1
        }
        %29 = prim.If %27 -> (tensor<*x!quant.any<u8:f32>>) {
          %x.6.dequant.0.dequant.5 = aten.dequantize %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
          %30 = aten.upsample_nearest2d.vec %x.6.dequant.0.dequant.5, %13, %5 : (tensor<*xf32>, !prim.list<i64>, none) -> tensor<*xf32>
          %x.6.quant.q_scale.3 = aten.q_scale %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
          %x.6.quant.q_zero_point.3 = aten.q_zero_point %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
          %x.6.quant.dtype.3 = prim.dtype %x.6.quant : tensor<*x!quant.any<u8:f32>>
          %_185.quant = aten.quantize_per_tensor %30, %x.6.quant.q_scale.3, %x.6.quant.q_zero_point.3, %x.6.quant.dtype.3 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
          prim.Return %_185.quant : tensor<*x!quant.any<u8:f32>>
        } else {
          %31 = aten.dim %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
          %32 = aten.eq.int %31, %1 : (i64, i64) -> i1
          %33 = prim.If %32 -> (i1) {
            %34 = prim.Constant true
            prim.Return %34 : i1
          } else {
            prim.Return %align_corners.19 : i1
          }
          %35 = prim.If %33 -> (tensor<*x!quant.any<u8:f32>>) {
            %x.6.dequant.0.dequant.7 = aten.dequantize %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
            %36 = aten.upsample_nearest3d.vec %x.6.dequant.0.dequant.7, %13, %5 : (tensor<*xf32>, !prim.list<i64>, none) -> tensor<*xf32>
            %x.6.quant.q_scale = aten.q_scale %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> f64
            %x.6.quant.q_zero_point = aten.q_zero_point %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
            %x.6.quant.dtype = prim.dtype %x.6.quant : tensor<*x!quant.any<u8:f32>>
            %_191.quant = aten.quantize_per_tensor %36, %x.6.quant.q_scale, %x.6.quant.q_zero_point, %x.6.quant.dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
            prim.Return %_191.quant : tensor<*x!quant.any<u8:f32>>
          } else {
            %37 = aten.dim %x.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
            %38 = aten.format %10, %37, %0 : (!prim.str, i64, !prim.str) -> !prim.str
            prim.RaiseException %38, %9
            prim.Return %11 : tensor<*x!quant.any<u8:f32>>
          }
          prim.Return %35 : tensor<*x!quant.any<u8:f32>>
        }
        prim.Return %29 : tensor<*x!quant.any<u8:f32>>
      }
      %conv2 = prim.GetAttr "conv2" %self : !jit.module<@Interpolate> -> !jit.module<@Interpolate::@conv2>
      %weight.1 = prim.GetAttr "weight" %conv2 : !jit.module<@Interpolate::@conv2> -> tensor<2x2x1x1xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %conv2 : !jit.module<@Interpolate::@conv2> -> tensor<2xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %conv2 : !jit.module<@Interpolate::@conv2> -> tensor<2xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %conv2 : !jit.module<@Interpolate::@conv2> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %conv2 : !jit.module<@Interpolate::@conv2> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<2x2x1x1xf32>, tensor<2xf32>, tensor<2xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %conv2 : !jit.module<@Interpolate::@conv2> -> !prim.optional<tensor<2xf32>>
      %x.9.dequant.0 = aten.dequantize %x.9 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %39 = aten.conv2d %x.9.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<2xf32>>) -> tensor<*xf32>
      %_16_scale = prim.GetAttr "16_scale_0" %self : !jit.module<@Interpolate> -> f64
      %_16_zero_point = prim.GetAttr "16_zero_point_0" %self : !jit.module<@Interpolate> -> i64
      %_16_scalar_type = prim.GetAttr "16_scalar_type_0" %self : !jit.module<@Interpolate> -> i64
      %_16.quant = aten.quantize_per_tensor %39, %_16_scale, %_16_zero_point, %_16_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_16.dequant.0 = aten.dequantize %_16.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_16.dequant.0 : tensor<*xf32>
    }
  }
}
