/**
 * What a map view holds, counted: how many entities, how many of each kind
 * and in each district (the screen-reader description of the view). At
 * 100,000 entities the view can hold them all; walking their objects after
 * every move or filter change took ~150 ms of main thread. `TallyColumns`
 * keeps kind, district and layers as typed arrays by dataset position, so a
 * tally is a loop over integers. `tallyOf` is the plain version over entity
 * objects (the reference the columns are tested against). Pure.
 */
import { CONTEXT_KINDS, LAYER_IDS, type AtlasEntity, type LayerId } from './atlas';
import type { EntityKind } from './vocabulary';

export type Tally = {
	total: number;
	/** entities per kind, kinds absent from the view left out */
	kinds: Map<EntityKind, number>;
	/** entities per district id, entities outside every district left out */
	districts: Map<string, number>;
};

/** Counts entities (each once). */
export function tallyOf(entities: Iterable<AtlasEntity>): Tally {
	const tally: Tally = { total: 0, kinds: new Map(), districts: new Map() };
	for (const e of entities) {
		tally.total++;
		tally.kinds.set(e.kind, (tally.kinds.get(e.kind) ?? 0) + 1);
		if (e.district) tally.districts.set(e.district, (tally.districts.get(e.district) ?? 0) + 1);
	}
	return tally;
}

const LAYER_BIT = new Map<LayerId, number>(LAYER_IDS.map((l, i) => [l, 1 << i]));

export class TallyColumns {
	/** per position: index into #kinds */
	readonly #kind: Uint8Array;
	/** per position: 1 + index into #districts, 0 for none */
	readonly #district: Uint16Array;
	/** per position: a bit per LAYER_IDS layer that draws it */
	readonly #layers: Uint16Array;
	readonly #kinds: EntityKind[] = [];
	readonly #districts: string[] = [];
	/** per kind index: whether filters never hide it (CONTEXT_KINDS) */
	readonly #context: boolean[] = [];

	constructor(entities: readonly AtlasEntity[]) {
		const n = entities.length;
		this.#kind = new Uint8Array(n);
		this.#district = new Uint16Array(n);
		this.#layers = new Uint16Array(n);
		const kindIndex = new Map<EntityKind, number>();
		const districtIndex = new Map<string, number>();
		for (let i = 0; i < n; i++) {
			const e = entities[i]!;
			let k = kindIndex.get(e.kind);
			if (k === undefined) {
				kindIndex.set(e.kind, (k = this.#kinds.length));
				this.#kinds.push(e.kind);
				this.#context.push(CONTEXT_KINDS.includes(e.kind));
			}
			this.#kind[i] = k;
			if (e.district) {
				let d = districtIndex.get(e.district);
				if (d === undefined) {
					districtIndex.set(e.district, (d = this.#districts.length));
					this.#districts.push(e.district);
				}
				this.#district[i] = d + 1;
			}
			let bits = 0;
			for (const l of e.layers) bits |= LAYER_BIT.get(l) ?? 0;
			this.#layers[i] = bits;
		}
		if (this.#kinds.length > 255 || this.#districts.length > 65535)
			throw new Error('tally: more kinds or districts than the columns hold');
	}

	/**
	 * Counts the entities at `positions` (each once) that a shown layer draws
	 * and that pass the filter (`passes`) or are of a kind no filter hides.
	 */
	tally(
		positions: Iterable<number>,
		passes: (position: number) => boolean,
		shown: Iterable<LayerId>
	): Tally {
		let shownBits = 0;
		for (const l of shown) shownBits |= LAYER_BIT.get(l) ?? 0;
		const kinds = new Uint32Array(this.#kinds.length);
		const districts = new Uint32Array(this.#districts.length + 1);
		let total = 0;
		for (const i of positions) {
			if (!(this.#layers[i]! & shownBits)) continue;
			const k = this.#kind[i]!;
			if (!this.#context[k] && !passes(i)) continue;
			total++;
			kinds[k]!++;
			districts[this.#district[i]!]!++;
		}
		const tally: Tally = { total, kinds: new Map(), districts: new Map() };
		kinds.forEach((n, k) => n && tally.kinds.set(this.#kinds[k]!, n));
		for (let d = 1; d < districts.length; d++)
			if (districts[d]) tally.districts.set(this.#districts[d - 1]!, districts[d]!);
		return tally;
	}
}
