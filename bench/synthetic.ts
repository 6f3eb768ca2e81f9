/**
 * Synthetic facilities for the benchmark: `n` enterprises at seeded random
 * points inside the zone's own boundary, with names, aliases, chains and
 * statuses shaped like the real ones, as a features/*.geojson collection that
 * passes the geodata validator. Everything place-specific (the boundary, the
 * chains, the source document and its sentence) is read from a geodata
 * folder's parsed files; nothing here knows which zone it is.
 *
 * Coordinates are WGS-84 [lon, lat], rounded to 6 decimals like the build's.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { bboxOf } from '../src/lib/geo/bbox';
import { round6, type LonLat } from '../src/lib/geo/lonlat';
import { pointInArea } from '../src/lib/geo/point-in-area';
import type { FeatureProps, Status } from '../src/lib/data/schema';

/** The name of the file the generator adds under features/. */
export const SYNTHETIC_FILE = 'features/synthetic.geojson';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function rng(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** What the generator takes from a geodata folder. */
export type ZoneContext = {
	boundary: Polygon | MultiPolygon;
	chains: string[];
	source: { doc: string; sentence_zh: string };
};

type Files = Record<string, unknown>;
type AnyFeature = { properties?: Record<string, unknown>; geometry?: unknown };

/** Reads the zone's boundary, chains and one quoted source sentence from parsed geodata files. */
export function zoneContext(files: Files): ZoneContext {
	const zone = files['zone.json'] as { district_id: string; chains: { id: string }[] };
	const boundaries = Object.entries(files)
		.filter(([p]) => p.startsWith('boundaries/'))
		.flatMap(([, fc]) => (fc as { features: AnyFeature[] }).features);
	const district = boundaries.find((f) => f.properties?.id === zone.district_id);
	if (!district) throw new Error(`district "${zone.district_id}" is not in boundaries/`);
	// a sentence the validator already accepts: the first feature's own source
	const featureFile = Object.keys(files)
		.filter((p) => p.startsWith('features/') && p !== SYNTHETIC_FILE)
		.sort()[0];
	const first = featureFile && (files[featureFile] as { features: AnyFeature[] }).features[0];
	const source = first && (first.properties?.source as ZoneContext['source'] | undefined);
	if (!source) throw new Error('no feature with a source in features/ to quote');
	return {
		boundary: district.geometry as Polygon | MultiPolygon,
		chains: zone.chains.map((c) => c.id),
		source: { doc: source.doc, sentence_zh: source.sentence_zh }
	};
}

// brand syllables as [hanzi, pinyin], and trades as [zh, en]
const BRAND: [string, string][] = [
	['华', 'hua'],
	['科', 'ke'],
	['光', 'guang'],
	['电', 'dian'],
	['智', 'zhi'],
	['航', 'hang'],
	['达', 'da'],
	['新', 'xin'],
	['源', 'yuan'],
	['联', 'lian'],
	['创', 'chuang'],
	['天', 'tian'],
	['宇', 'yu'],
	['恒', 'heng'],
	['信', 'xin'],
	['盛', 'sheng'],
	['泰', 'tai'],
	['安', 'an'],
	['飞', 'fei'],
	['龙', 'long'],
	['凯', 'kai'],
	['瑞', 'rui'],
	['博', 'bo'],
	['远', 'yuan'],
	['通', 'tong'],
	['汇', 'hui'],
	['诚', 'cheng'],
	['鑫', 'xin'],
	['长', 'chang'],
	['江', 'jiang']
];
const TRADE: [string, string][] = [
	['光电', 'Optoelectronics'],
	['电子', 'Electronics'],
	['物流', 'Logistics'],
	['制造', 'Manufacturing'],
	['食品', 'Foods'],
	['医药', 'Pharmaceuticals'],
	['信息', 'Information'],
	['材料', 'Materials'],
	['装备', 'Equipment'],
	['网络', 'Networks']
];
const STATUSES: Status[] = [
	'operating',
	'in-production',
	'completed',
	'under-construction',
	'planned',
	'signed',
	'upgrading'
];
const KINDS: FeatureProps['kind'][] = ['enterprise', 'enterprise', 'enterprise', 'project', 'lab'];

function pick<T>(r: () => number, xs: readonly T[]): T {
	return xs[Math.floor(r() * xs.length)] as T;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A seeded point inside the area (rejection sampling over its bbox). */
function pointInside(r: () => number, area: Polygon | MultiPolygon, box: number[]): LonLat {
	const [w, s, e, n] = box as [number, number, number, number];
	for (;;) {
		const p: LonLat = [round6(w + r() * (e - w)), round6(s + r() * (n - s))];
		if (pointInArea(p, area)) return p;
	}
}

/** `n` synthetic facilities inside the zone, the same for the same seed. */
export function syntheticFacilities(
	ctx: ZoneContext,
	n: number,
	seed = 1
): FeatureCollection<Point, FeatureProps> {
	const r = rng(seed);
	const box = bboxOf(ctx.boundary);
	const features: Feature<Point, FeatureProps>[] = [];
	for (let i = 0; i < n; i++) {
		const a = pick(r, BRAND);
		const b = pick(r, BRAND);
		const [tradeZh, tradeEn] = pick(r, TRADE);
		const brandZh = a[0] + b[0];
		const brandEn = capital(a[1] + b[1]);
		const id = `syn-${String(i + 1).padStart(6, '0')}`;
		const status = pick(r, STATUSES);
		const props: FeatureProps = {
			id,
			name_zh: `${brandZh}${tradeZh}${i + 1}号有限公司`,
			name_en: `${brandEn} ${tradeEn} No. ${i + 1} Co., Ltd.`,
			aliases: [brandZh + tradeZh, `${brandEn} ${tradeEn}`],
			kind: pick(r, KINDS),
			chain: pick(r, ctx.chains),
			status,
			status_year: 2000 + Math.floor(r() * 25),
			facts: [],
			source: { ...ctx.source },
			relations: [],
			position: {
				method: 'estimated',
				source: `synthetic benchmark point (seed ${seed})`,
				accuracy_m: 50 + Math.floor(r() * 450)
			},
			outside_zone: false
		};
		features.push({
			type: 'Feature',
			id,
			properties: props,
			geometry: { type: 'Point', coordinates: pointInside(r, ctx.boundary, box) }
		});
	}
	return {
		type: 'FeatureCollection',
		// the validator wants a licence on every file; this one is generated, not sourced
		meta: {
			licence: 'CC0-1.0',
			attribution: `Synthetic benchmark facilities (${n}, seed ${seed}), not real places`
		},
		features
	} as FeatureCollection<Point, FeatureProps>;
}
