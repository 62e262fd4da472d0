"""The ATen operators of xdsl-quant, as schema lines (see schema.py for the notation).

Naming mirrors TorchScript: `aten::mean.dim` is `aten.mean.dim`; the main overload of an op
drops its overload name (`aten::flatten.using_ints` is `aten.flatten`); the Tensor and Scalar
overloads of one tensor op are one op whose operand accepts both (`aten::add.Tensor` and
`aten::add.Scalar` are both `aten.add`, as they are one node kind for PyTorch's matcher). The
scalar, list and string overloads that PyTorch's functional library leaves in graphs keep their
TorchScript overload name (`aten::add.int` is `aten.add.int`).

`static` marks the arguments that are constants in every real graph (module hyper-parameters:
stride, padding, kernel_size, dim, eps, alpha, ...). Arguments that real graphs compute or read
from module state stay operands, e.g. `training` of batch_norm (a `prim.GetAttr` before
freezing), the clamp bounds (computed through `aten::item`), the upsample sizes and scale
factors and `align_corners` (computed by `F.interpolate`), adaptive pools' output size (computed
when it contains None), the shapes of reshape/view.
"""

# Ops that run on float tensors only (their quantized versions live in the quantized dialect).
FLOAT_COMPUTE = """
conv1d(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> Tensor
conv2d(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> Tensor
conv3d(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static int[] padding,
  static int[] dilation, static int groups) -> Tensor
conv1d.padding(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static str padding,
  static int[] dilation, static int groups) -> Tensor
conv2d.padding(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static str padding,
  static int[] dilation, static int groups) -> Tensor
conv3d.padding(Tensor input, Tensor weight, Tensor? bias, static int[] stride, static str padding,
  static int[] dilation, static int groups) -> Tensor
conv_transpose1d(Tensor input, Tensor weight, Tensor? bias, static int[] stride,
  static int[] padding, static int[] output_padding, static int groups, static int[] dilation) -> Tensor
conv_transpose2d(Tensor input, Tensor weight, Tensor? bias, static int[] stride,
  static int[] padding, static int[] output_padding, static int groups, static int[] dilation) -> Tensor
conv_transpose3d(Tensor input, Tensor weight, Tensor? bias, static int[] stride,
  static int[] padding, static int[] output_padding, static int groups, static int[] dilation) -> Tensor
linear(Tensor input, Tensor weight, Tensor? bias) -> Tensor
batch_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean, Tensor? running_var,
  bool training, float momentum, static float eps, static bool cudnn_enabled) -> Tensor
layer_norm(Tensor input, static int[] normalized_shape, Tensor? weight, Tensor? bias,
  static float eps, static bool cudnn_enable) -> Tensor
group_norm(Tensor input, static int num_groups, Tensor? weight, Tensor? bias, static float eps,
  static bool cudnn_enabled) -> Tensor
instance_norm(Tensor input, Tensor? weight, Tensor? bias, Tensor? running_mean,
  Tensor? running_var, bool use_input_stats, static float momentum, static float eps,
  static bool cudnn_enabled) -> Tensor
_saturate_weight_to_fp16(Tensor weight) -> Tensor
"""

# Ops whose result has the input's type: same shape, same element type (float, or quantized with
# the input's qparams: PyTorch's QuantizedCPU kernels keep them).
SAME_TYPE = """
relu(Tensor self) -> Tensor
relu_(Tensor self) -> Tensor
relu6(Tensor self) -> Tensor
relu6_(Tensor self) -> Tensor
clamp(Tensor self, TensorOrScalar? min, TensorOrScalar? max) -> Tensor
clamp_(Tensor self, TensorOrScalar? min, TensorOrScalar? max) -> Tensor
hardtanh(Tensor self, Scalar min_val, Scalar max_val) -> Tensor
hardtanh_(Tensor self, Scalar min_val, Scalar max_val) -> Tensor
leaky_relu(Tensor self, static Scalar negative_slope) -> Tensor
leaky_relu_(Tensor self, static Scalar negative_slope) -> Tensor
dropout(Tensor input, static float p, bool train) -> Tensor
dropout_(Tensor self, static float p, bool train) -> Tensor
contiguous(Tensor self, static MemoryFormat memory_format) -> Tensor
detach(Tensor self) -> Tensor
"""

