/**
 * The one schema of the atlas's dataset. TypeScript types, validation and the
 * validator's error messages all come from here (see validate/schema-messages.ts).
 *
 * Coordinates everywhere are WGS-84 [lon, lat] (RFC 7946). Values read off
 * Chinese web maps (GCJ-02, BD-09) are converted before they enter geodata/;
 * the original value and its datum are kept in `position.original`.
 */
import { z } from './zod';
import { DATUMS, KINDS, POSITION_METHODS, SLUG, STATUSES } from './vocabulary';

export { DATUMS, KINDS, POSITION_METHODS, SLUG, STATUSES };

export const Slug = z.string().regex(SLUG, 'must be a lowercase ASCII slug like "boe-wuhan"');

export const Datum = z.enum(DATUMS);
export type Datum = z.infer<typeof Datum>;

export const Kind = z.enum(KINDS);
/** What an entity in the app is: a dataset kind, or a candidate site the user imported (never in geodata/). */
export type EntityKind = Kind | 'site';
export type Kind = z.infer<typeof Kind>;

export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const PositionMethod = z.enum(POSITION_METHODS);
export type PositionMethod = z.infer<typeof PositionMethod>;

const LonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const Position = z
	.object({
		method: PositionMethod,
		/** where the position comes from: a reference id, a document, or the reasoning */
		source: z.string().min(1),
		/** radius in metres within which the true position lies, honestly stated */
		accuracy_m: z.number().positive(),
		/**
		 * the group of features whose positions no source gives individually:
		 * its members share one point (the group's centre) and are drawn as one
		 * area, not as pins in an invented pattern
		 */
		cluster: Slug.optional(),
		/** the value as published, before datum conversion */
		original: z.object({ coordinates: LonLat, datum: Datum }).strict().optional(),
		note_zh: z.string().optional(),
		note_en: z.string().optional()
	})
	.strict();
export type Position = z.infer<typeof Position>;

export const FACT_QUALIFIERS = ['exact', 'at-least', 'more-than', 'approx', 'within'] as const;
export const Fact = z
	.object({
		key: Slug,
		label_zh: z.string().min(1),
		label_en: z.string().min(1),
		value: z.number().finite(),
		/** a unit symbol or counted noun: 'PFLOPS', '%', 't', 'h', 'pieces', 'projects' */
		unit: z.string().min(1),
		/** the unit in Chinese where it differs ('枚', '项', '吨', '小时') */
		unit_zh: z.string().min(1).optional(),
		qualifier: z.enum(FACT_QUALIFIERS).default('exact'),
		/** rate period, when the value is per time */
		per: z.enum(['month', 'year']).optional()
	})
	.strict();
export type Fact = z.infer<typeof Fact>;

export const RELATION_TYPES = [
	'across-street-from',
	'adjacent-to',
	'located-in',
	'part-of',
	'phase-of',
	'links-to',
	'partner-of',
	'operated-by'
] as const;
export const Relation = z
	.object({
		type: z.enum(RELATION_TYPES),
		target: Slug,
		note_zh: z.string().optional(),
		note_en: z.string().optional()
	})
	.strict();
export type Relation = z.infer<typeof Relation>;

export const SourceRef = z
	.object({
		/** the sentence of the source document the feature comes from, verbatim */
		sentence_zh: z.string().min(1),
		/** id of a document in zone.json `sources` */
		doc: Slug
	})
	.strict();

export const FeatureProps = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		aliases: z.array(z.string().min(1)).default([]),
		kind: Kind,
		/** a chain id from zone.json, or null for hubs and landmarks */
		chain: Slug.nullable(),
		status: Status,
		status_year: z.number().int().min(1900).max(2100).nullable(),
		summary_zh: z.string().optional(),
		summary_en: z.string().optional(),
		facts: z.array(Fact).default([]),
		source: SourceRef,
		relations: z.array(Relation).default([]),
		position: Position,
		/** true only for features that lie outside the zone on purpose (the airport) */
		outside_zone: z.boolean().default(false)
	})
	.strict();
