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
