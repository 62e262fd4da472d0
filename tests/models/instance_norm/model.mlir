builtin.module {
  jit.module @Seq class "__torch__.zoo.Seq" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.038348793983459473 : f64
    jit.attr "x.2_zero_point_0" = 51 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.module @body class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "input.6_scale_0" = 0.026583440601825714 : f64
      jit.attr "input.6_zero_point_0" = 76 : i64
      jit.attr "input.6_scalar_type_0" = 13 : i64
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<instance_norm_body_0_weight> : tensor<3x2x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<3xf32>> = dense<[0.158035144, -0.138782039, 0.0439217091]> : tensor<3xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.00176610029, 0.00173136895, 0.00183779933]> : tensor<3xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<3xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@Seq::@body::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@Seq::@body::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@Seq::@body::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.instancenorm.InstanceNorm2d" {
        jit.attr "weight" = none
        jit.attr "bias" = none
        jit.attr "running_mean" = none
        jit.attr "running_var" = none
        jit.attr "num_batches_tracked" = none
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "4_scale_0" = 1.000000e+00 : f64
        jit.attr "4_zero_point_0" = 0 : i64
        jit.attr "4_scalar_type_0" = 13 : i64
        jit.attr "17_scale_0" = 0.044843856245279312 : f64
        jit.attr "17_zero_point_0" = 66 : i64
        jit.attr "17_scalar_type_0" = 13 : i64
        jit.method @forward(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant "input's size at dim={} does not match num_features. You can silence this warning by not passing in num_features, which is not used because affine=False"
          %1 = prim.Constant 3 : i64
          %2 = prim.Constant 2 : i64
          %3 = prim.CallMethod "_check_input_dim" %self, %input.1 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> none
          %4 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %5 = prim.CallMethod "_get_no_batch_dim" %self : (!jit.module<@Seq::@body::@"1">) -> i64
          %feature_dim.1 = aten.sub.int %4, %5 : (i64, i64) -> i64
          %6 = aten.size.int %input.1, %feature_dim.1 : (tensor<*xf32>, i64) -> i64
          %7 = aten.ne.int %6, %1 : (i64, i64) -> i1
          prim.If %7 {
            %8 = aten.format %0, %feature_dim.1 : (!prim.str, i64) -> !prim.str
            aten.warn %8, %2 : !prim.str, i64
            prim.Return
          } else {
            prim.Return
          }
          %9 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %10 = prim.CallMethod "_get_no_batch_dim" %self : (!jit.module<@Seq::@body::@"1">) -> i64
          %11 = aten.eq.int %9, %10 : (i64, i64) -> i1
          %12 = prim.If %11 -> (tensor<*xf32>) {
            %13 = prim.CallMethod "_handle_no_batch_input" %self, %input.1 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> tensor<*xf32>
            prim.Return %13 : tensor<*xf32>
          } else {
            %14 = prim.CallMethod "_apply_instance_norm" %self, %input.1 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> tensor<*xf32>
            %_17_scale = prim.GetAttr "17_scale_0" %self : !jit.module<@Seq::@body::@"1"> -> f64
            %_17_zero_point = prim.GetAttr "17_zero_point_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
            %_17_scalar_type = prim.GetAttr "17_scalar_type_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
            %_17.quant = aten.quantize_per_tensor %14, %_17_scale, %_17_zero_point, %_17_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
            %_17.dequant.0 = aten.dequantize %_17.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
            prim.Return %_17.dequant.0 : tensor<*xf32>
          }
          prim.Return %12 : tensor<*xf32>
        }
        jit.method @_check_input_dim(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> none {
          %0 = prim.Constant none
          %1 = prim.Constant "builtins.ValueError"
          %2 = prim.Constant "expected 3D or 4D input (got {}D input)"
          %3 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %4 = prim.Constant [3, 4] : !prim.list<i64>
          %5 = aten.__contains__.int_list %4, %3 : (!prim.list<i64>, i64) -> i1
          %6 = aten.__not__ %5 : (i1) -> i1
          prim.If %6 {
            %7 = aten.dim %input.1 : (tensor<*xf32>) -> i64
            %8 = aten.format %2, %7 : (!prim.str, i64) -> !prim.str
            prim.RaiseException %8, %1
            prim.Return
          } else {
            prim.Return
          }
          prim.Return %0 : none
        }
        jit.method @_get_no_batch_dim(%self: !jit.module<@Seq::@body::@"1">) -> i64 {
          %0 = prim.Constant 3 : i64
          prim.Return %0 : i64
        }
        jit.method @_handle_no_batch_input(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = aten.unsqueeze %input.1 dim 0 : (tensor<*xf32>) -> tensor<*xf32>
          %1 = prim.CallMethod "_apply_instance_norm" %self, %0 : (!jit.module<@Seq::@body::@"1">, tensor<*xf32>) -> tensor<*xf32>
          %_4_scale = prim.GetAttr "4_scale_0" %self : !jit.module<@Seq::@body::@"1"> -> f64
          %_4_zero_point = prim.GetAttr "4_zero_point_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %_4_scalar_type = prim.GetAttr "4_scalar_type_0" %self : !jit.module<@Seq::@body::@"1"> -> i64
          %_4.quant = aten.quantize_per_tensor %1, %_4_scale, %_4_zero_point, %_4_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
          %_4.dequant.0 = aten.dequantize %_4.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
          %2 = aten.squeeze.dim %_4.dequant.0 dim 0 : (tensor<*xf32>) -> tensor<*xf32>
          prim.Return %2 : tensor<*xf32>
        }
        jit.method @_apply_instance_norm(%self: !jit.module<@Seq::@body::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 1.000000e-05 : f64
          %1 = prim.Constant 1.000000e-01 : f64
          %2 = prim.Constant true
          %running_mean = prim.GetAttr "running_mean" %self : !jit.module<@Seq::@body::@"1"> -> none
          %running_var = prim.GetAttr "running_var" %self : !jit.module<@Seq::@body::@"1"> -> none
          %weight = prim.GetAttr "weight" %self : !jit.module<@Seq::@body::@"1"> -> none
          %bias = prim.GetAttr "bias" %self : !jit.module<@Seq::@body::@"1"> -> none
          %3 = prim.CallFunction "__torch__.torch.nn.functional.instance_norm" %input.1, %running_mean, %running_var, %weight, %bias, %2, %1, %0 : (tensor<*xf32>, none, none, none, none, i1, f64, f64) -> tensor<*xf32>
          prim.Return %3 : tensor<*xf32>
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
      %0 = prim.Constant "input's size at dim={} does not match num_features. You can silence this warning by not passing in num_features, which is not used because affine=False"
      %1 = prim.Constant 3 : i64
      %2 = prim.Constant 2 : i64
      %3 = prim.Constant [3, 4] : !prim.list<i64>
      %4 = prim.Constant "expected 3D or 4D input (got {}D input)"
      %5 = prim.Constant "builtins.ValueError"
      %6 = prim.Constant none
      %7 = prim.Constant true
      %8 = prim.Constant "Expected more than 1 spatial element when training, got input size {}"
      %9 = prim.Constant 1 : i64
      %10 = prim.GetAttr "0" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"0">
      %11 = prim.GetAttr "1" %body : !jit.module<@Seq::@body> -> !jit.module<@Seq::@body::@"1">
      %weight.1 = prim.GetAttr "weight" %10 : !jit.module<@Seq::@body::@"0"> -> tensor<3x2x3x3xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %10 : !jit.module<@Seq::@body::@"0"> -> tensor<3xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %10 : !jit.module<@Seq::@body::@"0"> -> tensor<3xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %10 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %10 : !jit.module<@Seq::@body::@"0"> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<3x2x3x3xf32>, tensor<3xf32>, tensor<3xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %10 : !jit.module<@Seq::@body::@"0"> -> !prim.optional<tensor<3xf32>>
      %input.6 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.0, %bias stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<3xf32>>) -> tensor<*xf32>
      %input.6_scale = prim.GetAttr "input.6_scale_0" %body : !jit.module<@Seq::@body> -> f64
      %input.6_zero_point = prim.GetAttr "input.6_zero_point_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6_scalar_type = prim.GetAttr "input.6_scalar_type_0" %body : !jit.module<@Seq::@body> -> i64
      %input.6.quant = aten.quantize_per_tensor %input.6, %input.6_scale, %input.6_zero_point, %input.6_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %12 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %13 = aten.__contains__.int_list %3, %12 : (!prim.list<i64>, i64) -> i1
      %14 = aten.__not__ %13 : (i1) -> i1
      prim.If %14 {
        %15 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %16 = aten.format %4, %15 : (!prim.str, i64) -> !prim.str
        prim.RaiseException %16, %5
        prim.Return
      } else {
        prim.Return
      }
      %17 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %feature_dim.1 = aten.sub.int %17, %1 : (i64, i64) -> i64
      %18 = aten.size.int %input.6.quant, %feature_dim.1 : (tensor<*x!quant.any<u8:f32>>, i64) -> i64
      %19 = aten.ne.int %18, %1 : (i64, i64) -> i1
      prim.If %19 {
        %20 = aten.format %0, %feature_dim.1 : (!prim.str, i64) -> !prim.str
        aten.warn %20, %2 : !prim.str, i64
        prim.Return
      } else {
        prim.Return
      }
      %21 = aten.dim %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %22 = aten.eq.int %21, %1 : (i64, i64) -> i1
      %input.9 = prim.If %22 -> (tensor<*x!quant.any<u8:f32>>) {
        %23 = aten.unsqueeze %input.6.quant dim 0 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
        %24 = aten.size %23 : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
        %25 = aten.len.t %24 : (!prim.list<i64>) -> i64
        %26 = aten.__range_length %2, %25, %9 : (i64, i64, i64) -> i64
        %size_prods.4 = prim.Loop %26, %7 iter(%9 : i64) {
        ^bb0(%27: i64, %size_prods.12: i64):
          %i.2 = aten.__derive_index %27, %2, %9 : (i64, i64, i64) -> i64
          %28 = aten.__getitem__.t %24, %i.2 : (!prim.list<i64>, i64) -> i64
          %size_prods.14 = aten.mul.int %size_prods.12, %28 : (i64, i64) -> i64
          prim.Return %7, %size_prods.14 : i1, i64
        }
        %29 = aten.eq.int %size_prods.4, %9 : (i64, i64) -> i1
        prim.If %29 {
          %30 = aten.format %8, %24 : (!prim.str, !prim.list<i64>) -> !prim.str
          prim.RaiseException %30, %5
          prim.Return
        } else {
          prim.Return
        }
        %_54.dequant.1 = aten.dequantize %23 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %31 = aten.instance_norm %_54.dequant.1, %6, %6, %6, %6, %7 momentum 1.000000e-01 eps 1.000000e-05 cudnn_enabled true : (tensor<*xf32>, none, none, none, none, i1) -> tensor<*xf32>
        %_4_scale = prim.GetAttr "4_scale_0" %11 : !jit.module<@Seq::@body::@"1"> -> f64
        %_4_zero_point = prim.GetAttr "4_zero_point_0" %11 : !jit.module<@Seq::@body::@"1"> -> i64
        %_4_scalar_type = prim.GetAttr "4_scalar_type_0" %11 : !jit.module<@Seq::@body::@"1"> -> i64
        %_4.quant = aten.quantize_per_tensor %31, %_4_scale, %_4_zero_point, %_4_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        %32 = aten.squeeze.dim %_4.quant dim 0 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %32 : tensor<*x!quant.any<u8:f32>>
      } else {
        %33 = aten.size %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
        %34 = aten.len.t %33 : (!prim.list<i64>) -> i64
        %35 = aten.__range_length %2, %34, %9 : (i64, i64, i64) -> i64
        %size_prods = prim.Loop %35, %7 iter(%9 : i64) {
        ^bb0(%36: i64, %size_prods.11: i64):
          %i.1 = aten.__derive_index %36, %2, %9 : (i64, i64, i64) -> i64
          %37 = aten.__getitem__.t %33, %i.1 : (!prim.list<i64>, i64) -> i64
          %size_prods.5 = aten.mul.int %size_prods.11, %37 : (i64, i64) -> i64
          prim.Return %7, %size_prods.5 : i1, i64
        }
        %38 = aten.eq.int %size_prods, %9 : (i64, i64) -> i1
        prim.If %38 {
          %39 = aten.format %8, %33 : (!prim.str, !prim.list<i64>) -> !prim.str
          prim.RaiseException %39, %5
          prim.Return
        } else {
          prim.Return
        }
        %input.6.dequant.0.dequant.7 = aten.dequantize %input.6.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        %40 = aten.instance_norm %input.6.dequant.0.dequant.7, %6, %6, %6, %6, %7 momentum 1.000000e-01 eps 1.000000e-05 cudnn_enabled true : (tensor<*xf32>, none, none, none, none, i1) -> tensor<*xf32>
        %_17_scale = prim.GetAttr "17_scale_0" %11 : !jit.module<@Seq::@body::@"1"> -> f64
        %_17_zero_point = prim.GetAttr "17_zero_point_0" %11 : !jit.module<@Seq::@body::@"1"> -> i64
        %_17_scalar_type = prim.GetAttr "17_scalar_type_0" %11 : !jit.module<@Seq::@body::@"1"> -> i64
        %_17.quant = aten.quantize_per_tensor %40, %_17_scale, %_17_zero_point, %_17_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %_17.quant : tensor<*x!quant.any<u8:f32>>
      }
      %input.9.dequant.0 = aten.dequantize %input.9 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %input.9.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      instance_norm_body_0_weight: "0x040000002E4CE7BABE79013E42A646BE27A031BEC9EBB9BDC771813DE50699BB015F3F3E7D5AABBC74777F3D3EE291BD7AC53DBD029566BE0BD91FBED4FCC6BD880D0F3CE4D5BE3D2BD2103E94A023BEB234D2BDDF54AF3DF56B483EDFAF46BDA39C343EBF9C1BBD4750CC3C818B5A3ED6E65FBED9F117BE3B6A74BDDE29BCBDD388503EAE711CBE0936DEBD8D9F28BE2B0C62BE1EE40CBEC9784F3ED265D73DD5F5E93D62184B3C4F7BF7BD4A56233D115B61BEE0652EBE11DBF8BD5A48183E94830D3E4915D6BD4C570BBC225D1A3E6EF16F3E0F95BF3D6F6C023D"
    }
  }
#-}
