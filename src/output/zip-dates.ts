/**
 * A ZIP archive (an XLSX file is one) stamps each entry with the time it was added.
 * Setting every stamp to one fixed date makes the same workbook the same bytes on every
 * run. The archive is patched where it lies, through the central directory, so a large
 * workbook on disk is never read whole.
 */
export interface RandomAccess {
  size: number;
  read(position: number, length: number): Buffer;
  write(position: number, bytes: Buffer): void;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** MS-DOS time 00:00:00 and date 1980-01-01, the earliest a ZIP can hold. */
const DOS_TIME_AND_DATE = Buffer.from([0x00, 0x00, 0x21, 0x00]);

export function bufferAccess(buffer: Buffer): RandomAccess {
  return {
    size: buffer.length,
    read: (position, length) => buffer.subarray(position, position + length),
    write: (position, bytes) => void bytes.copy(buffer, position),
  };
}

function endOfCentralDirectory(zip: RandomAccess): Buffer {
  const tailLength = Math.min(zip.size, 22 + 0xffff);
  const tail = zip.read(zip.size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) return tail.subarray(i, i + 22);
  }
  throw new Error('not a ZIP archive: no end of central directory');
}

export function pinZipDates(zip: RandomAccess): void {
  const end = endOfCentralDirectory(zip);
  const entries = end.readUInt16LE(10);
  const size = end.readUInt32LE(12);
  const offset = end.readUInt32LE(16);
  if (entries === 0xffff || offset === 0xffffffff) throw new Error('ZIP64 archives are not supported');
  const directory = Buffer.from(zip.read(offset, size));
  let at = 0;
  for (let n = 0; n < entries; n++) {
    if (directory.readUInt32LE(at) !== CENTRAL_HEADER) throw new Error(`ZIP central directory entry ${n + 1} is damaged`);
    DOS_TIME_AND_DATE.copy(directory, at + 12);
    const local = directory.readUInt32LE(at + 42);
    if (zip.read(local, 4).readUInt32LE(0) !== LOCAL_HEADER) throw new Error(`ZIP local header of entry ${n + 1} is damaged`);
    zip.write(local + 10, DOS_TIME_AND_DATE);
    at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
  }
  zip.write(offset, directory);
}
