/**
 * Sets every entry's modification time in a zip to `date` (in place) and returns the zip.
 *
 * docx zips with fflate, which stamps each entry with the clock in the machine's local time zone,
 * so two exports of the same pack differ in their bytes. The DOS date and time sit at fixed
 * offsets in each central directory record and local header and are outside the CRC, so
 * rewriting them leaves a valid zip. Throws on a zip it does not understand rather than guess.
 */
export function stampZipEntries(zip: Uint8Array, stamp: Date): Uint8Array {
  const date = stamp.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : stamp; // DOS dates start in 1980
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = zip.byteLength - 22; // docx writes no zip comment
  if (eocd < 0 || view.getUint32(eocd, true) !== 0x06054b50) throw new Error('stampZipEntries: no end-of-central-directory record');
  const entries = view.getUint16(eocd + 10, true);
  let record = view.getUint32(eocd + 16, true);
  const dosTime = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(record, true) !== 0x02014b50) throw new Error('stampZipEntries: bad central directory record');
    view.setUint16(record + 12, dosTime, true);
    view.setUint16(record + 14, dosDate, true);
    const local = view.getUint32(record + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50) throw new Error('stampZipEntries: bad local header');
    view.setUint16(local + 10, dosTime, true);
    view.setUint16(local + 12, dosDate, true);
    record += 46 + view.getUint16(record + 28, true) + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
  }
  return zip;
}
