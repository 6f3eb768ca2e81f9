/** What the compiled index says about its layers and their sources. */
import type { FeatureCollection } from 'geojson';
import type { LayerId, LayerSummary } from './atlas';

/** A layer's file and counts; basemap features with a `type` are also counted by type. */
export function layerSummary(id: LayerId, fc: FeatureCollection): LayerSummary {
	const summary: LayerSummary = { file: `${id}.geojson`, count: fc.features.length };
	const types = fc.features.map((f) => f.properties?.type);
	if (types.length && types.every((t) => typeof t === 'string')) {
		const parts: Record<string, number> = {};
		for (const t of (types as string[]).sort()) parts[t] = (parts[t] ?? 0) + 1;
		summary.parts = parts;
	}
	return summary;
}

/**
 * Each attribution once: a line that another line already says (the same
 * words, a trailing full stop aside) is left out, so the control does not
 * repeat a sentence that two files of one compilation both carry.
 */
export function distinctAttributions(lines: readonly string[]): string[] {
	const core = (line: string) => line.trim().replace(/[.。]$/, '');
	const unique = [...new Set(lines.map((l) => l.trim()))];
	return unique.filter(
		(line, i) =>
			!unique.some(
				(other, j) => j !== i && other.includes(core(line)) && (other.length > line.length || j < i)
			)
	);
}