# Other tensor ops of the 90 patterns and of quantized models.
TENSOR = """
add(Tensor self, TensorOrScalar other, static Scalar alpha) -> Tensor
add_(Tensor self, TensorOrScalar other, static Scalar alpha) -> Tensor
sub(Tensor self, TensorOrScalar other, static Scalar alpha) -> Tensor
sub_(Tensor self, TensorOrScalar other, static Scalar alpha) -> Tensor
mul(Tensor self, TensorOrScalar other) -> Tensor
mul_(Tensor self, TensorOrScalar other) -> Tensor
div(Tensor self, TensorOrScalar other) -> Tensor
div_(Tensor self, TensorOrScalar other) -> Tensor
cat(Tensor[] tensors, static int dim) -> Tensor
stack(Tensor[] tensors, static int dim) -> Tensor
elu(Tensor self, static Scalar alpha, static Scalar scale, static Scalar input_scale) -> Tensor
elu_(Tensor self, static Scalar alpha, static Scalar scale, static Scalar input_scale) -> Tensor
hardswish(Tensor self) -> Tensor
hardswish_(Tensor self) -> Tensor
hardsigmoid(Tensor self) -> Tensor
hardsigmoid_(Tensor self) -> Tensor
sigmoid(Tensor self) -> Tensor
sigmoid_(Tensor self) -> Tensor
tanh(Tensor self) -> Tensor
tanh_(Tensor self) -> Tensor
gelu(Tensor self, static str approximate) -> Tensor
softmax(Tensor self, static int dim, static ScalarType? dtype) -> Tensor
matmul(Tensor self, Tensor other) -> Tensor
gt(Tensor self, TensorOrScalar other) -> Tensor
lt(Tensor self, TensorOrScalar other) -> Tensor
ge(Tensor self, TensorOrScalar other) -> Tensor
le(Tensor self, TensorOrScalar other) -> Tensor
eq(Tensor self, TensorOrScalar other) -> Tensor
ne(Tensor self, TensorOrScalar other) -> Tensor
avg_pool1d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static bool ceil_mode, static bool count_include_pad) -> Tensor
avg_pool2d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static bool ceil_mode, static bool count_include_pad, static int? divisor_override) -> Tensor
avg_pool3d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static bool ceil_mode, static bool count_include_pad, static int? divisor_override) -> Tensor
adaptive_avg_pool1d(Tensor self, int[] output_size) -> Tensor
adaptive_avg_pool2d(Tensor self, int[] output_size) -> Tensor
adaptive_avg_pool3d(Tensor self, int[] output_size) -> Tensor
max_pool1d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static int[] dilation, static bool ceil_mode) -> Tensor
max_pool2d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static int[] dilation, static bool ceil_mode) -> Tensor
max_pool3d(Tensor self, static int[] kernel_size, static int[] stride, static int[] padding,
  static int[] dilation, static bool ceil_mode) -> Tensor
mean(Tensor self, static ScalarType? dtype) -> Tensor
mean.dim(Tensor self, static int[]? dim, static bool keepdim, static ScalarType? dtype) -> Tensor
upsample_nearest1d(Tensor self, int[] output_size, float? scales) -> Tensor
upsample_nearest2d(Tensor self, int[] output_size, float? scales_h, float? scales_w) -> Tensor
upsample_nearest3d(Tensor self, int[] output_size, float? scales_d, float? scales_h,
  float? scales_w) -> Tensor
upsample_linear1d(Tensor self, int[] output_size, bool align_corners, float? scales) -> Tensor
upsample_bilinear2d(Tensor self, int[] output_size, bool align_corners, float? scales_h,
  float? scales_w) -> Tensor
upsample_trilinear3d(Tensor self, int[] output_size, bool align_corners, float? scales_d,
  float? scales_h, float? scales_w) -> Tensor
upsample_nearest1d.vec(Tensor input, int[]? output_size, float[]? scale_factors) -> Tensor
upsample_nearest2d.vec(Tensor input, int[]? output_size, float[]? scale_factors) -> Tensor
upsample_nearest3d.vec(Tensor input, int[]? output_size, float[]? scale_factors) -> Tensor
upsample_linear1d.vec(Tensor input, int[]? output_size, bool align_corners,
  float[]? scale_factors) -> Tensor
upsample_bilinear2d.vec(Tensor input, int[]? output_size, bool align_corners,
  float[]? scale_factors) -> Tensor
upsample_trilinear3d.vec(Tensor input, int[]? output_size, bool align_corners,
  float[]? scale_factors) -> Tensor
flatten(Tensor self, static int start_dim, static int end_dim) -> Tensor
pad(Tensor self, int[] pad, static str mode, float? value) -> Tensor
slice(Tensor self, static int dim, int? start, int? end, int step) -> Tensor
select(Tensor self, static int dim, int index) -> Tensor
reshape(Tensor self, int[] shape) -> Tensor
view(Tensor self, int[] size) -> Tensor
transpose(Tensor self, static int dim0, static int dim1) -> Tensor
permute(Tensor self, static int[] dims) -> Tensor
squeeze(Tensor self) -> Tensor
squeeze.dim(Tensor self, static int dim) -> Tensor
squeeze.dims(Tensor self, static int[] dim) -> Tensor
squeeze_(Tensor self) -> Tensor
squeeze_.dim(Tensor self, static int dim) -> Tensor
unsqueeze(Tensor self, static int dim) -> Tensor
unsqueeze_(Tensor self, static int dim) -> Tensor
chunk(Tensor self, static int chunks, static int dim) -> Tensor[]
size(Tensor self) -> int[]
size.int(Tensor self, int dim) -> int
dim(Tensor self) -> int
numel(Tensor self) -> int
len.Tensor(Tensor t) -> int
item(Tensor self) -> Scalar
Int.Tensor(Tensor a) -> int
Float.Tensor(Tensor a) -> float
Bool.Tensor(Tensor a) -> bool
scalar_tensor(Scalar s, static ScalarType? dtype, static Layout? layout, static Device? device,
  static bool? pin_memory) -> Tensor
"""

