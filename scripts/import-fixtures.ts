/**
 * Writes tests/fixtures/import/: the three-site files the import tests and
 * the e2e spec read (a GBK CSV and an xlsx in GCJ-02, a GeoJSON with a
 * polygon) and one file per bad input. The sites are three real positions
 * from geodata/ (WGS-84), converted to GCJ-02 with gcoord as a user copying
 * them from Amap would have them. Re-run after changing it:
 *
 *   npx tsx scripts/import-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { convert } from '../src/lib/geo/datum';
import { round6, type LonLat } from '../src/lib/geo/lonlat';

const ROOT = new URL('../', import.meta.url).pathname;
const OUT = join(ROOT, 'tests/fixtures/import');
const IDS = ['whu-cyber-school', 'hust-cyber-school', 'dongxihu-district-seat'];
const USE = ['科研', '科研', '行政'];

type Site = { id: string; name: string; wgs: LonLat; gcj: LonLat };

function sites(): Site[] {
	const found: Site[] = [];
	for (const file of ['cybersecurity', 'hubs']) {
		const fc = JSON.parse(readFileSync(join(ROOT, `geodata/features/${file}.geojson`), 'utf8'));
		for (const f of fc.features) {
			if (!IDS.includes(f.properties.id)) continue;
			const wgs = f.geometry.coordinates as LonLat;
			const gcj = convert(wgs, 'WGS-84', 'GCJ-02').map(round6) as LonLat;
			found.push({ id: f.properties.id, name: f.properties.name_zh, wgs, gcj });
		}
	}
	return IDS.map((id) => found.find((s) => s.id === id)!);
}

/** GBK bytes of a string: TextDecoder knows GBK, so invert it over the two-byte range. */
function gbk(text: string): Uint8Array {
	const table = new Map<string, [number, number]>();
	const dec = new TextDecoder('gbk', { fatal: true });
	for (let a = 0x81; a <= 0xfe; a++) {
		for (let b = 0x40; b <= 0xfe; b++) {
			try {
				const ch = dec.decode(new Uint8Array([a, b]));
				if (!table.has(ch)) table.set(ch, [a, b]);
			} catch {
				/* not a GBK pair */
			}
		}
	}
	const out: number[] = [];
	for (const ch of text) {
		if (ch.charCodeAt(0) < 0x80) out.push(ch.charCodeAt(0));
		else out.push(...table.get(ch)!);
	}
	return new Uint8Array(out);
}

/** A zip with one stored (uncompressed) entry: a zip that is not a workbook. */
function zip(name: string, content: string): Uint8Array {
	const data = Buffer.from(content);
	const fname = Buffer.from(name);
	const crc = crc32(data);
	const local = Buffer.alloc(30);
	local.writeUInt32LE(0x04034b50, 0);
	local.writeUInt16LE(20, 4);
	local.writeUInt32LE(crc, 14);
	local.writeUInt32LE(data.length, 18);
	local.writeUInt32LE(data.length, 22);
	local.writeUInt16LE(fname.length, 26);
	const central = Buffer.alloc(46);
	central.writeUInt32LE(0x02014b50, 0);
	central.writeUInt16LE(20, 4);
	central.writeUInt16LE(20, 6);
	central.writeUInt32LE(crc, 16);
	central.writeUInt32LE(data.length, 20);
	central.writeUInt32LE(data.length, 24);
	central.writeUInt16LE(fname.length, 28);
	const offset = local.length + fname.length + data.length;
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(1, 8);
	end.writeUInt16LE(1, 10);
	end.writeUInt32LE(central.length + fname.length, 12);
	end.writeUInt32LE(offset, 16);
	return Buffer.concat([local, fname, data, central, fname, end]);
}

const csv = (rows: (string | number)[][]) => rows.map((r) => r.join(',')).join('\r\n') + '\r\n';

function main() {
	mkdirSync(OUT, { recursive: true });
	const s = sites();
	const write = (name: string, data: string | Uint8Array) => writeFileSync(join(OUT, name), data);
	const header = ['名称', '经度', '纬度', '用地性质'];
	const rows = s.map((x, i) => [x.name, x.gcj[0], x.gcj[1], USE[i]!]);
	write('sites-gbk.csv', gbk(csv([header, ...rows])));
	write('sites-utf8-bom.csv', '\ufeff' + csv([header, ...rows]));

	const wb = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(
		wb,
		XLSX.utils.aoa_to_sheet([['说明'], ['候选地块，坐标取自高德地图']]),
		'说明'
	);
	XLSX.utils.book_append_sheet(
		wb,
		XLSX.utils.aoa_to_sheet([['名称', 'lng', 'lat', '用地性质'], ...rows]),
		'地块'
	);
	// the sites' sheet first: the import reads the first sheet unless told otherwise
	wb.SheetNames.reverse();
	write('sites-gcj.xlsx', new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' })));

	write('wrong-type.pdf', '%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
	write('empty.csv', '');
	write('header-only.csv', csv([header]));
	write('swapped.csv', csv([header, ...s.map((x, i) => [x.name, x.gcj[1], x.gcj[0], USE[i]!])]));
	write('out-of-range.csv', csv([header, rows[0]!, [s[1]!.name, 114.13, 300.5, '科研'], rows[2]!]));
	write('far-outside.csv', csv([header, rows[0]!, ['北京天安门', 116.397, 39.909, '行政']]));
	write(
		'address-only.csv',
		csv([
			['名称', '地址'],
			['某地块', '武汉市东西湖区金银湖路 1 号']
		])
	);
	write(
		'broken.kml',
		'<?xml version="1.0"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>A</name><Point><coordinates>114.1,30.6</coordinates></Point>\n'
	);
	write('zip-not-xlsx.xlsx', zip('notes.txt', 'not a workbook\n'));
	write(
		'one-column.csv',
		csv([['名称', '坐标'], ...s.map((x) => [x.name, `"${x.gcj[1]},${x.gcj[0]}"`])])
	);

	const [a] = s;
	const d = 0.004;
	const ring = [
		[a!.wgs[0] - d, a!.wgs[1] - d],
		[a!.wgs[0] + d, a!.wgs[1] - d],
		[a!.wgs[0] + d, a!.wgs[1] + d],
		[a!.wgs[0] - d, a!.wgs[1] + d],
		[a!.wgs[0] - d, a!.wgs[1] - d]
	].map((p) => p.map(round6));
	const geojson = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { name: '地块甲' },
				geometry: { type: 'Polygon', coordinates: [ring] }
			},
			{
				type: 'Feature',
				properties: { name: '地块乙' },
				geometry: { type: 'Point', coordinates: s[1]!.wgs }
			},
			{
				type: 'Feature',
				properties: { name: 'line' },
				geometry: { type: 'LineString', coordinates: [s[1]!.wgs, s[2]!.wgs] }
			}
		]
	};
	write('sites.geojson', JSON.stringify(geojson, null, 1) + '\n');
	const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
${s.map((x) => `<Placemark><name>${x.name}</name><Point><coordinates>${x.wgs[0]},${x.wgs[1]}</coordinates></Point></Placemark>`).join('\n')}
</Document></kml>
`;
	write('sites.kml', kml);
	console.log(`wrote ${OUT}`);
}

main();
