/**
 * The filter on compact columns: one bitset (a Uint32Array, a bit per
 * entity) per facet value, built once per dataset, so a filter change or
 * the facet counts cost a few thousand word operations at 100,000 entities,
 * not a walk over every entity's fields. Gives exactly what `applyFilter`
 * and `facetCounts` (query.ts, the reference) give. Pure.
 */
import type { AtlasEntity } from './atlas';
import { FACETS, facetValues, propValue, type Facet, type Filter } from './query';

type Bits = Uint32Array;

/** How many bits are set in a 32-bit word. */
function popcount(x: number): number {
	x -= (x >>> 1) & 0x55555555;
	x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
	return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** What a filter leaves: the bitset and its entities in dataset order. */
export class Selection {
	readonly bits: Bits;
	readonly entities: AtlasEntity[];

	constructor(bits: Bits, all: readonly AtlasEntity[]) {
		this.bits = bits;
		const entities: AtlasEntity[] = [];
		for (let w = 0; w < bits.length; w++) {
			let word = bits[w]!;
			while (word) {
				const low = word & -word;
				entities.push(all[w * 32 + 31 - Math.clz32(low)]!);
				word ^= low;
			}
		}
		this.entities = entities;
	}

	/** Whether the entity at `position` (its index in the dataset) passes. */
	has(position: number): boolean {
		return position >= 0 && (this.bits[position >>> 5]! & (1 << (position & 31))) !== 0;
	}
}

export class FilterColumns {
	readonly entities: readonly AtlasEntity[];
	readonly #words: number;
	/** facet → value → the entities having it, values in first-seen order */
	readonly #values = {} as Record<Facet, Map<string, Bits>>;
	readonly #position = new Map<string, number>();
	/** every entity */
	readonly #all: Bits;
	/** the imported sites (the only ones with their own columns) */
	readonly #imported: number[] = [];

	/** `upTo`: how many entities to take in now (the rest by #fill, see inSlices). */
	constructor(entities: readonly AtlasEntity[], upTo = entities.length) {
		this.entities = entities;
		const n = entities.length;
		this.#words = (n + 31) >>> 5;
		for (const facet of FACETS) this.#values[facet] = new Map();
		this.#all = new Uint32Array(this.#words);
		this.#fill(0, upTo);
	}

	/**
	 * The same columns, built `per` entities at a time with `pause` between
	 * (one short task each at 100,000 entities, not one of ~150 ms).
	 */
	static async inSlices(
		entities: readonly AtlasEntity[],
		pause: () => Promise<void>,
		per = 10_000
	): Promise<FilterColumns> {
		const columns = new FilterColumns(entities, 0);
		for (let start = 0; start < entities.length; start += per) {
			await pause();
			columns.#fill(start, Math.min(entities.length, start + per));
		}
		return columns;
	}

	/** Takes in the entities at positions [from, to). */
	#fill(from: number, to: number) {
		const entities = this.entities;
		for (let i = from; i < to; i++) {
			const e = entities[i]!;
			this.#position.set(e.id, i);
			if (e.user) this.#imported.push(i);
			const word = i >>> 5;
			const bit = 1 << (i & 31);
			this.#all[word]! |= bit;
			for (const facet of FACETS) {
				const byValue = this.#values[facet];
				for (const v of facetValues(e, facet)) {
					let bits = byValue.get(v);
					if (!bits) byValue.set(v, (bits = new Uint32Array(this.#words)));
					bits[word]! |= bit;
				}
			}
		}
	}

	/** an entity's road seconds to a hub role (Infinity: no road), a column per role asked */
	readonly #road = new Map<string, Float64Array>();

	#seconds(role: string): Float64Array {
		let column = this.#road.get(role);
		if (!column) {
			column = Float64Array.from(this.entities, (e) => e.road?.[role]?.s ?? Infinity);
			this.#road.set(role, column);
		}
		return column;
	}

	/** The values entities have for a facet, in first-seen order. */
	values(facet: Facet): Iterable<string> {
		return this.#values[facet].keys();
	}

	/** The dataset index of an entity, or -1. */
	position(id: string): number {
		return this.#position.get(id) ?? -1;
	}

	/** The entities that pass the filter (what `applyFilter` gives). */
	select(f: Filter): Selection {
		return new Selection(this.#mask(f), this.entities);
	}

	/**
	 * For each facet, how many entities each value would leave beside the
	 * other facets' choices (what `facetCounts` gives; values counting 0 are left out).
	 */
	counts(f: Filter): Record<Facet, Map<string, number>> {
		const rest = this.#rest(f);
		const facetMasks = FACETS.map((facet) => this.#facetMask(f, facet));
		const counts = {} as Record<Facet, Map<string, number>>;
		FACETS.forEach((facet, k) => {
			// the other facets' choices and the rest of the filter, without this facet's
			const base = rest.slice();
			facetMasks.forEach((mask, j) => j !== k && mask && and(base, mask));
			const map = new Map<string, number>();
			for (const [v, bits] of this.#values[facet]) {
				let count = 0;
				for (let w = 0; w < base.length; w++) count += popcount(base[w]! & bits[w]!);
				if (count) map.set(v, count);
			}
			counts[facet] = map;
		});
		return counts;
	}

	#mask(f: Filter): Bits {
		const mask = this.#rest(f);
		for (const facet of FACETS) {
			const m = this.#facetMask(f, facet);
			if (m) and(mask, m);
		}
		return mask;
	}

	/** The entities having one of the facet's chosen values; null when nothing is chosen. */
	#facetMask(f: Filter, facet: Facet): Bits | null {
		if (!f[facet].length) return null;
		const mask = new Uint32Array(this.#words);
		for (const v of f[facet]) {
			const bits = this.#values[facet].get(v);
			if (bits) for (let w = 0; w < mask.length; w++) mask[w]! |= bits[w]!;
		}
		return mask;
	}

	/** The filter's parts other than the facets: the text, the reach, the imported columns. */
	#rest(f: Filter): Bits {
		const mask = this.#all.slice();
		if (f.textIds) {
			const text = new Uint32Array(this.#words);
			for (const id of f.textIds) {
				const i = this.#position.get(id);
				if (i !== undefined) text[i >>> 5]! |= 1 << (i & 31);
			}
			and(mask, text);
		}
		if (f.reach) {
			const seconds = this.#seconds(f.reach.role);
			const limit = f.reach.minutes * 60;
			const keep = new Uint32Array(this.#words);
			for (let i = 0; i < seconds.length; i++)
				if (seconds[i]! <= limit) keep[i >>> 5]! |= 1 << (i & 31);
			and(mask, keep);
		}
		const props = Object.entries(f.props ?? {})
			.filter(([, values]) => values.length > 0)
			.map(([column, values]) => [column, new Set(values)] as const);
		if (props.length) {
			// only imported sites have columns of their own: only they can pass
			const keep = new Uint32Array(this.#words);
			for (const i of this.#imported) {
				const e = this.entities[i]!;
				const pass = props.every(([column, values]) => {
					const v = propValue(e, column);
					return v !== undefined && values.has(v);
				});
				if (pass) keep[i >>> 5]! |= 1 << (i & 31);
			}
			and(mask, keep);
		}
		return mask;
	}
}

function and(into: Bits, other: Bits) {
	for (let w = 0; w < into.length; w++) into[w]! &= other[w]!;
}
