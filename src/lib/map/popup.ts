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
		if (content.subtitleLang) sub.lang = content.subtitleLang;
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

export type Choice = { id: string; content: PopupContent };

/**
 * A list to choose from when a click hits several features (two sites a few
 * metres apart): one button per feature, names as text. Enter or a click
 * chooses; Esc is the caller's (it closes the popup).
 */
export function chooserElement(
	heading: string,
	choices: readonly Choice[],
	onChoose: (id: string) => void,
	doc: Document = document
): HTMLElement {
	const root = doc.createElement('div');
	root.className = 'atlas-popup atlas-chooser';
	root.setAttribute('data-testid', 'chooser');
	const title = doc.createElement('p');
	title.className = 'atlas-popup-subtitle';
	title.id = `atlas-chooser-${Math.random().toString(36).slice(2)}`;
	title.textContent = heading;
	root.append(title);
	const list = doc.createElement('ul');
	list.className = 'atlas-chooser-list';
	list.setAttribute('aria-labelledby', title.id);
	for (const { id, content } of choices) {
		const item = doc.createElement('li');
		const button = doc.createElement('button');
		button.type = 'button';
		button.className = 'atlas-chooser-choice';
		button.lang = content.lang;
		button.setAttribute('data-id', id);
		if (content.swatch) {
			const swatch = doc.createElement('span');
			swatch.className = 'atlas-popup-swatch';
			swatch.style.background = content.swatch;
			swatch.setAttribute('aria-hidden', 'true');
			button.append(swatch);
		}
		const name = doc.createElement('span');
		name.textContent = content.title;
		button.append(name);
		if (content.lines[0]) {
			const kind = doc.createElement('small');
			kind.textContent = content.lines[0];
			button.append(kind);
		}
		button.addEventListener('click', () => onChoose(id));
		item.append(button);
		list.append(item);
	}
	root.append(list);
	return root;
}
