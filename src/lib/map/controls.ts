/**
 * The map's own controls (zoom and compass, the whole-zone button, the scale,
 * the attribution) in the UI language. MapLibre reads its UI strings from the
 * map's `locale` when a control is added or a popup builds its close button,
 * so a language switch patches the locale and adds the controls again.
 */
import * as maplibre from 'maplibre-gl';
import type { IControl, Map as MaplibreMap } from 'maplibre-gl';
import { t, type Lang } from '$lib/i18n/messages';
import { HomeControl } from './home-control';
import { mapLocale } from './locale';

/** The map's controls, put back in the same corners and order when the language changes. */
export class MapControls {
	#map: MaplibreMap;
	#home: HomeControl;
	#added: Array<[IControl, maplibre.ControlPosition]> = [];

	constructor(map: MaplibreMap, lang: Lang, onHome: () => void) {
		this.#map = map;
		this.#home = new HomeControl(t(lang, 'wholeZone'), onHome);
		this.#add(lang);
	}

	#add(lang: Lang) {
		this.#added = [
			[new maplibre.NavigationControl({ visualizePitch: false }), 'top-right'],
			[this.#home, 'top-right'],
			[new maplibre.ScaleControl({ unit: 'metric' }), 'bottom-left'],
			[new maplibre.AttributionControl({ compact: true }), 'bottom-right']
		];
		for (const [control, corner] of this.#added) this.#map.addControl(control, corner);
		this.#map.getCanvas().setAttribute('aria-label', t(lang, 'mapLabel'));
	}

	/** The compact attribution starts open; folded, it does not cover the map. */
	foldAttribution() {
		this.#map
			.getContainer()
			.querySelector('.maplibregl-ctrl-attrib')
			?.classList.remove('maplibregl-compact-show');
	}

	/** Every control (and every popup opened from now on) in this language. */
	setLang(lang: Lang) {
		// `_locale` is the map's UI string table: MapLibre has no setter, its
		// `locale` option only seeds it, and the controls read it when added.
		this.#map._locale = { ...this.#map._locale, ...mapLocale(lang) };
		for (const [control] of this.#added) this.#map.removeControl(control);
		this.#home.setLabel(t(lang, 'wholeZone'));
		this.#add(lang);
		this.foldAttribution();
	}
}
