/**
 * What a file is, from its bytes and content (its name only breaks ties):
 * a zip is an xlsx only when it holds an Excel workbook; text is GeoJSON when
 * it starts like JSON, KML when it is XML with a <kml> root, otherwise a table
 * (CSV). Empty files and files over MAX_IMPORT_BYTES are refused before parsing.
 */
import type { FileProblem, ImportFormat } from './types';

/** 50 MB: beyond this a browser tab risks running out of memory while parsing. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type Sniffed = { ok: true; format: ImportFormat } | { ok: false; problem: FileProblem };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** Binary formats people drop by mistake (by their magic bytes). */
const BINARY: number[][] = [
	[0xd0, 0xcf, 0x11, 0xe0], // OLE: the old .xls, .doc
	[0x25, 0x50, 0x44, 0x46], // %PDF
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x47, 0x49, 0x46, 0x38], // GIF
	[0x1f, 0x8b], // gzip
	[0x52, 0x61, 0x72, 0x21], // RAR
	[0x37, 0x7a, 0xbc, 0xaf] // 7z
];

/** Latin-1 view of some bytes, to look for ASCII markers in binary or any-encoded text. */
function ascii(bytes: Uint8Array, from = 0, to = bytes.length): string {
	let s = '';
	for (let i = from; i < to; i += 8192) {
		s += String.fromCharCode(...bytes.subarray(i, Math.min(to, i + 8192)));
	}
	return s;
}

/** Whether a zip holds an Excel workbook (entry names are stored uncompressed). */
export function isXlsxZip(bytes: Uint8Array): boolean {
	// the central directory is at the end; small files are read whole
	const tail = ascii(bytes, Math.max(0, bytes.length - 65536));
	const head = ascii(bytes, 0, Math.min(bytes.length, 65536));
	return /xl\/workbook\.xml/.test(tail) || /xl\/workbook\.xml/.test(head);
}

export function sniffFormat(bytes: Uint8Array, fileName = ''): Sniffed {
	if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
	if (bytes.length > MAX_IMPORT_BYTES) {
		const mb = Math.round(bytes.length / 1024 / 1024);
		return { ok: false, problem: { code: 'tooLarge', values: { mb, max: 50 } } };
	}
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		return isXlsxZip(bytes)
			? { ok: true, format: 'xlsx' }
			: { ok: false, problem: { code: 'zipNotXlsx' } };
	}
	if (BINARY.some((sig) => startsWith(bytes, sig))) {
		return { ok: false, problem: { code: 'wrongType' } };
	}
	const head = ascii(bytes, 0, Math.min(bytes.length, 4096));
	// NUL bytes in the first 4 kB (not UTF-16 text): some other binary file
	const utf16 = startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);
	if (!utf16 && /\0/.test(head)) return { ok: false, problem: { code: 'wrongType' } };
	const text = head
		.replace(/^\xef\xbb\xbf/, '')
		.replace(/\0/g, '')
		.trimStart();
	if (text === '') return { ok: false, problem: { code: 'empty' } };
	if (text.startsWith('{') || text.startsWith('[')) return { ok: true, format: 'geojson' };
	if (text.startsWith('<')) {
		return /<kml[\s>]/i.test(head.replace(/\0/g, '')) || /\.kml$/i.test(fileName)
			? { ok: true, format: 'kml' }
			: { ok: false, problem: { code: 'wrongType' } };
	}
	if (/\.kml$/i.test(fileName)) return { ok: true, format: 'kml' };
	return { ok: true, format: 'csv' };
}
