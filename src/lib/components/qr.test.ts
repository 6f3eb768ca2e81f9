import { describe, expect, it } from 'vitest';
import { qrPath } from './qr';

describe('qrPath', () => {
	it('draws a link as unit squares', async () => {
		const qr = (await qrPath('http://127.0.0.1:3000/?sel=boe-wuhan'))!;
		expect(qr.size).toBeGreaterThan(20);
		expect(qr.d).toMatch(/^M\d+ \d+h1v1h-1z/);
	});

	it('gives null, not an exception, for a link too long for any QR code', async () => {
		expect(await qrPath('http://x/?m=' + 'a'.repeat(5000))).toBeNull();
	});
});
