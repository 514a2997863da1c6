import protobuf from 'protobufjs';

/**
 * The part of onnx.proto (https://github.com/onnx/onnx/blob/main/onnx/onnx.proto) the tiny test
 * model needs. Field numbers are the official ones; everything not listed is simply never written.
 */
const ONNX_PROTO_SUBSET = `
syntax = "proto2";
package onnx;

message AttributeProto {
  enum AttributeType { UNDEFINED = 0; FLOAT = 1; INT = 2; STRING = 3; TENSOR = 4; GRAPH = 5; FLOATS = 6; INTS = 7; }
  optional string name = 1;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  optional TensorProto t = 5;
  repeated int64 ints = 8;
  optional AttributeType type = 20;
}

message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
}

message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  repeated AttributeProto attribute = 5;
  optional string domain = 7;
}

message ModelProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
}

message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
}

message TensorProto {
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  optional string name = 8;
  optional bytes raw_data = 9;
}

message TensorShapeProto {
  message Dimension {
    oneof value {
      int64 dim_value = 1;
      string dim_param = 2;
    }
  }
  repeated Dimension dim = 1;
}

message TypeProto {
  message Tensor {
    optional int32 elem_type = 1;
    optional TensorShapeProto shape = 2;
  }
  oneof value {
    Tensor tensor_type = 1;
  }
}

message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}
`;

/** TensorProto.DataType values. */
const FLOAT = 1;
const INT64 = 7;
const ATTRIBUTE_INT = 2;

type Dim = number | string;

function valueInfo(name: string, elemType: number, dims: readonly Dim[]) {
  return {
    name,
    type: {
      tensor_type: {
        elem_type: elemType,
        shape: { dim: dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) },
      },
    },
  };
}

function bytesOf(array: Float32Array | BigInt64Array): Uint8Array {
  // ONNX raw_data is little-endian, like every machine this runs on; copy to be safe with offsets.
  return new Uint8Array(array.buffer.slice(array.byteOffset, array.byteOffset + array.byteLength));
}

/**
 * An encoder-shaped ONNX model: last_hidden_state[b, s, :] = table[input_ids[b, s]] * attention_mask[b, s].
 * Masking in the graph keeps padded positions at zero and makes attention_mask a real input.
 */
export function encodeEmbeddingLookupModel(table: Float32Array, vocabularySize: number, dimension: number): Uint8Array {
  const root = protobuf.parse(ONNX_PROTO_SUBSET, { keepCase: true }).root;
  const ModelProto = root.lookupType('onnx.ModelProto');

  const model = {
    ir_version: 8,
    producer_name: 'tiny-model test helper',
    producer_version: '1',
    opset_import: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny_embedding_lookup',
      input: [valueInfo('input_ids', INT64, ['batch', 'sequence']), valueInfo('attention_mask', INT64, ['batch', 'sequence'])],
      output: [valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dimension])],
      initializer: [
        { name: 'embedding_table', data_type: FLOAT, dims: [vocabularySize, dimension], raw_data: bytesOf(table) },
        { name: 'unsqueeze_axes', data_type: INT64, dims: [1], raw_data: bytesOf(BigInt64Array.of(2n)) },
      ],
      node: [
        { name: 'lookup', op_type: 'Gather', input: ['embedding_table', 'input_ids'], output: ['token_vectors'] },
        {
          name: 'mask_to_float',
          op_type: 'Cast',
          input: ['attention_mask'],
          output: ['mask_float'],
          attribute: [{ name: 'to', type: ATTRIBUTE_INT, i: FLOAT }],
        },
        { name: 'mask_expand', op_type: 'Unsqueeze', input: ['mask_float', 'unsqueeze_axes'], output: ['mask_3d'] },
        { name: 'apply_mask', op_type: 'Mul', input: ['token_vectors', 'mask_3d'], output: ['last_hidden_state'] },
      ],
    },
  };

  const problem = ModelProto.verify(model);
  if (problem) throw new Error(`tiny ONNX model does not match the proto subset: ${problem}`);
  return ModelProto.encode(ModelProto.fromObject(model)).finish();
}
