/**
 * What every layer group shares: the palette, fonts, the name and chain-colour
 * expressions and the feature-state tests. Pure data; no map object.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import type { AtlasIndex, LayerId } from '$lib/data/atlas';
import { LANGS, LOCALES, type Lang } from '$lib/i18n/messages';

/** Latin labels from local fonts; CJK comes from the map's localIdeographFontFamily. */
export const TEXT_FONT = ['Noto Sans Regular', 'DejaVu Sans', 'Arial', 'sans-serif'];
export const TEXT_FONT_BOLD = ['Noto Sans Bold', 'DejaVu Sans Bold', 'Arial Bold', 'sans-serif'];
export const CJK_FONT_FAMILY =
	'"Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", sans-serif';

export const PALETTE = {
	paper: '#f3f1ec',
	neighbour: '#e7e5df',
	neighbourLine: '#bdb8ad',
	zone: '#fdfcf9',
	zoneLine: '#5b4f3f',
	water: '#b5d3e7',
	waterLine: '#7fb0d3',
	ink: '#2b2b2b',
	halo: '#ffffff',
	muted: '#6b665d',
	planning: '#6d5bd0',
	hub: '#263238',
	noChain: '#607d8b',
	analysis: '#c2410c'
} as const;

/** The GeoJSON source of a compiled data layer. */
export function sourceId(layer: LayerId): string {
	return `atlas-${layer}`;
}

/**
 * A feature's label in the UI language, then in the others (in LANGS order)
 * where it has none: its short map label (`label_<lang>`, entities) or its name.
 */
export function nameField(lang: Lang): ExpressionSpecification {
	const order = [lang, ...LANGS.filter((l) => l !== lang)];
	return [
		'coalesce',
		...order.flatMap((l) => [
			['get', `label_${l}`],
			['get', `name_${l}`]
		])
	] as ExpressionSpecification;
}

/**
 * How wide a label line may be, in ems, for labels of about `chars` Chinese
 * characters: a Han character is one em wide, Latin letters about half, so
 * English lines get twice the ems for the same width of text (fewer lines).
 */
export function labelWidth(lang: Lang, chars: number): number {
	return LOCALES[lang].script === 'han' ? chars : chars * 2;
}

/** Colour by industry chain, from the dataset's chain table; grey for none. */
export function chainColor(index: AtlasIndex): ExpressionSpecification {
	// A match needs at least one label/output pair; with no chains every feature is grey.
	if (index.zone.chains.length === 0) return ['literal', PALETTE.noChain];
	const pairs = index.zone.chains.flatMap((c) => [c.id, c.color]);
	return [
		'match',
		['get', 'chain'],
		...pairs,
		PALETTE.noChain
	] as unknown as ExpressionSpecification;
}

export const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
export const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Where a point's label may go, in order of preference: below, above, beside, then the corners. */
export const LABEL_ANCHORS: (
	'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'
)[] = ['top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

/**
 * A message with `{key}` placeholders as a text expression: each placeholder
 * becomes the expression given for it ('' when none is).
 */
export function template(
	text: string,
	values: Record<string, ExpressionSpecification>
): ExpressionSpecification {
	const parts = text.split(/\{(\w+)\}/).flatMap((part, i) => {
		if (i % 2 === 0) return part ? [part] : [];
		return [values[part] ?? ''];
	});
	return ['concat', '', ...parts] as ExpressionSpecification;
}
