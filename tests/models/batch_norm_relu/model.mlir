builtin.module {
  jit.module @BatchNorm class "__torch__.zoo.BatchNorm" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "relu" = true
    jit.attr "x.2_scale_0" = 0.045110508799552917 : f64
    jit.attr "x.2_zero_point_0" = 65 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "y.2_scale_0" = 0.049621704965829849 : f64
    jit.attr "y.2_zero_point_0" = 70 : i64
    jit.attr "y.2_scalar_type_0" = 13 : i64
    jit.module @bn class "__torch__.torch.nn.modules.batchnorm.BatchNorm2d" {
      jit.attr "weight" = dense<[0.99625659, 1.26822186, 0.588477433]> : tensor<3xf32>
      jit.attr "bias" = dense<[-0.367969513, -0.192577183, 0.134078681]> : tensor<3xf32>
      jit.attr "running_mean" = dense<[-9.906590e-03, 0.396444738, -0.0443720222]> : tensor<3xf32>
      jit.attr "running_var" = dense<[1.44845939, 1.02334023, 1.10257602]> : tensor<3xf32>
      jit.attr "num_batches_tracked" = dense<0> : tensor<i64>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.method @forward(%self: !jit.module<@BatchNorm::@bn>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %0 = prim.Constant 1.000000e-05 : f64
        %1 = prim.Constant false
        %bn_training.1 = prim.Constant true
        %2 = prim.Constant 1.000000e-01 : f64
        %3 = prim.Constant 1 : i64
        %4 = prim.CallMethod "_check_input_dim" %self, %input.1 : (!jit.module<@BatchNorm::@bn>, tensor<*xf32>) -> none
        %training.1 = prim.GetAttr "training" %self : !jit.module<@BatchNorm::@bn> -> i1
        prim.If %training.1 {
          %num_batches_tracked.7 = prim.GetAttr "num_batches_tracked" %self : !jit.module<@BatchNorm::@bn> -> tensor<i64>
          %5 = aten.add_ %num_batches_tracked.7, %3 alpha 1 : (tensor<i64>, i64) -> tensor<*xi64>
          prim.Return
        } else {
          prim.Return
        }
        %training.3 = prim.GetAttr "training" %self : !jit.module<@BatchNorm::@bn> -> i1
        %bn_training = prim.If %training.3 -> (i1) {
          prim.Return %bn_training.1 : i1
        } else {
          prim.Return %1 : i1
        }
        %running_mean = prim.GetAttr "running_mean" %self : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
        %running_var = prim.GetAttr "running_var" %self : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
        %weight = prim.GetAttr "weight" %self : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
        %6 = prim.CallFunction "__torch__.torch.nn.functional.batch_norm" %input.1, %running_mean, %running_var, %weight, %bias, %bn_training, %2, %0 : (tensor<*xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, i1, f64, f64) -> tensor<*xf32>
        prim.Return %6 : tensor<*xf32>
      }
      jit.method @_check_input_dim(%self: !jit.module<@BatchNorm::@bn>, %input.1: tensor<*xf32>) -> none {
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
    jit.method @forward(%self: !jit.module<@BatchNorm>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@BatchNorm> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@BatchNorm> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@BatchNorm> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %bn = prim.GetAttr "bn" %self : !jit.module<@BatchNorm> -> !jit.module<@BatchNorm::@bn>
      %0 = prim.Constant true
      %1 = prim.Constant 2 : i64
      %2 = prim.Constant 0 : i64
      %3 = prim.Constant "Expected more than 1 value per channel when training, got input size {}"
      %4 = prim.Constant "builtins.ValueError"
      %5 = prim.Constant "expected 4D input (got {}D input)"
      %6 = prim.Constant 4 : i64
      %7 = prim.Constant 1 : i64
      %8 = prim.Constant 1.000000e-01 : f64
      %9 = aten.dim %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
      %10 = aten.ne.int %9, %6 : (i64, i64) -> i1
      prim.If %10 {
        %11 = aten.dim %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> i64
        %12 = aten.format %5, %11 : (!prim.str, i64) -> !prim.str
        prim.RaiseException %12, %4
        prim.Return
      } else {
        prim.Return
      }
      %training.1 = prim.GetAttr "training" %bn : !jit.module<@BatchNorm::@bn> -> i1
      prim.If %training.1 {
        %num_batches_tracked.7 = prim.GetAttr "num_batches_tracked" %bn : !jit.module<@BatchNorm::@bn> -> tensor<i64>
        %13 = aten.add_ %num_batches_tracked.7, %7 alpha 1 : (tensor<i64>, i64) -> tensor<*xi64>
        prim.Return
      } else {
        prim.Return
      }
      %training.3 = prim.GetAttr "training" %bn : !jit.module<@BatchNorm::@bn> -> i1
      %running_mean = prim.GetAttr "running_mean" %bn : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
      %running_var = prim.GetAttr "running_var" %bn : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
      %weight = prim.GetAttr "weight" %bn : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
      %bias = prim.GetAttr "bias" %bn : !jit.module<@BatchNorm::@bn> -> tensor<3xf32>
      prim.If %training.3 {
        %14 = aten.size %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> !prim.list<i64>
        %size_prods.1 = aten.__getitem__.t %14, %2 : (!prim.list<i64>, i64) -> i64
        %15 = aten.len.t %14 : (!prim.list<i64>) -> i64
        %16 = aten.sub.int %15, %1 : (i64, i64) -> i64
        %size_prods = prim.Loop %16, %0 iter(%size_prods.1 : i64) {
        ^bb0(%i.1: i64, %size_prods.11: i64):
          %17 = aten.add.int %i.1, %1 : (i64, i64) -> i64
          %18 = aten.__getitem__.t %14, %17 : (!prim.list<i64>, i64) -> i64
          %size_prods.5 = aten.mul.int %size_prods.11, %18 : (i64, i64) -> i64
          prim.Return %0, %size_prods.5 : i1, i64
        }
        %19 = aten.eq.int %size_prods, %7 : (i64, i64) -> i1
        prim.If %19 {
          %20 = aten.format %3, %14 : (!prim.str, !prim.list<i64>) -> !prim.str
          prim.RaiseException %20, %4
          prim.Return
        } else {
          prim.Return
        }
        prim.Return
      } else {
        prim.Return
      }
      %x.2.dequant.0.dequant.3 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %y.2 = aten.batch_norm %x.2.dequant.0.dequant.3, %weight, %bias, %running_mean, %running_var, %training.3, %8 eps 1.000000e-05 cudnn_enabled true : (tensor<*xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, i1, f64) -> tensor<*xf32>
      %y.2_scale = prim.GetAttr "y.2_scale_0" %self : !jit.module<@BatchNorm> -> f64
      %y.2_zero_point = prim.GetAttr "y.2_zero_point_0" %self : !jit.module<@BatchNorm> -> i64
      %y.2_scalar_type = prim.GetAttr "y.2_scalar_type_0" %self : !jit.module<@BatchNorm> -> i64
      %y.2.quant = aten.quantize_per_tensor %y.2, %y.2_scale, %y.2_zero_point, %y.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %relu = prim.GetAttr "relu" %self : !jit.module<@BatchNorm> -> i1
      %21 = prim.If %relu -> (tensor<*x!quant.any<u8:f32>>) {
        %result.3 = aten.relu %y.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
        prim.Return %result.3 : tensor<*x!quant.any<u8:f32>>
      } else {
        prim.Return %y.2.quant : tensor<*x!quant.any<u8:f32>>
      }
      %_11.dequant.0 = aten.dequantize %21 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_11.dequant.0 : tensor<*xf32>
    }
  }
}