# The quantization primitives (hand-written verifiers in aten.py check their element types).
QUANTIZATION = """
quantize_per_tensor(Tensor self, TensorOrScalar scale, TensorOrScalar zero_point,
  ScalarType dtype) -> Tensor
quantize_per_channel(Tensor self, Tensor scales, Tensor zero_points, int axis,
  ScalarType dtype) -> Tensor
dequantize(Tensor self) -> Tensor
dequantize.list(Tensor[] qtensors) -> Tensor[]
dequantize.any(Any tensors) -> Any
_choose_qparams_per_tensor(Tensor self, bool reduce_range) -> (float, int)
q_scale(Tensor self) -> float
q_zero_point(Tensor self) -> int
q_per_channel_scales(Tensor self) -> Tensor
q_per_channel_zero_points(Tensor self) -> Tensor
q_per_channel_axis(Tensor self) -> int
int_repr(Tensor self) -> Tensor
"""

# Python scalar, list and string code that PyTorch's functional library leaves in graphs
# (interpolate, adaptive pools, batch_norm's input checks, ...).
SCALAR = """
add.int(int a, int b) -> int
add.float(float a, float b) -> float
add.int_float(int a, float b) -> float
add.float_int(float a, int b) -> float
add.str(str a, str b) -> str
add.t(t[] a, t[] b) -> t[]
add.Scalar_Scalar(Scalar a, Scalar b) -> Scalar
sub.int(int a, int b) -> int
sub.float(float a, float b) -> float
sub.int_float(int a, float b) -> float
sub.float_int(float a, int b) -> float
sub.Scalar_Scalar(Scalar a, Scalar b) -> Scalar
mul.int(int a, int b) -> int
mul.float(float a, float b) -> float
mul.int_float(int a, float b) -> float
mul.float_int(float a, int b) -> float
mul.left_t(t[] l, int n) -> t[]
mul.Scalar_Scalar(Scalar a, Scalar b) -> Scalar
div.int(int a, int b) -> float
div.float(float a, float b) -> float
div.Scalar_Scalar(Scalar a, Scalar b) -> float
floordiv.int(int a, int b) -> int
floordiv.float(float a, float b) -> float
remainder.int(int a, int b) -> int
neg.int(int a) -> int
neg.float(float a) -> float
pow.int(int a, int b) -> float
pow.float(float a, float b) -> float
floor.float(float a) -> int
ceil.float(float a) -> int
sqrt.float(float a) -> float
abs.int(int a) -> int
eq.int(int a, int b) -> bool
eq.float(float a, float b) -> bool
eq.str(str a, str b) -> bool
eq.bool(bool a, bool b) -> bool
eq.int_list(int[] a, int[] b) -> bool
eq.device(Device a, Device b) -> bool
ne.int(int a, int b) -> bool
ne.float(float a, float b) -> bool
ne.str(str a, str b) -> bool
ne.bool(bool a, bool b) -> bool
ne.int_list(int[] a, int[] b) -> bool
lt.int(int a, int b) -> bool
lt.float(float a, float b) -> bool
gt.int(int a, int b) -> bool
gt.float(float a, float b) -> bool
le.int(int a, int b) -> bool
le.float(float a, float b) -> bool
ge.int(int a, int b) -> bool
ge.float(float a, float b) -> bool
Int.float(float a) -> int
Int.bool(bool a) -> int
Int.Scalar(Scalar a) -> int
Float.int(int a) -> float
Float.Scalar(Scalar a) -> float
Bool.int(int a) -> bool
ScalarImplicit(Tensor a) -> Scalar
__not__(bool self) -> bool
__and__.bool(bool a, bool b) -> bool
__or__.bool(bool a, bool b) -> bool
__is__(t1 self, t2 obj) -> bool
__isnot__(t1 self, t2 obj) -> bool
__contains__.int_list(int[] l, int item) -> bool
__contains__.str_list(str[] l, str item) -> bool
len.t(t[] a) -> int
len.str(str s) -> int
__getitem__.t(t[] list, int idx) -> t
__getitem__.str(str s, int index) -> str
__range_length(int lo, int hi, int step) -> int
__derive_index(int index, int start, int step) -> int
list.t(t[] l) -> t[]
slice.t(t[] l, int? start, int? end, int step) -> t[]
append.t(t[] self, t el) -> t[]
_set_item.t(t[] l, int idx, t el) -> t[]
format(str self, ...) -> str
str(t elem) -> str
warn(str message, int stacklevel) -> ()
"""

#: Ops that change state although their name has no trailing underscore.
MUTATING = frozenset({"append.t", "_set_item.t", "warn"})
