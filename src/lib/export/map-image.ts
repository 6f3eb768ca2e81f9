/**
 * The map as a picture to keep or send: a title band with the date, the map
 * with a scale bar and a north arrow, and a footer with the legend and the
 * data's attribution. Drawn on a 2D canvas by hand: what it draws is a few
 * shapes and lines of text, and a DOM-to-image library would have to inline
 * the map's WebGL canvas and every stylesheet to do the same.
 */
import { niceScale, type MapSnapshot } from './snapshot';

export type MapImageDecor = {
	title: string;
	/** e.g. the date and the filter in words */
	subtitle: string;
	legend: { label: string; color: string }[];
	attribution: string;
	/** the page's font stack, so Chinese is drawn with the CJK font the page uses */
	font: string;
	/** "N" or "北" */
	north: string;
};

const BAND = 56;
const PAD = 12;

/** Splits text into lines that fit `width` (by characters, so Chinese wraps too). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text) {
		if (ctx.measureText(line + ch).width > width && line) {
			lines.push(line);
			line = ch.trimStart();
		} else line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lays out legend entries in rows; returns them with positions (CSS px). */
function legendRows(ctx: CanvasRenderingContext2D, items: MapImageDecor['legend'], width: number) {
	const placed: { x: number; y: number; label: string; color: string }[] = [];
	let x = PAD;
	let y = 0;
	for (const item of items) {
		const w = 18 + ctx.measureText(item.label).width + 16;
		if (x + w > width - PAD && x > PAD) {
			x = PAD;
			y += 20;
		}
		placed.push({ x, y, ...item });
		x += w;
	}
	return { placed, height: items.length ? y + 20 : 0 };
}

export function composeMapImage(snap: MapSnapshot, decor: MapImageDecor): HTMLCanvasElement {
	const r = snap.pixelRatio;
	const width = snap.canvas.width / r;
	const mapHeight = snap.canvas.height / r;
	const out = document.createElement('canvas');
	const probe = out.getContext('2d')!;
	probe.font = `13px ${decor.font}`;
	const legend = legendRows(probe, decor.legend, width);
	probe.font = `11px ${decor.font}`;
	const credit = wrap(probe, decor.attribution, width - 2 * PAD);
	const footer = PAD + legend.height + credit.length * 15 + PAD;

	out.width = Math.round(width * r);
	out.height = Math.round((BAND + mapHeight + footer) * r);
	const ctx = out.getContext('2d')!;
	ctx.scale(r, r);
	ctx.fillStyle = '#ffffff';
	ctx.fillRect(0, 0, width, BAND + mapHeight + footer);

	ctx.fillStyle = '#1a1a1a';
	ctx.textBaseline = 'alphabetic';
	ctx.font = `bold 18px ${decor.font}`;
	ctx.fillText(decor.title, PAD, 26, width - 2 * PAD);
	ctx.fillStyle = '#555';
	ctx.font = `12px ${decor.font}`;
	ctx.fillText(decor.subtitle, PAD, 45, width - 2 * PAD);

	ctx.drawImage(snap.canvas, 0, BAND, width, mapHeight);
	drawScale(ctx, snap, BAND + mapHeight, decor.font);
	drawNorth(ctx, snap.bearing, width - 30, BAND + 34, decor);

	let y = BAND + mapHeight + PAD;
	ctx.font = `13px ${decor.font}`;
	ctx.textBaseline = 'middle';
	for (const item of legend.placed) {
		ctx.fillStyle = item.color;
		ctx.beginPath();
		ctx.arc(item.x + 6, y + item.y + 8, 6, 0, 2 * Math.PI);
		ctx.fill();
		ctx.strokeStyle = '#ffffff';
		ctx.stroke();
		ctx.fillStyle = '#1a1a1a';
		ctx.fillText(item.label, item.x + 18, y + item.y + 8);
	}
	y += legend.height;
	ctx.font = `11px ${decor.font}`;
	ctx.fillStyle = '#555';
	for (const line of credit) {
		ctx.fillText(line, PAD, y + 7);
		y += 15;
	}
	return out;
}

function drawScale(ctx: CanvasRenderingContext2D, snap: MapSnapshot, bottom: number, font: string) {
	const s = niceScale(snap.metresPerPixel, 120);
	const x = PAD;
	const y = bottom - 16;
	ctx.fillStyle = 'rgba(255,255,255,0.85)';
	ctx.fillRect(x - 4, y - 18, s.px + 8, 26);
	ctx.strokeStyle = '#1a1a1a';
	ctx.lineWidth = 2;
	ctx.beginPath();
	ctx.moveTo(x, y - 6);
	ctx.lineTo(x, y);
	ctx.lineTo(x + s.px, y);
	ctx.lineTo(x + s.px, y - 6);
	ctx.stroke();
	ctx.fillStyle = '#1a1a1a';
	ctx.font = `11px ${font}`;
	ctx.textBaseline = 'alphabetic';
	ctx.fillText(s.label, x + 2, y - 7);
}

function drawNorth(
	ctx: CanvasRenderingContext2D,
	bearing: number,
	cx: number,
	cy: number,
	decor: MapImageDecor
) {
	ctx.save();
	ctx.fillStyle = 'rgba(255,255,255,0.85)';
	ctx.beginPath();
	ctx.arc(cx, cy, 20, 0, 2 * Math.PI);
	ctx.fill();
	ctx.translate(cx, cy);
	ctx.rotate((-bearing * Math.PI) / 180);
	ctx.fillStyle = '#c92a2a';
	ctx.beginPath();
	ctx.moveTo(0, -15);
	ctx.lineTo(6, 2);
	ctx.lineTo(-6, 2);
	ctx.closePath();
	ctx.fill();
	ctx.fillStyle = '#1a1a1a';
	ctx.font = `bold 11px ${decor.font}`;
	ctx.textAlign = 'center';
	ctx.textBaseline = 'middle';
	ctx.fillText(decor.north, 0, 10);
	ctx.restore();
}
