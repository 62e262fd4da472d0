// RUN: rm -rf %t && mkdir -p %t && cd %t && quant-opt %s -t 'numpy{weights="weights.npz"}' -o model.py
// RUN: filecheck %s --input-file=%t/model.py
// RUN: python -c "import numpy as np; d = np.load('%t/weights.npz'); print(sorted(d.files), d['weight'].tolist(), d['fc_bias'].tolist())" | filecheck %s --check-prefix=NPZ
// RUN: cd / && python -c "import runpy, numpy as np; m = runpy.run_path('%t/model.py')['load'](); print(m.forward(np.array([[1.0, 0.5]], np.float32)).tolist())" | filecheck %s --check-prefix=EXEC
// RUN: quant-opt %s -t numpy | filecheck %s --check-prefix=EMBED
// RUN: quant-opt %s -t numpy -o %t/a.py && quant-opt %s -t numpy -o %t/b.py && diff %t/a.py %t/b.py

// Weights never go into the source: `R[key]` reads them, and load() fills R from a sidecar .npz
// (`-t 'numpy{weights="weights.npz"}'`) or from an .npz embedded as base64 (the default). A
// relative sidecar path is found next to the generated file, whatever the current directory.
// The output is deterministic: emitting twice gives the same bytes.

// CHECK:      self._a['bias'] = R['fc_bias']
// CHECK:      self._a['weight'] = R['weight']
// CHECK:      _RESOURCES = 'weights.npz'
// CHECK:      def load(weights=None, module=None):

// Keys are the dense_resource names, or the attribute's path for inline dense values.
// NPZ: ['fc_bias', 'weight'] {{\[}}[1.0, -2.0], [0.5, 4.0]] [0.25, -0.25]

// forward(x) = x W^T + b = [1 - 1 + 0.25, 0.5 + 2 - 0.25]
// EXEC: {{\[}}[0.25, 2.25]]

// EMBED:      _RESOURCES = rt.embedded_weights(
// EMBED-NEXT:     'UEsDB

jit.module @Net class "__torch__.Net" {
  jit.attr "weight" = dense_resource<weight> : tensor<2x2xf32>
  jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
    jit.attr "bias" = dense<[0.25, -0.25]> : tensor<2xf32>
  }
  jit.method @forward(%self: !jit.module<@Net>, %x: tensor<?x2xf32>) -> tensor<?x2xf32> {
    %fc = prim.GetAttr "fc" %self : !jit.module<@Net> -> !jit.module<@Net::@fc>
    %w = prim.GetAttr "weight" %self : !jit.module<@Net> -> tensor<2x2xf32>
    %b = prim.GetAttr "bias" %fc : !jit.module<@Net::@fc> -> tensor<2xf32>
    %y = aten.linear %x, %w, %b : (tensor<?x2xf32>, tensor<2x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
    prim.Return %y : tensor<?x2xf32>
  }
}

{-#
  dialect_resources: {
    builtin: {
      weight: "0x040000000000803F000000C00000003F00008040"
    }
  }
#-}
