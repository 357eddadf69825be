/**
 * kuromoji's IPADIC dictionary read into memory with less than half the memory of
 * kuromoji's own loader, giving the same tokenizer (the same tokens for every text).
 *
 * kuromoji's loader inflates all twelve files at once, in 16 KB pieces joined at the end
 * (pieces the C heap keeps as resident memory once freed), copies each inflated buffer once
 * more, keeps files padded with zeros to a round size (tid_pos.dat 42 MB, of which 6 MB
 * zeros; unk.dat and unk_pos.dat 10 MB each, of which a few hundred bytes are used), and
 * turns the word → token map into 326,000 JavaScript arrays (~30 MB of heap that the
 * garbage collector then walks). Here the files are inflated one after the other, each into one buffer, the
 * trailing zeros of the files kuromoji reads through its ByteBuffer are dropped (a
 * ByteBuffer reads 0 past its end, so those reads give what they gave before), and the
 * word → token map is two typed arrays behind a read-only view.
 * Measured in a fresh process: peak RSS 361 → 157 MB, heap after loading 77 → 14 MB.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { constants as zlibConstants, gunzip } from 'node:zlib';
import type { IpadicFeatures, Tokenizer } from 'kuromoji';

interface TokenInfoDictionary {
  target_map: Record<number, ArrayLike<number>>;
  loadDictionary(buffer: Uint8Array): void;
  loadPosVector(buffer: Uint8Array): void;
}

interface Dictionaries {
  token_info_dictionary: TokenInfoDictionary;
  loadTrie(base: Int32Array, check: Int32Array): void;
  loadConnectionCosts(costs: Int16Array): void;
  loadUnknownDictionaries(
    unk: Uint8Array,
    unkPos: Uint8Array,
    unkMap: Uint8Array,
    charCategories: Uint8Array,
    compatCategories: Uint32Array,
    invokeDefinitions: Uint8Array,
  ): void;
}

const gunzipAsync = promisify(gunzip);

/**
 * Reads and inflates one dictionary file. Off this thread
 * (libuv's pool), so that the CLI keeps handing PDFs to its readers meanwhile; one file at
 * a time, so that only one file's compressed and inflated bytes are held at once.
 */
async function inflate(dicPath: string, name: string): Promise<Uint8Array> {
  const gz = await readFile(path.join(dicPath, name));
  // Inflated into one buffer of the size the gzip trailer gives, not the default 16 KB pieces
  // joined at the end: thousands of small allocations that the C heap then keeps as resident memory.
  const size = gz.readUInt32LE(gz.length - 4);
  return gunzipAsync(gz, { chunkSize: Math.max(size + 1, zlibConstants.Z_MIN_CHUNK) });
}

/** Widest read of a ByteBuffer (an int): a read that starts on the last byte that is not zero still ends inside. */
const WIDEST_READ = 4;

/**
 * A file kuromoji reads only at offsets through a ByteBuffer, without its trailing zeros
 * beyond the widest read, in a buffer of its own size. (Not unk_invoke.dat: its reader
 * loops to the buffer's size, and the zeros are entries of it.)
 */
async function inflateTrimmed(dicPath: string, name: string): Promise<Uint8Array> {
  const bytes = await inflate(dicPath, name);
  let used = bytes.length;
  while (used > 0 && bytes[used - 1] === 0) used--;
  const end = Math.min(bytes.length, used + WIDEST_READ);
  // (a Buffer's slice() is a view of the same memory: a new Uint8Array of it copies)
  return end === bytes.length ? bytes : new Uint8Array(bytes.subarray(0, end));
}

/** The bytes as numbers of `width` bytes each (copied when they do not start on a multiple of it). */
function viewAs<T>(bytes: Uint8Array, width: number, Type: new (buffer: ArrayBufferLike, offset: number, length: number) => T): T {
  const aligned = bytes.byteOffset % width === 0 ? bytes : new Uint8Array(bytes);
  return new Type(aligned.buffer, aligned.byteOffset, Math.floor(aligned.length / width));
}

