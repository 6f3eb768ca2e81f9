/**
 * MapLibre's own UI strings (control tooltips, the popup's close button) in
 * the atlas's languages. Pure data; the controls apply it (./controls.ts).
 */
import { t, type Lang } from '$lib/i18n/messages';

/** MapLibre's UI strings (see its default_locale) that the atlas's controls show. */
export function mapLocale(lang: Lang): Record<string, string> {
	return {
		'AttributionControl.ToggleAttribution': t(lang, 'ctrl_toggleAttribution'),
		'AttributionControl.MapFeedback': t(lang, 'ctrl_mapFeedback'),
		'LogoControl.Title': t(lang, 'ctrl_logo'),
		'Map.Title': t(lang, 'mapLabel'),
		'Marker.Title': t(lang, 'ctrl_marker'),
		'NavigationControl.ResetBearing': t(lang, 'ctrl_resetBearing'),
		'NavigationControl.ZoomIn': t(lang, 'ctrl_zoomIn'),
		'NavigationControl.ZoomOut': t(lang, 'ctrl_zoomOut'),
		'Popup.Close': t(lang, 'ctrl_closePopup')
	};
}
