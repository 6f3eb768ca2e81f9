/**
 * Popup content as DOM text nodes. Data never goes through innerHTML/setHTML:
 * a name containing markup is shown as the characters it is.
 */
import type { EntitySummary } from '$lib/data/atlas';

export type PopupContent = EntitySummary;

export function popupElement(content: PopupContent, doc: Document = document): HTMLElement {
	const root = doc.createElement('div');
	root.className = 'atlas-popup';
	root.lang = content.lang;
	root.setAttribute('data-testid', 'popup');

	const title = doc.createElement('h2');
	title.className = 'atlas-popup-title';
	if (content.swatch) {
		const swatch = doc.createElement('span');
		swatch.className = 'atlas-popup-swatch';
		swatch.style.background = content.swatch;
		swatch.setAttribute('aria-hidden', 'true');
		title.append(swatch);
	}
	title.append(doc.createTextNode(content.title));
	root.append(title);

	if (content.subtitle) {
		const sub = doc.createElement('p');
		sub.className = 'atlas-popup-subtitle';
		sub.textContent = content.subtitle;
		root.append(sub);
	}
	for (const line of content.lines) {
		const p = doc.createElement('p');
		p.className = 'atlas-popup-line';
		p.textContent = line;
		root.append(p);
	}
	if (content.note) {
		const note = doc.createElement('p');
		note.className = 'atlas-popup-note';
		note.textContent = content.note;
		root.append(note);
	}
	return root;
}
