/**
 * The protobuf wire format (https://protobuf.dev/programming-guides/encoding/), read-only and schema-less:
 * a message is a list of (field number, wire type, value) records.
 */

export class ProtoError extends Error {}

export type ProtoValue = { wire: 0; value: bigint } | { wire: 2; bytes: Uint8Array } | { wire: 1 | 5; bytes: Uint8Array };

export interface ProtoField {
  field: number;
  value: ProtoValue;
}

function varint(buf: Uint8Array, pos: number): [bigint, number] {
  let result = 0n;
  let shift = 0n;
  for (;;) {
    if (pos >= buf.length) throw new ProtoError("unexpected EOF");
    const b = buf[pos++];
    result |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) return [result, pos];
    shift += 7n;
    if (shift > 63n) throw new ProtoError("proto: integer overflow");
  }
}

/** Splits one message into its fields, in wire order. */
export function readFields(buf: Uint8Array): ProtoField[] {
  const fields: ProtoField[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const [key, next] = varint(buf, pos);
    pos = next;
    const field = Number(key >> 3n);
    const wire = Number(key & 7n);
    if (field === 0) throw new ProtoError("proto: illegal tag 0");
    if (wire === 0) {
      const [value, after] = varint(buf, pos);
      pos = after;
      fields.push({ field, value: { wire: 0, value } });
    } else if (wire === 2) {
      const [len, after] = varint(buf, pos);
      const end = after + Number(len);
      if (end > buf.length) throw new ProtoError("unexpected EOF");
      fields.push({ field, value: { wire: 2, bytes: buf.subarray(after, end) } });
      pos = end;
    } else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      if (pos + size > buf.length) throw new ProtoError("unexpected EOF");
      fields.push({ field, value: { wire, bytes: buf.subarray(pos, pos + size) } });
      pos += size;
    } else {
      throw new ProtoError(`proto: wiretype ${wire} not supported`);
    }
  }
  return fields;
}

/** A varint as a signed 64-bit integer (int32 negatives are sign-extended to 64 bits on the wire). */
export function toInt(v: bigint): number {
  return Number(BigInt.asIntN(64, v));
}
