builtin.module {
  jit.module @ConvReluFlattenLinear class "__torch__.zoo.ConvReluFlattenLinear" {
    jit.attr "training" = false
    jit.attr "_is_full_backward_hook" = none : !prim.optional<i1>
    jit.attr "x.2_scale_0" = 0.045017514377832413 : f64
    jit.attr "x.2_zero_point_0" = 59 : i64
    jit.attr "x.2_scalar_type_0" = 13 : i64
    jit.attr "y.2_scale_0" = 0.012208190746605396 : f64
    jit.attr "y.2_zero_point_0" = 0 : i64
    jit.attr "y.2_scalar_type_0" = 13 : i64
    jit.attr "13_scale_0" = 0.0057532391510903835 : f64
    jit.attr "13_zero_point_0" = 67 : i64
    jit.attr "13_scalar_type_0" = 13 : i64
    jit.module @conv class "__torch__.torch.nn.modules.conv.Conv2d" {
      jit.attr "weight" = dense_resource<conv_relu_flatten_linear_conv_weight> : tensor<4x3x3x3xf32>
      jit.attr "bias" : !prim.optional<tensor<4xf32>> = dense<[-0.0106039243, 0.0288954284, -0.0788141415, 0.11419557]> : tensor<4xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "transposed" = false
      jit.attr "_reversed_padding_repeated_twice" = [0, 0, 0, 0] : !prim.list<i64>
      jit.attr "weight.1_scale_0" = dense<[0.00144201494, 0.00150055694, 0.00144932896, 0.00150568108]> : tensor<4xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<4xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@ConvReluFlattenLinear::@conv>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4x3x3x3xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@ConvReluFlattenLinear::@conv> -> !prim.optional<tensor<4xf32>>
        %0 = prim.CallMethod "_conv_forward" %self, %input.1, %weight.1.dequant.0, %bias : (!jit.module<@ConvReluFlattenLinear::@conv>, tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<4xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
      jit.method @_conv_forward(%self: !jit.module<@ConvReluFlattenLinear::@conv>, %input.1: tensor<*xf32>, %weight.1: tensor<*xf32>, %bias.1: !prim.optional<tensor<*xf32>>) -> tensor<*xf32> {
        %0 = aten.conv2d %input.1, %weight.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<*xf32>>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.module @fc class "__torch__.torch.nn.modules.linear.Linear" {
      jit.attr "weight" = dense_resource<conv_relu_flatten_linear_fc_weight> : tensor<5x144xf32>
      jit.attr "bias" = dense<[0.00835668109, -0.0309991948, -0.0697878152, 0.033722274, 0.010663162]> : tensor<5xf32>
      jit.attr "training" = false
      jit.attr "_is_full_backward_hook" = none
      jit.attr "weight.1_scale_0" = dense<[0.000646561268, 0.000653383264, 0.000652477203, 0.000644042448, 0.000652510149]> : tensor<5xf32>
      jit.attr "weight.1_zero_point_0" = dense<0> : tensor<5xi32>
      jit.attr "weight.1_axis_0" = 0 : i64
      jit.attr "weight.1_scalar_type_0" = 12 : i64
      jit.method @forward(%self: !jit.module<@ConvReluFlattenLinear::@fc>, %input.1: tensor<*xf32>) -> tensor<*xf32> {
        %weight.1 = prim.GetAttr "weight" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5x144xf32>
        %weight.1_scale = prim.GetAttr "weight.1_scale_0" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xf32>
        %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xi32>
        %weight.1_axis = prim.GetAttr "weight.1_axis_0" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> i64
        %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> i64
        %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<5x144xf32>, tensor<5xf32>, tensor<5xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
        %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
        %bias = prim.GetAttr "bias" %self : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xf32>
        %0 = aten.linear %input.1, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
        prim.Return %0 : tensor<*xf32>
      }
    }
    jit.method @forward(%self: !jit.module<@ConvReluFlattenLinear>, %x.2: tensor<*xf32>) -> tensor<*xf32> {
      %x.2_scale = prim.GetAttr "x.2_scale_0" %self : !jit.module<@ConvReluFlattenLinear> -> f64
      %x.2_zero_point = prim.GetAttr "x.2_zero_point_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %x.2_scalar_type = prim.GetAttr "x.2_scalar_type_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %x.2.quant = aten.quantize_per_tensor %x.2, %x.2_scale, %x.2_zero_point, %x.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %x.2.dequant.0 = aten.dequantize %x.2.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %conv = prim.GetAttr "conv" %self : !jit.module<@ConvReluFlattenLinear> -> !jit.module<@ConvReluFlattenLinear::@conv>
      %weight.2 = prim.GetAttr "weight" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4x3x3x3xf32>
      %weight.1_scale_0.1 = prim.GetAttr "weight.1_scale_0" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4xf32>
      %weight.1_zero_point_0.1 = prim.GetAttr "weight.1_zero_point_0" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> tensor<4xi32>
      %weight.1_axis_0.1 = prim.GetAttr "weight.1_axis_0" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> i64
      %weight.1_scalar_type_0.1 = prim.GetAttr "weight.1_scalar_type_0" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> i64
      %weight.1.quant.1 = aten.quantize_per_channel %weight.2, %weight.1_scale_0.1, %weight.1_zero_point_0.1, %weight.1_axis_0.1, %weight.1_scalar_type_0.1 : (tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.1 = aten.dequantize %weight.1.quant.1 : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias.1 = prim.GetAttr "bias" %conv : !jit.module<@ConvReluFlattenLinear::@conv> -> !prim.optional<tensor<4xf32>>
      %0 = aten.conv2d %x.2.dequant.0, %weight.1.dequant.1, %bias.1 stride [1, 1] padding [0, 0] dilation [1, 1] groups 1 : (tensor<*xf32>, tensor<*xf32>, !prim.optional<tensor<4xf32>>) -> tensor<*xf32>
      %y.2 = aten.relu %0 : (tensor<*xf32>) -> tensor<*xf32>
      %y.2_scale = prim.GetAttr "y.2_scale_0" %self : !jit.module<@ConvReluFlattenLinear> -> f64
      %y.2_zero_point = prim.GetAttr "y.2_zero_point_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %y.2_scalar_type = prim.GetAttr "y.2_scalar_type_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %y.2.quant = aten.quantize_per_tensor %y.2, %y.2_scale, %y.2_zero_point, %y.2_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %y.5 = aten.flatten %y.2.quant start_dim 1 end_dim -1 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*x!quant.any<u8:f32>>
      %fc = prim.GetAttr "fc" %self : !jit.module<@ConvReluFlattenLinear> -> !jit.module<@ConvReluFlattenLinear::@fc>
      %weight.1 = prim.GetAttr "weight" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5x144xf32>
      %weight.1_scale = prim.GetAttr "weight.1_scale_0" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xf32>
      %weight.1_zero_point = prim.GetAttr "weight.1_zero_point_0" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xi32>
      %weight.1_axis = prim.GetAttr "weight.1_axis_0" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> i64
      %weight.1_scalar_type = prim.GetAttr "weight.1_scalar_type_0" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> i64
      %weight.1.quant = aten.quantize_per_channel %weight.1, %weight.1_scale, %weight.1_zero_point, %weight.1_axis, %weight.1_scalar_type : (tensor<5x144xf32>, tensor<5xf32>, tensor<5xi32>, i64, i64) -> tensor<*x!quant.any<i8:f32>>
      %weight.1.dequant.0 = aten.dequantize %weight.1.quant : (tensor<*x!quant.any<i8:f32>>) -> tensor<*xf32>
      %bias = prim.GetAttr "bias" %fc : !jit.module<@ConvReluFlattenLinear::@fc> -> tensor<5xf32>
      %y.5.dequant.0 = aten.dequantize %y.5 : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      %1 = aten.linear %y.5.dequant.0, %weight.1.dequant.0, %bias : (tensor<*xf32>, tensor<*xf32>, tensor<5xf32>) -> tensor<*xf32>
      %_13_scale = prim.GetAttr "13_scale_0" %self : !jit.module<@ConvReluFlattenLinear> -> f64
      %_13_zero_point = prim.GetAttr "13_zero_point_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %_13_scalar_type = prim.GetAttr "13_scalar_type_0" %self : !jit.module<@ConvReluFlattenLinear> -> i64
      %_13.quant = aten.quantize_per_tensor %1, %_13_scale, %_13_zero_point, %_13_scalar_type : (tensor<*xf32>, f64, i64, i64) -> tensor<*x!quant.any<u8:f32>>
      %_13.dequant.0 = aten.dequantize %_13.quant : (tensor<*x!quant.any<u8:f32>>) -> tensor<*xf32>
      prim.Return %_13.dequant.0 : tensor<*xf32>
    }
  }
}

{-#
  dialect_resources: {
    builtin: {
      conv_relu_flatten_linear_conv_weight: "0x040000008BDABCBAC56ED33D543222BEDB0711BECCCD97BDC461533D56E479BBFC401C3ED7E88BBC6E96503D293A6EBD9CF21ABDFC443CBEE48302BE0379A2BDB69AE93B09D19B3DDD7DEC3DE29905BEE2A1ABBD58288F3DC5A4233E2D3A22BD0E78133E221DFEBC43D2A63CF270323EA2D036BEEC1FF8BD619047BD88A299BD87442A3EDB78FFBD416FB5BD28AE09BE299138BEFD12E6BD6966293E1CDFAF3D1C07BF3D9AD3253C6511CABD395D053D8F0038BE34650EBE9A30CBBD2EADF83D6317E73D54CCAEBDFC8AE3BB3613FC3DA8E9433E206D9C3D15FBD43CCB21043EBA11E8BDF4E3123DE2C918BEF29508BEE89ACBBD3456B23DB1819E3DF077E9BDC6246E3DE15ED83DF6FCC6BCD7C7F03BADA5363D8C83F43D72393D3EAEDD17BE887090BD6AE69A3D0448233EA57D2B3E94E22D3ED9E01C3D215E2BBEE807913C2093F6BDC0A837BE1F182F3EE0D7153EEC9444BE0C8B133DFCCA04BD34B801BD566BB4BD7091973DFF72E9BDCD7C903D9451C73D76130D3E5D5F933DC90B43BE0CADFFBD86CCC43DB5FC243DF5BA19BEC5F3E2BD7664393EDEC9043E9FDAABBDA06546BD3ABA3BBE7BB262BB8C6714BEAA0218BE",conv_relu_flatten_linear_fc_weight: "0x04000000F6B64FBD9BDB9A3D6BEA693D98EB8FBDB0E7A9BC006E763B2034473C36E9A13CE8F2053D4091A33BDE8B26BDE383213D3AB6A3BD804F4ABD50E4AABC9E4426BDD0D1EEBCD2E18BBDAB3691BCA6EC913CF35D5EBDD6228CBB0058743D4B5B0CBC56C8173B5692EBBBB6288A3C8008593DD2A9A13D08C4583D8308A23D807CC5BB445099BD80D121BD686A683DAB9C0DBA93A829BDACC882BD00B89FBD480B90BD4B788ABC73303B3DF089383DAC98A4BDE8EA543D5C8C85BDA05290BCBE660ABDF67D83BC600986BCD22599BD2E5C93BD8BA555BC00418D3A260F1BBD7B94003D279C99BD0049B8BB6C16963D263A0BBDCF1C9A3DF63AF73C1F059ABDF0F5573D4B8D1DBCA05F18BD6379883D38EA89BDCB81123CD6ED8EBC1EC0733D0B90BE3C3303243D0017F13C002AA4BC8B918FBCABA48CBD10F3383D6F81873D7B8C693DE6C470BD2B93733B169E70BD0BE63BBD96E546BD464CE93CB0674BBD564DEEBA80BF653B06085C3DA70281BD5B546ABDFB3246BD1EE96E3D1065F5BC96F48F3D80DBF63C00E32C3C009E22BA5BF386BCAB4D2B3C20E29BBCAB7E19BA00352E3C107F85BD4EE732BDE6CF893D04818ABD2B14C4BB80D4A83DC09AF63C80A01A3BC4E693BDC816293D0B2073BDE0C8C1BCBB0BE5BC4B304ABC56F36E3A64C48C3D56722A3C6BDD983D40CC503DB3CB57BDE316193D864971BD68AA10BDABC9C83C4069E13CF709803DE0C2DBBCABE20B39F8B92F3DE70CA5BD03C7763DCB208DBDAB8A963A2B2168BC63C533BD2075343CA2208D3D8B8EC7BCC8A54ABD067AFCBCEF27A9BD68131A3D16EE23BD16C963BD83A444BD6E40443DDBC2343D8BFD823D769EF73CB0FBE3BC1BC5BEBC20AEC93C3F4B8C3D9B9CB93C138021BDFE7320BD2C5CA1BD207D933CE08C3FBD8B2998BD52A7953D6BAA5DBD8B521BBC6094C33C2BFD2D3B4EAD65BD1EF489BD1009883D40545E3CDA968D3D8BDBE4BC4B15C93C101C9CBC2BDF72BB18E34FBDE6E0E63C00D6D73CAB51E1BA808899BC766852BD1B0C6C3DC6187EBD1ED50B3D908CE5BCB3AE24BD8046753CD84E31BD2B4A9D3C0B10863CB86F7DBD7653633C4362113D3E1C073DCBDD2BBC12E98BBDC07852BC6B18ED3CE616F9BC4E90013DB350633D4E3A32BD566F573A18240D3D1606D63BC018E43BA07B2A3C522B86BD2B99D63BF05C6C3D43CA993D769E483D76F5363C53681F3D3E0D26BDF36D8DBD87C292BD3C42AA3DBEAC583DEEF06BBD4E8B053DC7E1803DD799AA3DE63A953D8339843DF6819CBC8093EFBC2C208C3DB8463F3D40684DBDAA6E993D0BEB243DAB123A3D8EF055BD60DBC33C3B51EFBCFE59853DCBAD75BCA6E2043D5683723CFB39113D2BFDE7BCA36C263D53696EBD062F9A3C80F166BD7C5EA8BD0B0E89BD7ABC863D6BAC383D461FA03D86B9883DC06998BDBEEF68BD369D5CBC43AC5DBD4B056D3D7C0681BD7B8926BD2EE1A4BD5ECA41BD975E8C3D2CBC8B3DDB56743DC2C6833D27C1973D40CEAEBCF82F163D580D983DC6D6E13C879CAA3D7609313D7630543D90EDEEBCF8C7233DC0E21C3C5B08A3BCB86940BD1E873FBD225383BDBE25653D1EAA723D6B641BBC5B8645BDC2E8833D66475A3D40FBCA3BD02721BDD0D99C3DC8950B3D928F81BD9757A33D8C99813D66D3F8BCD0E13F3D1EF141BDA0F755BCCCE9903D56A8613BAB6571BD702BE4BC7B4EB9BCC0B483BCCBA9023C6CD69D3D6B33923BBBC052BD56F58B3B3BAA233DA850293D96FA9BBDEB5074BCF6A87DBD5BA411BDD6F5F53C206472BDFBC3FD3CAFDB903D9619B33B967E63BDD696F4BCE611953C2F1A82BDF393293D6EF19ABD8C0FA4BD80D4A5BDF07C8ABC1686653D4C88A1BD1FDB8D3D888A08BD36F1C73C800D793BB6E499BDF0898D3DE8C9373D56A4A93D1E722C3DB64D61BD866F8E3D16C2923BABDD213D73D888BD605AC4BCE392A7BD60F204BDC045933C3E0086BD169CD93CE63A373D20343E3C666164BD3C5284BD309DD2BCC0D4153D5258A83DCE46443DCBBF19BCAB5AEF3C4B6FA7BD42C491BDD3441F3D1E5641BDC836243D4BF570BDEE1029BD86938CBD231F323DEB1E0BBC6358833DE03D533DD0DF3C3D809D2F3BC610D3BCF06E94BC2074353CC333293D7B226FBD9C3C8F3DEB7314BC67028FBD5BAE38BD4702973D4E149C3DC7159EBDE8BD703DF60F2B3DA00A4A3D6E79903D33F637BDD091D73C58AF0B3D36B9C9BCE074E43C9069C4BC8008533DB668BDBCC67EFEBC56DCAB3C3623F23C0BC426BDEB62F13B9BD0453DA0D807BC36C2CF3C7BA6A4BC4046EF3C884277BDBEB648BDF0412DBD33D89C3DDBB1B7BC56956EB9DE5F25BDF65FAA3D5FAFA63DEBB680BDB65A8ABD385D81BD56B5D2B9B003AEBC136B5FBD80DAF4BC10FA803CF05732BD5B44973CDB8B9CBCCB6525BDB6933B3C03558C3DB6C466BD00987D3BD6BEFBBCEE79A73D1AECA1BD8C9CA3BD202CA83D4BF557BD16E2823C56ACEBBBFBCE8FBCDB7898BCA6E5583D8084823BDF29A6BD768249BDA6B8E8BCB8C32B3D68E35CBDCAECA03DC60C98BC762975BC2CBA853D888E2B3DF2BE903D3E71453DF016CFBC1B7762BD802BCBBB0A408D3DD01DE5BC6A459EBD18EC0B3D9E23A63D0058C2BCE7508DBD0BCE9ABD6B13AB3CEBC3CEBB765E2CBD1BFD893CD69F013D04BC873DA880843D405E4CBCFF7C96BDE6379ABD86599F3D60E3163D2BCA143D16AA93BD3F0A9E3D0EAEA13D92169A3DCBF88FBD06CB00BDB8C16ABD8F9DA13D03AA12BD58D61BBD36D4323DF0E51DBD3E1D28BD00DBEEBB363C03BC17F284BD84478E3DCE9116BDEB26F23C6E71943DD8232C3DC04D413C8336913D6089373C8EEB1DBD5A73A13DEB92A13C2684A6BD7659C2BC538168BDECA1953DAB7A61BC22919BBDABA8ABBB9B5C563D6B5BB13CBBDCD73C169BFD3BCB82FE3C4655A6BC50C807BD0A869FBDCB9180BD4BEF133DA81B4ABD2BE1433CC0E6D93C8057C13BAB4D5DBDA036A33D337C46BD9A5F8C3D4AC487BDE636A4BCB8AC393D53760BBD0A5E8F3D08E46ABD2E528FBDEBE919BDEBB45C3C70249D3DEEF322BD1024F43C3B26ABBC700B94BCCBFB7A3DA74384BD4004113C1B7FA03D0B9D3BBC1A83843D5B3BD2BC5661893D4F17A5BDE0C644BCE0D06FBCF63DDD3C18EA053D6F0A833D606A4BBCD69158BBB8BF693D16B6B8BCB69C953D8E4363BD16BE13BCABAA92BB6B4E183D885C693D166958BCDF648DBDC620293D1035CC3C061D093DB88E52BD3EAE5B3DD6A5A13D96F1EC3B33699FBDD09C6F3D00157DBD10ED9C3C4068463CA8C11FBD96B3ED3C5CA698BDDB7B9B3C7B6358BD76A313BC0B9F2F3C0666913D68DB22BDA3AB5A3D8B712DBCD31B22BDD29D94BDFE969CBDC6ACA63DBB41AABCC064883B5014B93CE803683DDBA8913DE2698A3D5BE37CBDD6BF5ABCD3FA49BD7B0543BDF0EEA13C2832A03DC4B888BD93934E3D50F830BD46F784BC6278873D20669ABC96A4F83B669A6EBD4847913D167F30BCE0A579BD50E4C73CA6B172BDDE6C87BD9659A63BDE4F873D0B2FC1BC80A7203D52A8923DA064623DD80C33BDEBAA15BC2BD3D6BCAB3C89BDAB6A1038646A803D12CA8F3DEBC5FE3BA00C9B3C46C513BD92D3803D1E080EBDB01B6DBDA040523C18974C3D23DF99BDF2469A3D9093F53C7B246FBD300D93BC2611943DFFF082BD2687C7BCB6E6DF3CBE8495BD4B1E3B3D26AE313D63B2533DB89D59BDF3FBA93D4B544ABD2A62AA3D84C9A3BD130F98BD4BA5513DEBB10E3CC0879D3B26043DBD532E0FBD6B9AC7BC8041A6BDC0E88D3BAB78713C56F593B82B74DC3CEFEFA13D9B82B53CCBE7F9BC80790CBD10635ABD639E6CBD00E35BBC007B71BCAED8173D00E611BD5C0E883DC0816FBDAB5A78396A6A993D5AB5A93DB6B845BD9634733CE046213CE30820BD9BDBEBBC2BE7B83CF0596DBD2B46613C10B4133D608206BD44C38D3DD6B4B3BB06DE1A3D2603A93D6BABD0BCBB7B393D3B43C3BC367047BC766267BC56B707BAE8F100BD1602A03C00C94D3B235E583DE62C8ABC"
    }
  }
#-}
