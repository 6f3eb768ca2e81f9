/**
 * Problem details (RFC 9457) for every error of the OGC API: a JSON body with
 * type, title, status and detail, and `parameter` when a query parameter is at
 * fault. `type` is about:blank: the status says what happened, the detail why.
 */
export type Problem = {
	type: 'about:blank';
	title: string;
	status: number;
	detail: string;
	/** the query parameter at fault */
	parameter?: string;
	/** the values the parameter accepts, when they are few */
	allowed?: string[];
};

const TITLES: Record<number, string> = {
	400: 'Bad Request',
	404: 'Not Found',
	405: 'Method Not Allowed',
	406: 'Not Acceptable',
	500: 'Internal Server Error',
	503: 'Service Unavailable'
};

export function problem(
	status: number,
	detail: string,
	extra: { parameter?: string; allowed?: string[] } = {}
): Problem {
	return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
}

/** A 400 about one query parameter. */
export const badParameter = (parameter: string, detail: string, allowed?: string[]): Problem =>
	problem(400, detail, allowed ? { parameter, allowed } : { parameter });

/** Thrown by parsers; the handler turns it into its problem response. */
export class ProblemError extends Error {
	constructor(readonly problem: Problem) {
		super(problem.detail);
	}
}
