import zlib from 'node:zlib';

/**
 * A stored page that can be sent with a new CSP nonce each time, cheaply, in plain or gzip.
 *
 * The page is kept cut at each place its nonce appeared (script tags, and wherever Next.js
 * repeats it). Sending it joins the pieces with a fresh nonce. For gzip, each piece was
 * compressed once, on its own, ending byte-aligned (a sync flush) and not as the last block, so
 * a sent body is: the gzip header, the pieces with the nonce between them as an uncompressed
 * ("stored") deflate block, an empty final block, and the CRC-32 and length of the plain text.
 * Only the CRC-32 is computed per send (native, ~15 µs for a 100 kB page); compressing the page
 * again would cost ~0.5 ms, about as much as answering from the cache does today.
 */
export interface StampablePage {
  /** The plain page, cut where the nonce was. */
  pieces: Buffer[];
  /** Each piece raw-deflated on its own, sync-flushed, not final. */
  deflated: Buffer[];
  /** Bytes held, for the cache's memory bound. */
  bytes: number;
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff]);
// An empty stored block with BFINAL set: ends the deflate stream.
const FINAL_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

export function makeStampable(plain: Buffer, nonce: string): StampablePage {
  const pieces = splitBuffer(plain, Buffer.from(nonce, 'latin1'));
  const deflated = pieces.map((piece) =>
    zlib.deflateRawSync(piece, { finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  );
  const bytes = [...pieces, ...deflated].reduce((sum, b) => sum + b.length, 0);
  return { pieces, deflated, bytes };
}

/** The page with `nonce` where the old one was. */
export function stampPlain(page: StampablePage, nonce: string): Buffer {
  const joint = Buffer.from(nonce, 'latin1');
  const parts: Buffer[] = [];
  page.pieces.forEach((piece, i) => {
    if (i > 0) parts.push(joint);
    parts.push(piece);
  });
  return Buffer.concat(parts);
}

/** The same page as a gzip body, without compressing anything again. */
export function stampGzip(page: StampablePage, nonce: string): Buffer {
  const joint = Buffer.from(nonce, 'latin1');
  if (joint.length > 0xffff) throw new Error('A nonce must fit one stored block.');
  const stored = Buffer.concat([storedBlockHeader(joint.length), joint]);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  page.deflated.forEach((piece, i) => {
    if (i > 0) {
      parts.push(stored);
      crc = zlib.crc32(joint, crc);
      length += joint.length;
    }
    parts.push(piece);
    crc = zlib.crc32(page.pieces[i]!, crc);
    length += page.pieces[i]!.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length % 2 ** 32, 4);
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}

/** BFINAL=0, BTYPE=00 (stored), padded to the byte boundary the sync flush left; LEN, NLEN. */
function storedBlockHeader(length: number): Buffer {
  const header = Buffer.alloc(5);
  header[0] = 0x00;
  header.writeUInt16LE(length, 1);
  header.writeUInt16LE(~length & 0xffff, 3);
  return header;
}

function splitBuffer(buffer: Buffer, separator: Buffer): Buffer[] {
  const pieces: Buffer[] = [];
  let start = 0;
  for (;;) {
    const at = separator.length === 0 ? -1 : buffer.indexOf(separator, start);
    if (at === -1) break;
    pieces.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  pieces.push(buffer.subarray(start));
  return pieces;
}

/** The plain bytes of a captured body in the encoding it was sent with; null if not readable. */
export function decodeBody(body: Buffer, encoding: string | undefined): Buffer | null {
  const coding = (encoding ?? '').trim().toLowerCase();
  try {
    if (coding === '' || coding === 'identity') return body;
    if (coding === 'gzip') return zlib.gunzipSync(body);
    if (coding === 'deflate') return zlib.inflateSync(body);
  } catch {
    return null;
  }
  return null;
}
