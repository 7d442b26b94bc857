// Parses the section headers of a WebAssembly binary, without any dependency, to show where the
// bytes of the .wasm go: type, import, function, code, data, custom sections by name, and so on.
//
// Binary format (https://webassembly.github.io/spec/core/binary/modules.html):
//   magic "\0asm", version u32 LE, then sections: id (1 byte), size (LEB128 u32), payload.
//   Custom sections (id 0) start their payload with a name (LEB128 length + UTF-8 bytes).
//   Vector-like sections (type, import, function, ..., code, data) start with an item count.

/** Standard section ids and their names. */
export const SECTION_NAMES = {
  0: 'custom',
  1: 'type',
  2: 'import',
  3: 'function',
  4: 'table',
  5: 'memory',
  6: 'global',
  7: 'export',
  8: 'start',
  9: 'element',
  10: 'code',
  11: 'data',
  12: 'datacount',
  13: 'tag',
};

/** Sections whose payload starts with an item count worth reporting. */
const COUNTED = new Set([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 13]);

/** Reads an unsigned LEB128 number at `pos`; returns [value, nextPos]. */
export function readULEB(bytes, pos) {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= bytes.length) throw new Error('truncated LEB128');
    const byte = bytes[pos++];
    result += (byte & 0x7f) * 2 ** shift; // multiplication keeps values above 2^31 correct
    if ((byte & 0x80) === 0) return [result, pos];
    shift += 7;
    if (shift > 35) throw new Error('LEB128 too long for u32');
  }
}

/**
 * Parses a wasm binary (Buffer or Uint8Array). Returns
 *   { version, size, sections: [{ id, kind, name, offset, headerSize, payloadSize, size, count }] }
 * where `size` = headerSize + payloadSize is the section's full footprint in the file, `name` is
 * the custom section's name (or the standard name), and `count` the number of items, if any.
 * Throws on a malformed header.
 */
export function parseWasmSections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d];
  if (bytes.length < 8 || magic.some((b, i) => bytes[i] !== b)) throw new Error('not a wasm binary (bad magic)');
  const version = bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24);
  const sections = [];
  let pos = 8;
  while (pos < bytes.length) {
    const offset = pos;
    const id = bytes[pos++];
    const [payloadSize, payloadStart] = readULEB(bytes, pos);
    const end = payloadStart + payloadSize;
    if (end > bytes.length) throw new Error(`section ${id} at offset ${offset} runs past the end of the file`);
    const kind = SECTION_NAMES[id] ?? `unknown(${id})`;
    let name = kind;
    let count = null;
    if (id === 0) {
      const [len, nameStart] = readULEB(bytes, payloadStart);
      name = new TextDecoder().decode(bytes.subarray(nameStart, nameStart + len));
    } else if (COUNTED.has(id) && payloadSize > 0) {
      [count] = readULEB(bytes, payloadStart);
    }
    sections.push({ id, kind, name, offset, headerSize: payloadStart - offset, payloadSize, size: end - offset, count });
    pos = end;
  }
  return { version, size: bytes.length, sections };
}

/** Item names per section id, singular and plural. */
const UNITS = {
  1: ['type', 'types'],
  2: ['import', 'imports'],
  3: ['function', 'functions'],
  4: ['table', 'tables'],
  5: ['memory', 'memories'],
  6: ['global', 'globals'],
  7: ['export', 'exports'],
  9: ['element segment', 'element segments'],
  10: ['function body', 'function bodies'],
  11: ['data segment', 'data segments'],
  13: ['tag', 'tags'],
};

/** Human label for a section: "code (1234 function bodies)", 'custom "name"', ... */
export function sectionLabel(s) {
  if (s.id === 0) return `custom "${s.name}"`;
  const unit = UNITS[s.id];
  return s.count != null && unit ? `${s.kind} (${s.count} ${unit[s.count === 1 ? 0 : 1]})` : s.kind;
}
