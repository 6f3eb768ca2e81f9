/**
 * The part of the map that panels cover, as a camera padding: targets flown
 * to or fitted are kept out of it. Measured from the panels on screen (those
 * marked `data-covers-map`), so one rule serves the desktop's side panels, a
 * phone's top bar and sheet, and a landscape phone's sheet at the left.
 */

export type Box = { left: number; top: number; right: number; bottom: number };
export type Padding = { top: number; right: number; bottom: number; left: number };

/**
 * Each panel covering the map pads the side that leaves the most map free
 * (a wide sheet at the bottom pads the bottom, a tall column at the left pads
 * the left); a side's padding is the largest any panel asks, plus `margin`.
 * Panels are taken largest first, and one lying wholly in the padding so far
 * asks nothing.
 */
export function coverPadding(map: Box, panels: readonly Box[], margin = 12): Padding {
	const pad: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	const area = (p: Box) => Math.max(0, p.right - p.left) * Math.max(0, p.bottom - p.top);
	// The largest panel first: a smaller one already inside its padding (a
	// landscape phone's top bar above its sheet, both at the left) adds nothing.
	for (const p of [...panels].sort((a, b) => area(b) - area(a))) {
		const overlaps =
			p.right > map.left && p.left < map.right && p.bottom > map.top && p.top < map.bottom;
		if (!overlaps || !area(p)) continue;
		const inside =
			p.right <= map.left + pad.left ||
			p.left >= map.right - pad.right ||
			p.bottom <= map.top + pad.top ||
			p.top >= map.bottom - pad.bottom;
		if (inside) continue;
		const sides: [keyof Padding, number, number][] = [
			['left', p.right - map.left, (width - (p.right - map.left)) * height],
			['right', map.right - p.left, (width - (map.right - p.left)) * height],
			['top', p.bottom - map.top, width * (height - (p.bottom - map.top))],
			['bottom', map.bottom - p.top, width * (height - (map.bottom - p.top))]
		];
		const [side, inset] = sides.reduce((best, s) => (s[2] > best[2] ? s : best));
		pad[side] = Math.max(pad[side], Math.round(inset + margin));
	}
	return pad;
}