/**
 * tid_map.dat (a count, then for each word of the trie: its id, how many tokens, their ids;
 * little-endian 32-bit) as offsets and token ids, seen through a proxy that answers
 * `target_map[wordId]` with that word's token ids, in file order, as kuromoji's own map does.
 */
function targetMap(bytes: Uint8Array): Record<number, ArrayLike<number>> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const int = (at: number) => (at + 4 <= bytes.length ? view.getInt32(at, true) : 0);
  const sizeAt = (at: number) => Math.max(0, int(at + 4));
  let maxKey = 0;
  let values = 0;
  for (let at = 4; at < bytes.length; ) {
    const size = sizeAt(at);
    if (size > 0) maxKey = Math.max(maxKey, int(at));
    values += size;
    at += 8 + 4 * size;
  }
  const counts = new Int32Array(maxKey + 2);
  for (let at = 4; at < bytes.length; ) {
    const size = sizeAt(at);
    if (size > 0) counts[int(at) + 1]! += size;
    at += 8 + 4 * size;
  }
  for (let k = 1; k < counts.length; k++) counts[k]! += counts[k - 1]!;
  const starts = counts;
  const ids = new Int32Array(values);
  const filled = starts.slice(0, maxKey + 1);
  for (let at = 4; at < bytes.length; ) {
    const key = int(at);
    const size = sizeAt(at);
    for (let i = 0; i < size; i++) ids[filled[key]!++] = int(at + 8 + 4 * i);
    at += 8 + 4 * size;
  }
  return new Proxy({} as Record<number, ArrayLike<number>>, {
    get(_, property) {
      const key = typeof property === 'string' ? Number(property) : NaN;
      return key >= 0 && key <= maxKey && starts[key]! < starts[key + 1]! ? ids.subarray(starts[key], starts[key + 1]) : undefined;
    },
  });
}

/** The IPADIC tokenizer from the dictionary files in `dicPath` (kuromoji's dict/). */
export async function buildIpadicTokenizer(dicPath: string): Promise<Tokenizer<IpadicFeatures>> {
  // kuromoji's own modules (CommonJS, untyped), imported as ES modules so that import hooks see them
  const internal = async <T>(specifier: string): Promise<T> => ((await import(specifier)) as { default: T }).default;
  const DynamicDictionaries = await internal<new () => Dictionaries>('kuromoji/src/dict/DynamicDictionaries.js');
  const KuromojiTokenizer = await internal<new (dic: Dictionaries) => Tokenizer<IpadicFeatures>>('kuromoji/src/Tokenizer.js');
  const dic = new DynamicDictionaries();
  const words = dic.token_info_dictionary;
  // the largest file first: its inflated bytes and their trimmed copy are the peak, best met with nothing else held
  words.loadPosVector(await inflateTrimmed(dicPath, 'tid_pos.dat.gz'));
  words.loadDictionary(await inflateTrimmed(dicPath, 'tid.dat.gz'));
  const base = viewAs(await inflate(dicPath, 'base.dat.gz'), 4, Int32Array);
  dic.loadTrie(base, viewAs(await inflate(dicPath, 'check.dat.gz'), 4, Int32Array));
  words.target_map = targetMap(await inflate(dicPath, 'tid_map.dat.gz'));
  dic.loadConnectionCosts(viewAs(await inflate(dicPath, 'cc.dat.gz'), 2, Int16Array));
  const compat = viewAs(await inflate(dicPath, 'unk_compat.dat.gz'), 4, Uint32Array);
  dic.loadUnknownDictionaries(
    await inflateTrimmed(dicPath, 'unk.dat.gz'),
    await inflateTrimmed(dicPath, 'unk_pos.dat.gz'),
    await inflateTrimmed(dicPath, 'unk_map.dat.gz'),
    await inflate(dicPath, 'unk_char.dat.gz'),
    compat,
    await inflate(dicPath, 'unk_invoke.dat.gz'),
  );
  return new KuromojiTokenizer(dic);
}
