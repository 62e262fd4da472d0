builtin.module {
  jit.module @DemoCNN class "__torch__.DemoCNN" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.14_scale_0" = 0.05727008730173111 : f64
    jit.attr "x.14_zero_point_0" = 69 : i64
    jit.attr "x.14_scalar_type_0" = 13 : i64
    jit.attr "y.2_scale_0" = 0.0058336933143436909 : f64
    jit.attr "y.2_zero_point_0" = 51 : i64
    jit.attr "y.2_scalar_type_0" = 13 : i64
    jit.attr "x.12_scale_0" = 0.021302821114659309 : f64
    jit.attr "x.12_zero_point_0" = 0 : i64
    jit.attr "x.12_scalar_type_0" = 13 : i64
    jit.attr "25_scale_0" = 0.012097845785319805 : f64
    jit.attr "25_zero_point_0" = 55 : i64
    jit.attr "25_scalar_type_0" = 13 : i64
    jit.module @stem class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "input.14_scale_0" = 0.019887086004018784 : f64
      jit.attr "input.14_zero_point_0" = 0 : i64
      jit.attr "input.14_scalar_type_0" = 13 : i64
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<demo_cnn_stem_0_weight> : tensor<8x3x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<8xf32>> = dense<[0.0199013948, -0.0415095165, 0.0501365699, 0.121118307, -0.121581197, -0.174774364, 0.0198282562, 0.128307492]> : tensor<8xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.0014965341, 0.00149635028, 0.00130080886, 0.00149263535, 0.00150560739, 0.00149340683, 0.00146055105, 0.00146853668]> : tensor<8xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<8xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@DemoCNN::@stem::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8x3x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@DemoCNN::@stem::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@DemoCNN::@stem::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<8x3x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@stem::@"0"> -> !prim.optional<tensor<8xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@DemoCNN::@stem::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@DemoCNN::@stem::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.batchnorm.BatchNorm2d" {
        jit.attr "weight" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "bias" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_mean" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_var" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "num_batches_tracked" = dense<0> : tensor<i64>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@DemoCNN::@stem::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 1.000000e-05 : f64
          %1 = prim.Constant false
          %bn_training.1 = prim.Constant true
          %2 = prim.Constant 1.000000e-01 : f64
          %3 = prim.Constant 1 : i64
          %4 = prim.CallMethod "_check_input_dim" %self, %input.1 : (!jit.module<@DemoCNN::@stem::@"1">, tensor<*xf32>) -> none
          %training.1 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@stem::@"1"> -> i1
          prim.If %training.1 {
            %num_batches_tracked.7 = prim.GetAttr "num_batches_tracked" %self : !jit.module<@DemoCNN::@stem::@"1"> -> tensor<i64>
            %5 = aten.add_ %num_batches_tracked.7, %3 alpha 1 : (tensor<i64>, i64) -> tensor<*xi64>
            prim.Return
          } else {
            prim.Return
          }
          %training.3 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@stem::@"1"> -> i1
          %bn_training = prim.If %training.3 -> (i1) {
            prim.Return %bn_training.1 : i1
          } else {
            prim.Return %1 : i1
          }
          %running_mean = prim.GetAttr "running_mean" %self : !jit.module<@DemoCNN::@stem::@"1"> -> tensor<8xf32>
          %running_var = prim.GetAttr "running_var" %self : !jit.module<@DemoCNN::@stem::@"1"> -> tensor<8xf32>
          %weight = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@stem::@"1"> -> tensor<8xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@stem::@"1"> -> tensor<8xf32>
          %6 = prim.CallFunction "__torch__.torch.nn.functional.batch_norm" %input.1, %running_mean, %running_var, %weight, %bias, %bn_training, %2, %0 : (tensor<*xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, i1, f64, f64) -> tensor<*xf32>
          prim.Return %6 : tensor<*xf32>
        }
        jit.method @_check_input_dim(%self: !jit.module<@DemoCNN::@stem::@"1">, %input.1: tensor<*xf32>) -> none {
          %0 = prim.Constant none
          %1 = prim.Constant "builtins.ValueError"
          %2 = prim.Constant "expected 4D input (got {}D input)"
          %3 = prim.Constant 4 : i64
          %4 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %5 = aten.ne.int %4, %3 : (i64, i64) -> i1
          prim.If %5 {
            %6 = aten.dim %input.1 : (tensor<*xf32>) -> i64
            %7 = aten.format %2, %6 : (!prim.str, i64) -> !prim.str
            prim.RaiseException %7, %1
            prim.Return
          } else {
            prim.Return
          }
          prim.Return %0 : none
        }
      }
      jit.module @"2" class "__torch__.torch.nn.modules.activation.ReLU" {
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@DemoCNN::@stem::@"2">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant false
          %1 = prim.CallFunction "__torch__.torch.nn.functional.relu" %input.1, %0 : (tensor<*xf32>, i1) -> tensor<*xf32>
          prim.Return %1 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@DemoCNN::@stem>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@DemoCNN::@stem> -> !jit.module<@DemoCNN::@stem::@"0">
        %1 = prim.GetAttr "2" %self : !jit.module<@DemoCNN::@stem> -> !jit.module<@DemoCNN::@stem::@"2">
        %input.5 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@DemoCNN::@stem::@"0">, tensor<*xf32>) -> tensor<*xf32>
        %input.14 = prim.CallMethod "forward" %1, %input.5 : (!jit.module<@DemoCNN::@stem::@"2">, tensor<*xf32>) -> tensor<*xf32>
        %input.14_scale = prim.GetAttr "input.14_scale_0" %self : !jit.module<@DemoCNN::@stem> -> f64
        %input.14_zero_point = prim.GetAttr "input.14_zero_point_0" %self : !jit.module<@DemoCNN::@stem> -> i64
        %input.14_scalar_type = prim.GetAttr "input.14_scalar_type_0" %self : !jit.module<@DemoCNN::@stem> -> i64
        %input.14.quant = aten.quantize_per_tensor %input.14, %input.14_scale, %input.14_zero_point, %input.14_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        %input.14.dequant.0 = aten.dequantize %input.14.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        prim.Return %input.14.dequant.0 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@DemoCNN::@stem>) -> i64 {
        %0 = prim.Constant 3 : i64
        prim.Return %0 : i64
      }
    }
    jit.module @conv1 class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "input.14_scale_0" = 0.0074634840711951256 : f64
      jit.attr "input.14_zero_point_0" = 0 : i64
      jit.attr "input.14_scalar_type_0" = 13 : i64
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<demo_cnn_conv1_0_weight> : tensor<8x8x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<8xf32>> = dense<[-0.0779392123, 0.0101467464, -0.0282679051, 0.0537255555, 0.0739290193, -0.00929605868, 0.0879823565, 0.00202618539]> : tensor<8xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.000912706251, 0.000864094647, 0.000923810701, 0.000906162837, 0.000915684213, 0.000908361922, 0.000923717686, 0.000916111225]> : tensor<8xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<8xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@DemoCNN::@conv1::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8x8x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<8x8x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@conv1::@"0"> -> !prim.optional<tensor<8xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@DemoCNN::@conv1::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@DemoCNN::@conv1::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.batchnorm.BatchNorm2d" {
        jit.attr "weight" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "bias" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_mean" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_var" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "num_batches_tracked" = dense<0> : tensor<i64>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@DemoCNN::@conv1::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 1.000000e-05 : f64
          %1 = prim.Constant false
          %bn_training.1 = prim.Constant true
          %2 = prim.Constant 1.000000e-01 : f64
          %3 = prim.Constant 1 : i64
          %4 = prim.CallMethod "_check_input_dim" %self, %input.1 : (!jit.module<@DemoCNN::@conv1::@"1">, tensor<*xf32>) -> none
          %training.1 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> i1
          prim.If %training.1 {
            %num_batches_tracked.7 = prim.GetAttr "num_batches_tracked" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> tensor<i64>
            %5 = aten.add_ %num_batches_tracked.7, %3 alpha 1 : (tensor<i64>, i64) -> tensor<*xi64>
            prim.Return
          } else {
            prim.Return
          }
          %training.3 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> i1
          %bn_training = prim.If %training.3 -> (i1) {
            prim.Return %bn_training.1 : i1
          } else {
            prim.Return %1 : i1
          }
          %running_mean = prim.GetAttr "running_mean" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> tensor<8xf32>
          %running_var = prim.GetAttr "running_var" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> tensor<8xf32>
          %weight = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> tensor<8xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@conv1::@"1"> -> tensor<8xf32>
          %6 = prim.CallFunction "__torch__.torch.nn.functional.batch_norm" %input.1, %running_mean, %running_var, %weight, %bias, %bn_training, %2, %0 : (tensor<*xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, i1, f64, f64) -> tensor<*xf32>
          prim.Return %6 : tensor<*xf32>
        }
        jit.method @_check_input_dim(%self: !jit.module<@DemoCNN::@conv1::@"1">, %input.1: tensor<*xf32>) -> none {
          %0 = prim.Constant none
          %1 = prim.Constant "builtins.ValueError"
          %2 = prim.Constant "expected 4D input (got {}D input)"
          %3 = prim.Constant 4 : i64
          %4 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %5 = aten.ne.int %4, %3 : (i64, i64) -> i1
          prim.If %5 {
            %6 = aten.dim %input.1 : (tensor<*xf32>) -> i64
            %7 = aten.format %2, %6 : (!prim.str, i64) -> !prim.str
            prim.RaiseException %7, %1
            prim.Return
          } else {
            prim.Return
          }
          prim.Return %0 : none
        }
      }
      jit.module @"2" class "__torch__.torch.nn.modules.activation.ReLU" {
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@DemoCNN::@conv1::@"2">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant false
          %1 = prim.CallFunction "__torch__.torch.nn.functional.relu" %input.1, %0 : (tensor<*xf32>, i1) -> tensor<*xf32>
          prim.Return %1 : tensor<*xf32>
        }
      }
      jit.method @forward(%self: !jit.module<@DemoCNN::@conv1>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@DemoCNN::@conv1> -> !jit.module<@DemoCNN::@conv1::@"0">
        %1 = prim.GetAttr "2" %self : !jit.module<@DemoCNN::@conv1> -> !jit.module<@DemoCNN::@conv1::@"2">
        %input.5 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@DemoCNN::@conv1::@"0">, tensor<*xf32>) -> tensor<*xf32>
        %input.14 = prim.CallMethod "forward" %1, %input.5 : (!jit.module<@DemoCNN::@conv1::@"2">, tensor<*xf32>) -> tensor<*xf32>
        %input.14_scale = prim.GetAttr "input.14_scale_0" %self : !jit.module<@DemoCNN::@conv1> -> f64
        %input.14_zero_point = prim.GetAttr "input.14_zero_point_0" %self : !jit.module<@DemoCNN::@conv1> -> i64
        %input.14_scalar_type = prim.GetAttr "input.14_scalar_type_0" %self : !jit.module<@DemoCNN::@conv1> -> i64
        %input.14.quant = aten.quantize_per_tensor %input.14, %input.14_scale, %input.14_zero_point, %input.14_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
        %input.14.dequant.0 = aten.dequantize %input.14.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
        prim.Return %input.14.dequant.0 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@DemoCNN::@conv1>) -> i64 {
        %0 = prim.Constant 3 : i64
        prim.Return %0 : i64
      }
    }
    jit.module @conv2 class "__torch__.torch.nn.modules.container.Sequential" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.module @"0" class "__torch__.torch.nn.modules.conv.Conv2d" {
        jit.attr "weight" = dense_resource<demo_cnn_conv2_0_weight> : tensor<8x8x3x3xf32>
        jit.attr "bias" : !prim.optional<tensor<8xf32>> = dense<[0.0427304134, 0.113601319, 0.00100439659, 0.0864164382, 0.044788152, 0.0235783756, -0.0138968136, -0.0382536389]> : tensor<8xf32>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.attr "transposed" = false
        jit.attr "_reversed_padding_repeated_twice" = [1, 1, 1, 1] : !prim.list<i64>
        jit.attr "weight.1_scale_0" = dense<[0.000915669429, 0.000897048914, 0.000891963369, 0.000923836837, 0.000916568446, 0.000902211061, 0.000922036241, 0.000919766317]> : tensor<8xf32>
        jit.attr "weight.1_zero_point_0" = dense<0> : tensor<8xi32>
        jit.attr "weight.1_axis_0" = 0 : i64
        jit.attr "weight.1_scalar_type_0" = 12 : i64
        jit.method @forward(%self: !jit.module<@DemoCNN::@conv2::@"0">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %weight.1 = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8x8x3x3xf32>
          %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8xf32>
          %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8xi32>
          %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> i64
          %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> i64
          %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<8x8x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
          %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@conv2::@"0"> -> !prim.optional<tensor<8xf32>>
          %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@DemoCNN::@conv2::@"0">, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
        jit.method @_conv_forward(%self: !jit.module<@DemoCNN::@conv2::@"0">, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
          %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
          prim.Return %0 : tensor<*xf32>
        }
      }
      jit.module @"1" class "__torch__.torch.nn.modules.batchnorm.BatchNorm2d" {
        jit.attr "weight" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "bias" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_mean" = dense<0.000000e+00> : tensor<8xf32>
        jit.attr "running_var" = dense<1.000000e+00> : tensor<8xf32>
        jit.attr "num_batches_tracked" = dense<0> : tensor<i64>
        jit.attr "training" = false
        jit.attr "_is_full_backward_hook" = none
        jit.method @forward(%self: !jit.module<@DemoCNN::@conv2::@"1">, %input.1: tensor<*xf32>) -> tensor<*xf32> {
          %0 = prim.Constant 1.000000e-05 : f64
          %1 = prim.Constant false
          %bn_training.1 = prim.Constant true
          %2 = prim.Constant 1.000000e-01 : f64
          %3 = prim.Constant 1 : i64
          %4 = prim.CallMethod "_check_input_dim" %self, %input.1 : (!jit.module<@DemoCNN::@conv2::@"1">, tensor<*xf32>) -> none
          %training.1 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> i1
          prim.If %training.1 {
            %num_batches_tracked.7 = prim.GetAttr "num_batches_tracked" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> tensor<i64>
            %5 = aten.add_ %num_batches_tracked.7, %3 alpha 1 : (tensor<i64>, i64) -> tensor<*xi64>
            prim.Return
          } else {
            prim.Return
          }
          %training.3 = prim.GetAttr "training" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> i1
          %bn_training = prim.If %training.3 -> (i1) {
            prim.Return %bn_training.1 : i1
          } else {
            prim.Return %1 : i1
          }
          %running_mean = prim.GetAttr "running_mean" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> tensor<8xf32>
          %running_var = prim.GetAttr "running_var" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> tensor<8xf32>
          %weight = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> tensor<8xf32>
          %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@conv2::@"1"> -> tensor<8xf32>
          %6 = prim.CallFunction "__torch__.torch.nn.functional.batch_norm" %input.1, %running_mean, %running_var, %weight, %bias, %bn_training, %2, %0 : (tensor<*xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, tensor<8xf32>, i1, f64, f64) -> tensor<*xf32>
          prim.Return %6 : tensor<*xf32>
        }
        jit.method @_check_input_dim(%self: !jit.module<@DemoCNN::@conv2::@"1">, %input.1: tensor<*xf32>) -> none {
          %0 = prim.Constant none
          %1 = prim.Constant "builtins.ValueError"
          %2 = prim.Constant "expected 4D input (got {}D input)"
          %3 = prim.Constant 4 : i64
          %4 = aten.dim %input.1 : (tensor<*xf32>) -> i64
          %5 = aten.ne.int %4, %3 : (i64, i64) -> i1
          prim.If %5 {
            %6 = aten.dim %input.1 : (tensor<*xf32>) -> i64
            %7 = aten.format %2, %6 : (!prim.str, i64) -> !prim.str
            prim.RaiseException %7, %1
            prim.Return
          } else {
            prim.Return
          }
          prim.Return %0 : none
        }
      }
      jit.method @forward(%self: !jit.module<@DemoCNN::@conv2>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.GetAttr "0" %self : !jit.module<@DemoCNN::@conv2> -> !jit.module<@DemoCNN::@conv2::@"0">
        %input.5 = prim.CallMethod "forward" %0, %input.1 : (!jit.module<@DemoCNN::@conv2::@"0">, tensor<*xf32>) -> tensor<*xf32>
        prim.Return %input.5 : tensor<*xf32>
      }
      jit.method @__len__(%self: !jit.module<@DemoCNN::@conv2>) -> i64 {
        %0 = prim.Constant 2 : i64
        prim.Return %0 : i64
      }
    }
    jit.module @pool class "__torch__.torch.nn.modules.pooling.MaxPool2d" {
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@DemoCNN::@pool>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.Constant false
        %1 = prim.Constant 1 : i64
        %2 = prim.Constant 0 : i64
        %3 = prim.Constant 2 : i64
        %4 = prim.ListConstruct %3, %3 : (i64, i64) -> !prim.list<i64>
        %5 = prim.ListConstruct %3, %3 : (i64, i64) -> !prim.list<i64>
        %6 = prim.ListConstruct %2, %2 : (i64, i64) -> !prim.list<i64>
        %7 = prim.ListConstruct %1, %1 : (i64, i64) -> !prim.list<i64>
        %8 = prim.CallFunction "__torch__.torch.nn.functional._max_pool2d" %input.1, %4, %5, %6, %7, %0, %0 : (tensor<*xf32>, !prim.list<i64>, !prim.list<i64>, !prim.list<i64>, !prim.list<i64>, i1, i1) -> tensor<*xf32>
        prim.Return %8 : tensor<*xf32>
      }
    }
    jit.module @head class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<demo_cnn_head_weight> : tensor<10x8xf32>
      jit.attr "bias" = dense<[0.0443995968, -0.300545871, -0.125630781, -0.252343029, -0.337464839, 0.307743251, -0.218875825, 0.243345663, 0.324893743, 0.142239451]> : tensor<10xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.00271058548, 0.00205828738, 0.00191130838, 0.00270398869, 0.00266303611, 0.0024056104, 0.00175800128, 0.00275268056, 0.00179143739, 0.00258266903]> : tensor<10xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<10xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@DemoCNN::@head>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@DemoCNN::@head> -> tensor<10x8xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@DemoCNN::@head> -> tensor<10xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@DemoCNN::@head> -> tensor<10xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@DemoCNN::@head> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@DemoCNN::@head> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<10x8xf32>, tensor<10xf32>, tensor<10xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@DemoCNN::@head> -> tensor<10xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<10xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@DemoCNN>, %x.14: tensor<*xf32>) -> tensor<*xf32> {
      %x.14_scale = prim.GetAttr "x.14_scale_0" %self : !jit.module<@DemoCNN> -> f64
      %x.14_zero_point = prim.GetAttr "x.14_zero_point_0" %self : !jit.module<@DemoCNN> -> i64
      %x.14_scalar_type = prim.GetAttr "x.14_scalar_type_0" %self : !jit.module<@DemoCNN> -> i64
      %x.14.quant = aten.quantize_per_tensor %x.14, %x.14_scale, %x.14_zero_point, %x.14_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.14.dequant.0 = aten.dequantize %x.14.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %stem = prim.GetAttr "stem" %self : !jit.module<@DemoCNN> -> !jit.module<@DemoCNN::@stem>
      %_0.1 = prim.GetAttr "0" %stem : !jit.module<@DemoCNN::@stem> -> !jit.module<@DemoCNN::@stem::@"0">
      %weight.2 = prim.GetAttr "weight" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8x3x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> tensor<8xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<8x3x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %_0.1 : !jit.module<@DemoCNN::@stem::@"0"> -> !prim.optional<tensor<8xf32>>
      %input.6 = aten.conv2d %x.14.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
      %input.15 = aten.relu %input.6 : (tensor<*xf32>) -> tensor<*xf32>
      %input.14_scale_0.1 = prim.GetAttr "input.14_scale_0" %stem : !jit.module<@DemoCNN::@stem> -> f64
      %input.14_zero_point_0.1 = prim.GetAttr "input.14_zero_point_0" %stem : !jit.module<@DemoCNN::@stem> -> i64
      %input.14_scalar_type_0.1 = prim.GetAttr "input.14_scalar_type_0" %stem : !jit.module<@DemoCNN::@stem> -> i64
      %input.14.quant.1 = aten.quantize_per_tensor %input.15, %input.14_scale_0.1, %input.14_zero_point_0.1, %input.14_scalar_type_0.1 : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %conv2 = prim.GetAttr "conv2" %self : !jit.module<@DemoCNN> -> !jit.module<@DemoCNN::@conv2>
      %conv1 = prim.GetAttr "conv1" %self : !jit.module<@DemoCNN> -> !jit.module<@DemoCNN::@conv1>
      %_0.3 = prim.GetAttr "0" %conv1 : !jit.module<@DemoCNN::@conv1> -> !jit.module<@DemoCNN::@conv1::@"0">
      %weight.4 = prim.GetAttr "weight" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8x8x3x3xf32>
      %weight.1_scale_0.3 = prim.GetAttr "weight.1_scale_0" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8xf32>
      %weight.1_zero_point_0.3 = prim.GetAttr "weight.1_zero_point_0" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> tensor<8xi32>
      %weight.1_axis_0.3 = prim.GetAttr "weight.1_axis_0" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> i64
      %weight.1_scalar_type_0.3 = prim.GetAttr "weight.1_scalar_type_0" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> i64
      %weight.1.quant.3 = aten.quantize_per_channel %weight.4, %weight.1_scale_0.3, %weight.1_zero_point_0.3, %weight.1_axis_0.3, %weight.1_scalar_type_0.3 : (tensor<8x8x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.3 = aten.dequantize %weight.1.quant.3 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.3 = prim.GetAttr "bias" %_0.3 : !jit.module<@DemoCNN::@conv1::@"0"> -> !prim.optional<tensor<8xf32>>
      %x.5.dequant.1 = aten.dequantize %input.14.quant.1 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %input.17 = aten.conv2d %x.5.dequant.1, %weight.1.dequant.3, %bias.3 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
      %input.14 = aten.relu %input.17 : (tensor<*xf32>) -> tensor<*xf32>
      %input.14_scale = prim.GetAttr "input.14_scale_0" %conv1 : !jit.module<@DemoCNN::@conv1> -> f64
      %input.14_zero_point = prim.GetAttr "input.14_zero_point_0" %conv1 : !jit.module<@DemoCNN::@conv1> -> i64
      %input.14_scalar_type = prim.GetAttr "input.14_scalar_type_0" %conv1 : !jit.module<@DemoCNN::@conv1> -> i64
      %input.14.quant = aten.quantize_per_tensor %input.14, %input.14_scale, %input.14_zero_point, %input.14_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %input.14.dequant.0 = aten.dequantize %input.14.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %0 = prim.GetAttr "0" %conv2 : !jit.module<@DemoCNN::@conv2> -> !jit.module<@DemoCNN::@conv2::@"0">
      %weight.6 = prim.GetAttr "weight" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8x8x3x3xf32>
      %weight.1_scale_0.5 = prim.GetAttr "weight.1_scale_0" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8xf32>
      %weight.1_zero_point_0.5 = prim.GetAttr "weight.1_zero_point_0" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> tensor<8xi32>
      %weight.1_axis_0.5 = prim.GetAttr "weight.1_axis_0" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> i64
      %weight.1_scalar_type_0.5 = prim.GetAttr "weight.1_scalar_type_0" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> i64
      %weight.1.quant.5 = aten.quantize_per_channel %weight.6, %weight.1_scale_0.5, %weight.1_zero_point_0.5, %weight.1_axis_0.5, %weight.1_scalar_type_0.5 : (tensor<8x8x3x3xf32>, tensor<8xf32>, tensor<8xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.5 = aten.dequantize %weight.1.quant.5 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.5 = prim.GetAttr "bias" %0 : !jit.module<@DemoCNN::@conv2::@"0"> -> !prim.optional<tensor<8xf32>>
      %y.2 = aten.conv2d %input.14.dequant.0, %weight.1.dequant.5, %bias.5 stride [1, 1] padding [1, 1] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<8xf32>>) -> tensor<*xf32>
      %y.2_scale = prim.GetAttr "y.2_scale_0" %self : !jit.module<@DemoCNN> -> f64
      %y.2_zero_point = prim.GetAttr "y.2_zero_point_0" %self : !jit.module<@DemoCNN> -> i64
      %y.2_scalar_type = prim.GetAttr "y.2_scalar_type_0" %self : !jit.module<@DemoCNN> -> i64
      %y.2.quant = aten.quantize_per_tensor %y.2, %y.2_scale, %y.2_zero_point, %y.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %y.2.dequant.0 = aten.dequantize %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %x.5.dequant.0 = aten.dequantize %input.14.quant.1 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %1 = aten.add %x.5.dequant.0, %y.2.dequant.0 alpha 1 : (tensor<*xf32>, tensor<*xf32>) -> tensor<*xf32>
      %x.12 = aten.relu %1 : (tensor<*xf32>) -> tensor<*xf32>
      %x.12_scale = prim.GetAttr "x.12_scale_0" %self : !jit.module<@DemoCNN> -> f64
      %x.12_zero_point = prim.GetAttr "x.12_zero_point_0" %self : !jit.module<@DemoCNN> -> i64
      %x.12_scalar_type = prim.GetAttr "x.12_scalar_type_0" %self : !jit.module<@DemoCNN> -> i64
      %x.12.quant = aten.quantize_per_tensor %x.12, %x.12_scale, %x.12_zero_point, %x.12_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.15 = aten.max_pool2d %x.12.quant kernel_size [2, 2] stride [2, 2] padding [0, 0] dilation [1, 1] ceil_mode false : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
      %2 = prim.Constant [1, 1] : !prim.list<i64>
      %3 = prim.Constant none
      %4 = prim.Constant "AssertionError: "
      %5 = aten.size %x.15 : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
      %6 = aten.len.t %5 : (!prim.list<i64>) -> i64
      %7 = prim.Constant 2 : i64
      %8 = aten.gt.int %6, %7 : (i64, i64) -> i1
      prim.If %8 {
        prim.Return
      } else {
        prim.RaiseException %4
        prim.Return
      }
      %x.15.dequant.1 = aten.dequantize %x.15 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %9 = aten.adaptive_avg_pool2d %x.15.dequant.1, %2 : (tensor<*xf32>, !prim.list<i64>) -> tensor<*xf32>
      %x.15.q_scale = aten.q_scale %x.15 : (tensor<*x!quant.any<u8:f32>>) -> f64
      %x.15.q_zero_point = aten.q_zero_point %x.15 : (tensor<*x!quant.any<u8:f32>>) -> i64
      %x.15.dtype = prim.dtype %x.15 : tensor<*x!quant.any<u8:f32>>
      %_113.quant = aten.quantize_per_tensor %9, %x.15.q_scale, %x.15.q_zero_point, %x.15.dtype : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.19 = aten.flatten %_113.quant start_dim 1 end_dim -1 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
      %head = prim.GetAttr "head" %self : !jit.module<@DemoCNN> -> !jit.module<@DemoCNN::@head>
      %weight.1 = prim.GetAttr "weight" %head : !jit.module<@DemoCNN::@head> -> tensor<10x8xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %head : !jit.module<@DemoCNN::@head> -> tensor<10xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %head : !jit.module<@DemoCNN::@head> -> tensor<10xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %head : !jit.module<@DemoCNN::@head> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %head : !jit.module<@DemoCNN::@head> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<10x8xf32>, tensor<10xf32>, tensor<10xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %head : !jit.module<@DemoCNN::@head> -> tensor<10xf32>
      %x.19.dequant.0 = aten.dequantize %x.19 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %10 = aten.linear %x.19.dequant.0, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<10xf32>) -> tensor<*xf32>
      %_25_scale = prim.GetAttr "25_scale_0" %self : !jit.module<@DemoCNN> -> f64
      %_25_zero_point = prim.GetAttr "25_zero_point_0" %self : !jit.module<@DemoCNN> -> i64
      %_25_scalar_type = prim.GetAttr "25_scalar_type_0" %self : !jit.module<@DemoCNN> -> i64
      %_25.quant = aten.quantize_per_tensor %10, %_25_scale, %_25_zero_point, %_25_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_25.dequant.0 = aten.dequantize %_25.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_25.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      demo_cnn_conv1_0_weight: "0x04000000FCEA923DB97CDDBA54C300BD4FE7193DF2D1A73D7EE7CFBD2AD336BC247DB63D1BF3B93D6C83DF3DF7653A3D6B53EE3DA465E9BD59B5B63CBBCC8A3CCB74A63D4045C03C3D959A3DE6C6D3BDD23351BCE9F2343D0CCC9A3D2DB3E43CAAF19B3D32CA16BD6B3C26BC9E73E23D82F6A03D2E78A93DA92FD1BDD82ED0BAC5C0D1BD871DDB3DD564C33DBCCD863DAA6994BD729589BD45849DBDEBA4323DE8D8C53DB0E27BBC1670E3BD80A8D3BC878E693C01C9DC3BF527833D09360F3D94D203BDB1C3AABDA1E112BB26E861BD67E5BFBD3FF888BD2B51DDBD588F593C47E1FEBC00C089BDA95DB23C288C0DBC889DA3BD0D97513D0E3DE9BD588827BCD77CB83DF838C63DD8E6803D847ABABC2631D93C5B80A8BD120973BB1D4ED03D281B4BBDE5A1E1BD24FBC53D038C443D2A5CA73D56B21CBD34034ABDCC9FA7BC77A410BD8CF57F3CC106DBBCB69409BD6BC5AABDA58D35BD6D65A5BD74A3063C5CF28D3DEDAA633D1756B03C30A8B1BD76CD67BC57C708BC6072B23D2A0EA63C4D27923DFEF4D03D836469BC11DBC1BDA561B9BDC8D8BE3D620447BD1A9D943B0972303D23B96BBBA632DEBD408E92BC67BDC53C5F5E56BDF9AE073C4073A53C83F03C3DD66F51BD5507D83D0AF9CF3D22E6973D2D53A1BDF2C78DBD5697453C3C5A7DBDB5DD0FB921796DBD8B0C4CBDA5B3613CA2E7C1BD6898F53C91C106BCCC734ABDA5D571BD5D4C8FBD2F49BD3D8068893B6FFED0BCC86E8DBC1AF1C3BD8CD2D9BD58CCB9BD2DA5DEBCF7D064BD9CB7303D6A46A03DEA6D9DBD6FF49B3D746608BD7E2423BD0356E93D55B698BD7671F93CE8370E3D171E173D43EC76BDF3C3CE3D6B6BADBDAD1E27BDB739F13D0142DCBC772D44BDFBCFDABD7FD2EFBDDAB9C3BDBB320BBD8EB49FBDFD34453D513523BDB01885BDF1CA99BD12FFDA3D810EB93BC4A1C53C63ECBB3C621BD63D999071BC318E01BDE23D2DBD6FDBB3BD28BDFDBC25603C3C0D64F03CA45AA03CE4C56A393B03D03DAD58AA3C7FA415BDD0E58BBDA44ADBBD446696BD863E483DA202EA3D388482BCAEC4B53D453326BD9ECE0A3D628DA93DE2AFC1BD62B068BC00673DBDD6B7C7BC6B36CC3D04E36CBDA3DCB63DFF02E93B1167D0BDC633D9BB2EE485BCE13995BD979DC23D84F79EBDEBB6C93D26A68FBD35E69FBC8318753D157C62BDE53A95BD8B243ABDDBBA7A3D5191B2BD6FE5A5BDF932AA3D6D50CB3C09A6BDBC3369DA3DEE5380BD72BE8B3CD82A95BC039EECBD9ABF94BD7AB2AD3DA125CB3D8B34C8BDA2A031BB4FD5A93D34825EBDFDE5F9BA52D599BC13CD83BD7A7A743C83A9A03DE478A93DDA4D07BD039FC5BDF56446BD9F71E4BC89C4A23C8762583DD58C213D0CFC18BDCD18DDBDB4DF4E3D743AD23C2B30B6BDE6FD1F3C3005D7BDAF9993BD8BD2463D41A5513DC13AC03DD9C29FBDD396B4BC6857833C8B13AF3D12EA7A3D1B29B63B4FA09A3D96A756BBE6D8C4BD3D536F3DC7C5BABD8689EBBA30BA713D8DCAD6BD0AA1753D3648EABD72C761BC4A4F7A3D0E89DC3D5A6A4B3D724C003D9141893D563B0EBD0BACC13C2EE01CBD7D3A9BBD6AFDDD3DE5F0DDBD306788BDE489BB3C38B2AFBC4155443C4CDEA1BD1E67B0BDF86DCBBD9EFFEDBD403C823D91A346BD0077D43D5C84AD3D52BFD6BD23A7CFBD8503A7BDA734AFBDBCB2CB3D75B74DBC390BAB3D033DF039F9922E3DAEF6B4BD443CDDBDCB29E23DA1BBC6BDE04BEE3D8972C0BD5ED1CA3DCCC24ABC0AE76D3C7F4EB5BC8D6DE03D9D82B4BA9C396F3D6F948CBCFE21BE3D3EAB37BCB883AD3DB54D653C4443F83CEC0DECBD3721193C1052C5BD71C859BDF11F78BD7C1AEF3D2BF8AFBD79D9293D4378ABBDBD02F2BB1215BF3D8C11CABDCE2B03BD5D6FEE3C874C9E3CC6C10A3DBD2B8CBD8FAB1DBD80EAD43DF20E95BBE71638BD852780BD7502DABD74F6D1BDF838C8BB5934A53CF4CC9D3D7A52BCBD88505F3C60566B3BD6FEE1BC504E8DBD755995BCEDB1ED3D7C49C0BD9D57273DA70F15BD5E280F3DC66C1C3D3534F7BC15F9FEBCD2A4DB3C8102213D8E10DFBD8868C63DB3202D3CBA6D6F3D9FF4AEBDB6A7723DC0A3813D6E9A1FBCDB6FE93D814B833C5D79943D8468BE3B0344BD3CA85BAE3CC6C5CF3D8177463DCDA38BBD09AE783C4F50703DFB51D7BDC6F245BDBB9E333D82D5CDBC16D410BD6A3290BD358B4F3D97749C3D1008DB3D0431EDBD8EABBA3D38B8A4BDAE42C63D2B039F3C43B98C3CBBCC83BBEBB4AABD63439D3D100A55BD2CE8D63D69782A3C6684843D6975323DD827BF3C91C91DBCF8FDAEBD2FCEA4BD1218AEBD7479E43D8B37923D3487D13D0E809ABBA358BD3C9F90693D31D78ABD2D9AC23D7EEBAFBD7588B2BD04BAE83CDA81063DA3F5B43AAA30273DA955403DDE5BF93B93FD86BDB1604C3D0C9EE5BD6B2BDB3DB119E2BDC5F7CABC4DCD5BBDD251B43B02A6A03C8A7561BDA45DCB3DABCD26BD5E9A613C72539FBD74F8A83BE33B24BB71190F3D522D9CBD516ACCBD2DCFB2BD2F03AABDAFAA5BBC76CF8E3DDB2FBA3D410231BD269E3A3D3003EBBDA500BB3D9A5144BBF84BA0BC27A72C3DC7DCB83D5F60D2BDCF14983D7F33F13DA34FA93DEF9F2C3DE0F4923D6EB902BDCE55B3BDAFDE363D0E8DBA3DFCECCCBD38CCBDBD4EFEC1BC5EA98EBD3D4B143D278AE7BD919EBD3DF298E3BDF25A17BD8387CBBD6A9BC03D52155A3D4B4A69BD156A433C9FD2D43D5499DABDCB72CB3D7709B53C0A554E3DD3AAA0BD1E00D2BBD44E9CBDC0595C3D08E998BCD1B9EE3DEBB3C73B5D13133D4B5893BDA86046BD9E15E9BA6F53073D65CFB93D23BE9D3C163629BD8F84383C5E799BBD0837EF3DBF07A2BDFF08EA3DF471293C5D4739BD06DF833C2018D6BDBCB84ABD92BF383D2A81F73B6BC7D9BD0E1EDA3A52BB863B1764943C58E854BC3A645C3D9B5AD93CCA9DBC3D9DF51D3D317990BDCD47623DAD8BEBBD90317B3DEA8D6EBCE711A3BCE1AA3A3D8C49DDBC64FA433CDF96E2BDABD46FBD833F6F3D0BDB553D749611BD5C0BCDBD4066D43D7E2A03BD4060993D17FCEB3D20AA6E3D64EAC33C056FDABB008A81BDD67F8B3D1E880C3C421E62BD51C9D23D0F24873C5EC464BDB545B03DCE64D23D8BD995BD8421B3BDDECBD5BD59AA4EBD45926A3C93AEE9BD86C8C5BD760B1CBD2C0AB83CC9DF7BBD5161233DF91179BCED9FB13D9742B43C60C6243D725D47BD09CB3A3CC3419ABD",demo_cnn_conv2_0_weight: "0x04000000603F8E3C9919EE3C620F583DCAFEBABD9C7DE33CA7E7C4BD1065B43DD624BC3CB9A8D23D20DB3F3D501B91BB232FCFBDA245723DF93BAF3D5D0ACA3C5C58B2BCE0F9BCBD2E33BCBD6E7735BD0E4ED23D5DE099BD73C18BBD0037C23D630D633DC34B9EBCCB9EB53DB83CAC3CF7E4D5BD03A3D33DA999CD3D4EC5833CA204E9BDAF30C4BD8FEE1E3DA6E6E53C01D11ABDACEC763CFFF2C53DE9596FBDE0A0183BE7D777BD96F196BDD0BF8A3D55963F3B485E203D290C153D225ED33B556297BD89BDF73C7F19EFBDF3D1F13AE139CC3D0569D9BD8285DFBCC075D13D77049F3CE36CCEBB4603F83C4ED7003B6B930F3D1FB0D3BD0DCC6DBC3EE8883D441BEDBDE28BCB3C864BC63DF3B581BC2ABAEABD230385BD0E90753DBF938ABDE85F12BDDA0C123D7EDF65BD61332BBDE145B73DDBC5E43CFA422A3D5B9880BD7DBA58BD4D0BCABD2E8BA2BD6D7DA83DA4D58D3DB7E0803D24346B3D223A87BD2784AB3DBD315A3C24663A3DCB3DBA3D46850A3DA59B963DC8B9B63D517090BA09CFCE3D256CE53C7D24753D1A2AD43CE8D6823D9276B83D3EDAAB3DFB6C3B3D7AAAB2BD9A72D93D41D91B3D10AD403D8E4274BA372E57BDC778E33AC85C22BD2C58A73D2AB9EABA43C2773DC73CEABDEFE537BC423E86BDFBFAC63DE86C813DEA339FBD61BFAA3D8497EABCE89AA9BD5F1B96BD48781EBCF8D298BDBF1D443BFABFD2BC49842BBCCE94143D6222413DA007CABDC3A48CBD5A96123DE338A83DECB4053C729D1B3D180D5FBDE522E33C9FBACF3D013EB53D584DE83DE3AEAA3D68BDE2BD8D5C4B3D0D45463BCC79E63DB573A03D03307CBDFA93E2BC6BEBB33DD95E60BD91C92E3D460BC4BD0E52F93CE5EAB53D130758BC1B0ACEBDBBDAD2BC8C6080BD82A0083D01DCFEBCB1ADCE3D289F523DEB29EC3B4C47CD3C6664BEBDE0D2C13D7A93B03D46C1AB3C478BDB3D6F34DB3DF3F3D8BD4607BBBD5B3FBFBDC98A43BDAE36803DBCE05BBDF0BCB33DBB0ECBBD2D9370BDF4D6AC3D3E3D46BD764AACBDBF1E1FBC5C9BC83D2A4D85BDFCD5823DCD0BE6BC98B993BC72FC173DE47AD7BB7976CFBD790955BD31E259BD1B2E3F3D9525D5BD2EE34D3D60DEEFBBED3698BBFF24CB3C2269863DD3E8E8BDBFBDD0BD03341A3DE514833D0B65773D381F58BD21783ABD348C80BC504AE53D59904EBD4E63C53C74EEE3BCCE8DF93CB97163BD0E56AABC6331973DB03B3BBDBB4A20BC1BDB8BBDF54DE2BDB023BABA35E2B93D3B0AD03D75F3153D329D823D8E91163DB91FDDBD17A1C63B7991453DF243AFBDD4D971BDBD0B72BD6B78B8BC80939639827FAABDD898173D70B1A03C127CB33D652884BD724951BC5685B43D1040AB3DC5F529BD6FDC3EBDE63EB1BD478E11BC1D27C33DA7A6B4BDAABCC2BA763BF13D55A7B03D33D0DDBD2F30C83DB40EAA3D15BEC33D504300BD0C22243D7AEC3E3D3ACF35BD87EC913CEE156E3D2749AD3DE2C2D33DD12C7BBD5DDE9ABC5E9ED63CAE2AA63CFA042DBD370F923DF2F1B6BD5024B1BD56C882BCAD27803D8D899B3D35C4E5BCE5359F3D5272B4BD6F10CABD7FCBAF3C03640E3D891CC13C794B6BBC58C6C03D78E0E6BD33EC083DC866A33C0AAF213D1251C4BD59510FBD29E1B0BD49B4563D70A81C3D45A1E83C7F42D93D65E8E03D402DBCBD28DD4EBD0967223DD4A5C03CF13801BC830DB13DA37E8E3DACD6CA3D60ACE93CE52C5D3DBBC89CBD1811903DE5CC2D3DA9BA623DD9A3973C815270BD3AB5433D9E7FC03DF3FAE93B681C7BBC9855EFBD7F45B33DF058823CEB99DBBD554EC6BDA223DBBDF656773D312DBFBD0CCB02BD886CAFBDEC0357BDCFA5EB3D3B8D9FBD11D6AB3D1C370A3D8B4837BDFA0BE7BCCF95C93AF0BBA8BCCD43FE3CEC9128BC9F57E63DDD1FACBDF746EABD7FC9323DAFF5853B494BB93D2320C73C0D6921BDCD2391BCE183C43D3964E83C6482E9BB9A43C33D2AD4E13D4FD5D23C64A4A13B835AABBD6EDE423DFED91BBDBEC8EDBD33DC5CBDB859F83C80D3BC3D208388BDA50FC03DAE439BBD8D974E3DD907DFBDEE20DF3DF72C7B3D37D99A3D6831E3BDE4F1883D60CBB3BD2797E03D3FEC20BCEA5AAE3D1DDB53BDAFC08D3C926DB73D4789C43DB7E39C3D578A87BD482946BD2948933BF5A42C3D90F8C03D8C95A13DF38D193DDA1427BCA24F96BD94E4123C44A7DBBC7ED67B3DEDB154BD65CB9BBDA00DB93DAF7CF1BC16E73A3CEDAAA03C203BEEBCB963C03DCB09EABD4FBBC93DB2F60F3C631C813D600CCEBD304E2C3DC152173D162E5CBCDEEB6C3D1E415BBD1C19BABD527816BD1B74E7BDBAE11DBC7951DDBB48A20ABD8A18733D5C6C883DB5A3E3BC580D07BC2777003D7CD3B7BD9FBF713CBE6F363D0A8149BD26798CBB59BE223D93BB853DF505D2BDCA0FF33BDA95EBBD4BD6E1BBBAC9923D2214983DBCC09A3DA1FD20BD2AD3DBBDA71EBDBDE12BB13DBC64A93DDD67EB3D407D343DEB64833DDC02573CA2D1B0BD11740B3DD6C0DABD444FABBDDFB1FCBC1B9B9C3C1E2153BD034A53BD5B32E3BD5F9DBCBDD3ECFC3C0C738DBD19C3F03DE3E4B7BDFCECE4BC3E8D92BDCF932C3A2AC5933D4B3606BDEDA031BC051BCFBD96F16FB8012C69BD657D963D89D6D83D48C2003D4FF094BDB7068CBBFE0AC13D1DEC1E3D47C3D8BD87892B3D0989223D3EB303BD1D6A6ABD6C235E3C2468AEBD687FD83DDB6EEA3CCB4D8BBDD4E7A73D3A9311BCCB75DE3DD4AFA8BC63EDC2BD35B699BC8804E03DD7C391BDDCD449BC970B2D3D7D5B93BC59CAF5BCAB9C65BD56F27D3D64AA153C1FC4813C9F6893BDED86C5BC6C204F3DBE71913D72798ABBF608803D488CA8BDEAEE66BD5B9A91BCFDB1CFBDA5ACAABDBCCA953D5E7071BB0B257E3B06A1DFBC3BAE9BBD280F1CBD65C0863DF5B6A5BDE0FECD3CB9068BBD8F7DA3BD747888BDA08F3CBD5E5CCA3DE5FCC3BCEC6E5EBD7240E33D9E75963DC8D1023D536B13BD5D2BF0BD0E9FB33DBE2F3F3DF0872F3CEA0CEA3DC0D8493C23495EBDC31863BD818CDF3DC858BF3D9A91EB3D171010BCD3C65EBC02C3163D8B96043DEA3C54BD58263E3D97977C3CB4ABEE3D090353BC9D86C93D115CAC3C6AC0CD3D15F935BC6A3A903DA114133DD52CCD3DBA032C3DABACC5BC039A3A3B728AF4BCEA745D3DF3F8E13DA7E6133DD4C8E3BDED979A3D010ECABD919D7B3BF29068BD5593A2BC1062B3BDA0109CBD53018C3DAB63F0BA9F55A23D",demo_cnn_head_weight: "0x04000000A1F0783E24BBA4BE3616173E226274BE70F2B0BEBA4326BEFB2F59BD20DC603EF5560A3E06E7A0BDE2EFC63D715D863E4C4924BB5144953CEB63E4BD5F0FBBBD6DFB0A3E16C715BE598A793E30E095BD82836CBEFF430CBE5C25323E7515723E51951FBEEA2439BE7282F33C44935B3E38748DBD3284B0BE06260C3D197C353CF5E0FFBAEF7DD6BDA89D21BD0904D43DCFD7AD3E4CD2C2BDAFEE80BEDA4DA93E5053553D376B5D3E6B619B3E97F52C3E3B3B0BBE1B37033DCB099D3EDB2BE9BDE09D433D4F86653EA80B0DBE0C6A3F3E482AAB3D15D1933DA750333E75F0D7BCEBB1B3BE2B900C3E40D9B2BDBD7589BEA7A0A3BC6AB5BE3DB733A8BE885287BE33E3AD3CDBE3693E4214E43DF598F4BDEA8F0E3E9F73423E5407E93D8354263EA66BE93C10B518BD5EFF993EE4859DBEEBB033BD9A1825BEBD98A8BE24F6523E",demo_cnn_stem_0_weight: "0x04000000336343BE91751BBE76D0A8BDAD713ABE370133BCB95F2DBEDC4DD63DEF19C03DEFDB143D43DE183E07679ABC7914EC3DA0020ABEB4561BBDFFB62FBE60FF7FBC10B6FFBD000A313E06E4083E89BE133E5BD1693D2FD9E0BD5216313EA24B40BE318EFBBD4F2AF6BD9C5FA3BDE32D1D3DE04615BEA1D217BEE67DBCBDF08EF03DEB230EBEDDBF30BEE8CC2ABECAF2C1BDEC1D4FBD0E5D43BE8C87B8BDB9A1723B25F1013DF702E2BCB5C1B2BC133500BE0BEBC93D06E63DBD17BD06BEC3D53DBD7840DCBCCA35363E3668CD3DAC259FBDC4AADFBC94242E3E1435FD3D158B443D0B628DBDC4F9233E18DCA83DC989AFBDDDD90B3EA5BA603C2CBE11BE19B2AEBD8A9713BEB13823BE502A9A3B91390DBE1F0ED23D6044B03DA290293D9460223EB5C9B2BD14143C3B602FF23DF43C883D1003BF3C87C9243EBFA6333DEB97043E67D529BEC5D029BE54DF31BE197D323C353C273E5FFA2BBE9FD39C3DA2E82DBEDAF602BED66686BD3145A0BD93D4683D883E25BEE3E0423EF4D5E53C7266893D541F05BE1482D93D800E38BD5B19C4BD9414063DC308A43D69F5A63C98E489BDC193123D608098BDAB7085BD0F6E92BDC8D2EA3DD4BE09BE8924AB3D5449CC3D04F102BE13AF15BEF73B03BE75B426BE1974253E48B52D3EAA20DCBC70C9383E56495F3D365341BE2B5034BEB651BEBD759244BEBBD0B4BDFF31553DB96B8DBB623213BDF9A9413C302C343E8D09093B112DC63D3CFF3DBD54D613BE87311A3D8483B53D652CE53D206B39BE78C4D0BCBEE03DBE39831A3B0A380B3C5B45803DA14087BD234EE6BC5F6A413DB6E23EBE78DBC13D797F3E3E963E0CBE842D403E8557EF3CADFA423EC8932C3E9DBA28BEB85B143E96B9D73B5FC4473D97068FBD4DF51DBE2EDE963CC54B5B3D6A35C63D6E4D25BE86B03EBE6A8BBB3D0DD01DBDF7413ABB59874CBDCE21D1390A28023D97FF35BEAB5E913D7561AD3C78FCB53D1D8DCBBDB0690F3E026A033E6FF0C5BDA08C2C3E42E6CA3C88FB2D3E5D22333EB640F73CD0F2FE3CDFE0763DCA1DFD3D3FF333BE9DA29E3A05443C3EBD240BBE25FDDDBDBBDDA43CEB828E3D47B3D33D16E7313C00F4393DB099B2BDE9AF3A3E55DD01BEAD27003EACF4D53D441C2C3E5FEA2E3E18CB82BD0FC70C3E67D10FBECB6D093ED49DF2BD9AF205BE885E05BE6EBB3F3E44E9683DFD5509BEE6D613BE"
    }
  }
#-}
