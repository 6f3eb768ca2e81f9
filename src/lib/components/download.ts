/**
 * Saves text as a file through a temporary object URL (no server round trip).
 * CSV gets a byte-order mark so spreadsheet programs read the Chinese as UTF-8.
 */
export function downloadText(filename: string, text: string, type: string): void {
	const body = type === 'text/csv' ? '\ufeff' + text : text;
	const a = document.createElement('a');
	a.href = URL.createObjectURL(new Blob([body], { type }));
	a.download = filename;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Saves a binary result (a PNG, a PDF) under a name. */
export function downloadBlob(filename: string, blob: Blob): void {
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	a.click();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Today as YYYY-MM-DD in local time, for file names and captions. */
export function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
