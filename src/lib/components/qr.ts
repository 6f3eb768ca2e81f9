/**
 * A link as a QR code: one SVG path of unit squares (no HTML strings, no
 * canvas). Null when the link is too long for a QR code (uqr throws "Data
 * too long"): the share dialog then shows the link alone and says why.
 */
export async function qrPath(text: string): Promise<{ d: string; size: number } | null> {
	// the encoder is fetched when the share dialog first opens, not with the first view
	const { encode } = await import('uqr');
	let qr: ReturnType<typeof encode>;
	try {
		qr = encode(text, { ecc: 'M', border: 2 });
	} catch {
		return null;
	}
	let d = '';
	qr.data.forEach((row, y) =>
		row.forEach((dark, x) => {
			if (dark) d += `M${x} ${y}h1v1h-1z`;
		})
	);
	return { d, size: qr.size };
}
