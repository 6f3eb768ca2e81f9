/**
 * A map control that flies back to the whole zone. A button with a text
 * label for screen readers and a house glyph drawn in CSS-free SVG.
 */
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';

const SVG_NS = 'http://www.w3.org/2000/svg';

export class HomeControl implements IControl {
	#container: HTMLDivElement | null = null;
	#button: HTMLButtonElement | null = null;
	#label: string;
	#onClick: () => void;

	constructor(label: string, onClick: () => void) {
		this.#label = label;
		this.#onClick = onClick;
	}

	onAdd(map: MaplibreMap): HTMLElement {
		const doc = map.getContainer().ownerDocument;
		const container = doc.createElement('div');
		container.className = 'maplibregl-ctrl maplibregl-ctrl-group';
		const button = doc.createElement('button');
		button.type = 'button';
		button.className = 'atlas-home';
		button.setAttribute('data-testid', 'home');
		const svg = doc.createElementNS(SVG_NS, 'svg');
		svg.setAttribute('viewBox', '0 0 24 24');
		svg.setAttribute('width', '18');
		svg.setAttribute('height', '18');
		svg.setAttribute('aria-hidden', 'true');
		const path = doc.createElementNS(SVG_NS, 'path');
		path.setAttribute('d', 'M12 3 2 12h3v8h5v-5h4v5h5v-8h3z');
		path.setAttribute('fill', '#333');
		svg.append(path);
		button.append(svg);
		button.addEventListener('click', this.#onClick);
		container.append(button);
		this.#container = container;
		this.#button = button;
		this.setLabel(this.#label);
		return container;
	}

	setLabel(label: string) {
		this.#label = label;
		this.#button?.setAttribute('aria-label', label);
		this.#button?.setAttribute('title', label);
	}

	onRemove(): void {
		this.#button?.removeEventListener('click', this.#onClick);
		this.#container?.remove();
		this.#container = null;
		this.#button = null;
	}
}
