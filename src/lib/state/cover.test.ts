import { describe, expect, it } from 'vitest';
import { coverPadding } from './cover';

const screen = (w: number, h: number) => ({ left: 0, top: 0, right: w, bottom: h });

describe('coverPadding', () => {
	it('pads the left for a desktop side column and the right for the detail', () => {
		const pad = coverPadding(screen(1280, 800), [
			{ left: 10, top: 10, right: 338, bottom: 760 },
			{ left: 900, top: 10, right: 1270, bottom: 700 }
		]);
		expect(pad).toEqual({ top: 0, right: 392, bottom: 0, left: 350 });
	});
	it("pads the top for a phone's top bar and the bottom for its sheet", () => {
		const pad = coverPadding(screen(390, 844), [
			{ left: 8, top: 8, right: 340, bottom: 130 },
			{ left: 0, top: 490, right: 390, bottom: 844 }
		]);
		expect(pad).toEqual({ top: 142, right: 0, bottom: 366, left: 0 });
	});
	it('pads the left for a landscape sheet, although it is shorter than wide', () => {
		const pad = coverPadding(screen(844, 390), [
			{ left: 8, top: 8, right: 360, bottom: 110 },
			{ left: 8, top: 120, right: 360, bottom: 390 }
		]);
		// the top bar above it lies in the same strip: it pads nothing more
		expect(pad).toEqual({ top: 0, right: 0, bottom: 0, left: 372 });
	});
	it('leaves out panels off the map or empty', () => {
		expect(
			coverPadding(screen(400, 400), [
				{ left: 500, top: 0, right: 600, bottom: 100 },
				{ left: 10, top: 10, right: 10, bottom: 200 }
			])
		).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
	});
});
