/**
 * The layer registry: every group of the map, in group order, and what is
 * derived from it (draw order, which layers a legend toggle switches, which
 * are labelled, picked, filtered, drawn over an online basemap, the legend).
 * To add a kind of layer: write its group file and list it here.
 */
import type { LayerSpecification } from 'maplibre-gl';
import type { LayerId } from '$lib/data/atlas';
import { LANGS } from '$lib/i18n/messages';
import { analysis } from './analysis';
import { approx } from './approx';
import { areaLabels } from './area-labels';
import { background } from './background';
import { boundaries } from './boundaries';
import { facilities } from './facilities';
import { hubs } from './hubs';
import { metro } from './metro';
import { parks } from './parks';
import { roadGaps, roads } from './roads';
import { selection } from './selection';
import type { LayerGroup, MapLayerDef, StyleContext } from './types';
import { SLOTS } from './types';
import { user, userAreas, USER_AREA_SOURCE, USER_SOURCE } from './user';
import { water } from './water';
import { zones } from './zones';
import { sourceId } from './common';

export const GROUPS: readonly LayerGroup[] = [
	background,
	boundaries,
	water,
	roads,
	roadGaps,
	areaLabels,
	metro,
	zones,
	parks,
	approx,
	userAreas,
	user,
	selection,
	analysis,
	hubs,
	facilities
];

/** The source the selection ring is drawn from. */
export const SELECTION_SOURCE = selection.id;
/** The sources of the user's imported sites (points, polygons). */
export { USER_AREA_SOURCE, USER_SOURCE };
/** The source of the analysis tools' results. */
export const ANALYSIS_SOURCE = analysis.id;

/** The source a group draws from (none for the background). */
export function groupSource(group: LayerGroup): string | null {
	if (group.data) return sourceId(group.data);
	if (group.source) return group.id;
	return group.layers(PLACEHOLDER).some((d) => d.spec.type !== 'background') ? group.id : null;
}

export type BuiltLayer = Omit<MapLayerDef, 'spec'> & {
	group: LayerGroup;
	spec: LayerSpecification;
};

/** Every MapLibre layer, bottom first: by slot, then by group order, then as declared. */
export function buildLayerDefs(ctx: StyleContext): BuiltLayer[] {
	const built = GROUPS.flatMap((group, g) => {
		const source = groupSource(group);
		return group.layers(ctx).map((def, i) => ({
			key: [SLOTS.indexOf(def.slot), g, i] as const,
			layer: {
				...def,
				group,
				spec: (source ? { ...def.spec, source } : def.spec) as LayerSpecification
			}
		}));
	});
	built.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
	return built.map((b) => b.layer);
}

// Roles do not depend on the language or the data: read them once from a placeholder context.
const PLACEHOLDER: StyleContext = {
	lang: LANGS[0]!,
	name: ['literal', ''],
	color: ['literal', ''],
	width: (n) => n,
	denseFrom: () => 0
};
const DEFS = buildLayerDefs(PLACEHOLDER);
const ids = (keep: (d: BuiltLayer) => boolean) => DEFS.filter(keep).map((d) => d.spec.id);
const toggleOf = (d: BuiltLayer): LayerId | null => d.toggle ?? d.group.data ?? null;

/** The MapLibre layers each legend toggle switches. */
export const LAYERS_OF = Object.fromEntries(
	GROUPS.filter((g) => g.data).map((g) => [g.data, ids((d) => toggleOf(d) === g.data)])
) as Record<LayerId, string[]>;

/** Layers whose text is a feature name in the UI language. */
export const LABEL_LAYERS = ids((d) => !!d.label);

/** Layers the pointer picks from, topmost first. */
export const INTERACTIVE_LAYERS = ids((d) => !!d.interactive).reverse();

/** Layers that follow the user's filter, by kind (see MapLayerDef.filter). */
export const FILTER_LAYERS = {
	match: ids((d) => d.filter === 'match'),
	context: ids((d) => d.filter === 'context')
};

/** Sources whose features are entities, with their entity id as feature id. */
export const ENTITY_SOURCES = new Map(
	GROUPS.filter((g) => g.entities && g.data).map((g) => [g.data!, sourceId(g.data!)])
);

/** The legend: data groups with a swatch, in legend order. */
export const LEGEND = GROUPS.filter((g) => g.legend && g.data)
	.map((g) => ({ id: g.data!, ...g.legend! }))
	.sort((a, b) => a.order - b.order);

/** The legend toggle a MapLibre layer belongs to. */
export function atlasLayerOf(mapLayerId: string): LayerId | null {
	const def = DEFS.find((d) => d.spec.id === mapLayerId);
	return def ? toggleOf(def) : null;
}

export { sourceId };
