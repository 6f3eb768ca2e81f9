/**
 * The app's state and catalog reach components through Svelte context: the
 * route sets one AtlasView; every component that needs it calls getAtlasView().
 */
import { createContext } from 'svelte';
import type { AtlasView } from './view.svelte';

export const [getAtlasView, setAtlasView] = createContext<AtlasView>();
