// CRC-32 (the zip/PNG polynomial): catches every one- or two-character typo and any truncation of a
// pasted code or link. Not a signature: anyone can recompute it, which is why results are
// described as self-reported.
const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 of the UTF-8 bytes of `text`, as 8 lowercase hex digits. */
export function crc32(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let crc = 0xffffffff;
	for (const b of bytes) crc = TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8);
	return ((crc ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}
