/**
 * The assumptions of every road time: one stated table of travel speed by OSM
 * road class, a penalty per junction passed and the speed of the straight
 * connector that joins a point off the network to its nearest road. The UI
 * prints these constants beside each time, so they are the whole model: the
 * source has no speeds, no one-way flags, no turn restrictions, no traffic.
 */

/**
 * Free-flow speed in km/h by OSM `highway` class. A `_link` ramp (e.g.
 * `motorway_link`) takes the speed of its parent class; a class not listed
 * here takes {@link MINOR_SPEED_KMH}.
 */
export const SPEED_KMH_BY_CLASS: Readonly<Record<string, number>> = Object.freeze({
	motorway: 80,
	trunk: 60,
	primary: 50,
	secondary: 40,
	tertiary: 30,
	unclassified: 20,
	residential: 20,
	living_street: 20,
	service: 20,
	road: 20,
	/** a pedestrian street: a car moves at walking pace there, if at all */
	pedestrian: 5
});

/** km/h on any minor class the table does not list (track, busway, …). */
export const MINOR_SPEED_KMH = 20;

/**
 * Seconds added for each junction a route passes through (a node where three
 * or more edges meet), for braking, turning and signals. Nodes where only two
 * edges meet are shape points of one road (the source network is not
 * simplified) and cost nothing; the start and the end of a route cost nothing.
 */
export const JUNCTION_PENALTY_S = 5;

/**
 * km/h on the straight connector between a point off the network (a site, a
 * picked point, a destination beyond the data's coverage) and its nearest
 * road. A site's last few hundred metres are usually an access road or yard
 * that OpenStreetMap does not map, driven slowly; a destination beyond the
 * data's coverage (the airport, 2.4 km past the edge of the roads) is reached
 * by a straight leg that no road follows. 15 km/h, below the slowest mapped
 * road class, so an unmapped leg is never made to look fast, and every result
 * names the leg and its length.
 */
export const CONNECTOR_SPEED_KMH = 15;

/** The speed of a road class in km/h: `_link` ramps as their parent, unknown classes as minor. */
export function speedKmhOf(highway: string): number {
	const parent = highway.endsWith('_link') ? highway.slice(0, -'_link'.length) : highway;
	return SPEED_KMH_BY_CLASS[parent] ?? MINOR_SPEED_KMH;
}

/** Seconds to cover `length_m` metres at `speedKmh` km/h. */
export function travelSeconds(length_m: number, speedKmh: number): number {
	return (length_m * 3.6) / speedKmh;
}