export type FeatureProps = z.infer<typeof FeatureProps>;

/** An organisation named by the source that has no place on the map (a partner). */
export const Organisation = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		aliases: z.array(z.string().min(1)).default([]),
		source: SourceRef,
		relations: z.array(Relation).default([])
	})
	.strict();
export type Organisation = z.infer<typeof Organisation>;

export const Chain = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		/** legend and marker colour, #rrggbb */
		color: z.string().regex(/^#[0-9a-f]{6}$/i)
	})
	.strict();
export type Chain = z.infer<typeof Chain>;

export const Licence = z
	.object({
		/** SPDX id, 'public-domain', or 'proprietary' for data under a provider's terms */
		licence: z.string().min(1),
		/** plain text: it is shown on the map as text, so markup is refused here */
		attribution: z
			.string()
			.min(1)
			.refine((s) => !/[<>]/.test(s), 'must be plain text: "<" and ">" (markup) are not allowed'),
		source_url: z.string().optional(),
		note: z.string().optional()
	})
	.strict();
export type Licence = z.infer<typeof Licence>;

/** geodata/zone.json: everything place-specific that is not a feature. */
export const Zone = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		short_zh: z.string().min(1),
		short_en: z.string().min(1),
		/** id of the feature in boundaries that is the zone itself */
		district_id: Slug,
		/** named hubs the access tools measure to, by role */
		hubs: z.record(z.string(), Slug),
		chains: z.array(Chain).min(1),
		sources: z.array(
			z
				.object({
					id: Slug,
					title_zh: z.string(),
					publisher_zh: z.string(),
					year: z.number().int(),
					file: z.string()
				})
				.strict()
		)
	})
	.strict();
export type Zone = z.infer<typeof Zone>;

/* ---- Context layers (boundaries/, basemap/): added for the validator ---- */

/** Properties of a feature in geodata/boundaries/*.geojson. */
export const BoundaryFeatureProps = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		role: z.enum(['zone', 'neighbour'])
	})
	.strict();

/** A river (LineString) or lake (Polygon) in geodata/basemap/. */
export const WaterProps = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		type: z.enum(['river', 'lake']),
		accuracy_m: z.number().positive()
	})
	.strict();

/** A metro line (LineString) in geodata/basemap/. */
export const MetroLineProps = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		type: z.literal('line'),
		color: z.string().regex(/^#[0-9a-f]{6}$/i)
	})
	.strict();

/** A metro station (Point) in geodata/basemap/; `lines` are metro line ids. */
export const MetroStationProps = z
	.object({
		id: Slug,
		name_zh: z.string().min(1),
		name_en: z.string().min(1),
		type: z.literal('station'),
		lines: z.array(Slug)
	})
	.strict();

/** Any basemap feature, told apart by `type`. */
export const BasemapProps = z.discriminatedUnion('type', [
	WaterProps,
	MetroLineProps,
	MetroStationProps
]);
export type BasemapProps = z.infer<typeof BasemapProps>;

/* ---- Roads (roads/): an optional road network, for the basemap and routing ---- */

/** OpenStreetMap `highway` classes a road edge may have (`_link`: a ramp of that class). */
export const ROAD_CLASSES = [
	'motorway',
	'trunk',
	'primary',
	'secondary',
	'tertiary',
	'unclassified',
	'residential',
	'living_street',
	'service',
	'pedestrian'
] as const;

/** One road edge of geodata/roads/: a LineString between two network nodes. */
export const RoadProps = z
	.object({
		highway: z
			.string()
			.refine((h) => (ROAD_CLASSES as readonly string[]).includes(h.replace(/_link$/, '')), {
				message: `must be an OpenStreetMap highway class (${ROAD_CLASSES.join(', ')}, or one of them + "_link")`
			}),
		/** node ids at the two ends; edges that share an id meet there */
		u: z.string().min(1),
		v: z.string().min(1),
		length_m: z.number().positive()
	})
	.strict();
export type RoadProps = z.infer<typeof RoadProps>;
