/**
 * Adds the chain symbols (SDF images drawn in code, see layers/chain-symbols)
 * when a style first asks for one (the map's missing-image resolver): no sprite sheet, no request, and a new
 * style (a basemap switch) simply asks again.
 */
import * as maplibre from 'maplibre-gl';
import type { AtlasIndex } from '$lib/data/atlas';
import { CHAIN_SYMBOL_PREFIX, chainShape, shapeSdf } from './layers/chain-symbols';

const SIZE = 32;

/**
 * A new map that resolves its style's requests for chain symbols (the
 * resolver lives and dies with the map: nothing to unsubscribe).
 */
export function withChainSymbols(
	chains: AtlasIndex['zone']['chains'],
	options: maplibre.MapOptions
): maplibre.Map {
	const map = new maplibre.Map(options);
	// MapLibre 6 awaits this resolver before it calls an image missing (an event
	// listener would be too late for the tile that asked).
	map.setMissingStyleImageResolver((id) => {
		if (!id.startsWith(CHAIN_SYMBOL_PREFIX) || map.hasImage(id)) return;
		const i = chains.findIndex((c) => CHAIN_SYMBOL_PREFIX + c.id === id);
		if (i < 0) return;
		const data = shapeSdf(chainShape(i), SIZE);
		map.addImage(id, { width: SIZE, height: SIZE, data }, { sdf: true, pixelRatio: 2 });
	});
	return map;
}
