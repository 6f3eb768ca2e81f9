/**
 * The benchmark's results as Markdown tables (the README's Performance
 * section is pasted from this). `tsx bench/table.ts [bench/results.json]`
 * prints them again from a results file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Row = {
	task: string;
	app: string;
	baseline: string;
	app_ms: number;
	baseline_ms: number | null;
	speedup: number | null;
	same_answer: boolean | null;
	rounds: number;
};
type Median = Record<string, number | null>;
type Report = {
	notes?: string[];
	options: { loads: number[] | number; rounds: number };
	machine: {
		cpu: string;
		cores: number;
		memory_gb: number;
		os: string;
		node: string;
		chromium: string;
	};
	results: {
		size: string;
		entities: number;
		node?: Row[];
		browser?: { loads: number; app: Median; plain: Median };
	}[];
};

function ms(x: number | null | undefined): string {
	if (x === null || x === undefined) return '–';
	if (x >= 10_000) return `${(x / 1000).toFixed(1)} s`;
	if (x >= 1000) return `${(x / 1000).toFixed(2)} s`;
	if (x >= 10) return `${x.toFixed(0)} ms`;
	if (x >= 1) return `${x.toFixed(1)} ms`;
	return `${(x * 1000).toFixed(0)} µs`;
}

function ratio(a: number | null | undefined, b: number | null | undefined): string {
	if (a == null || b == null || !(b > 0)) return '–';
	const r = a / b;
	return `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`;
}

const METRICS: [string, string, (x: number | null) => string][] = [
	['ready_ms', 'navigation → map ready', ms],
	['cpu_ms', 'main-thread CPU until ready', ms],
	['longest_task_ms', 'longest task until ready', ms],
	['heap_mb', 'JS heap after GC', (x) => (x === null ? '–' : `${x.toFixed(0)} MB`)],
	[
		'transferred_kb',
		'bytes transferred until ready',
		(x) => (x === null ? '–' : `${(x / 1000).toFixed(1)} MB`)
	],
	['filter_ms', 'filter click → map idle (plain: setFilter)', ms],
	['filter_cpu_ms', '… its main-thread CPU', ms],
	['search_ms', 'search input → results shown', ms],
	['search_cpu_ms', '… its main-thread CPU', ms],
	['detail_ms', 'search result → detail panel shown', ms],
	['detail_cpu_ms', '… its main-thread CPU', ms]
];

/** The search row names its queries, which come from each dataset: one row for all. */
const taskName = (row: Row) =>
	row.task.startsWith('search, top 8')
		? 'search, top 8 (a Chinese alias, a Latin word prefix, a short prefix)'
		: row.task;

export function formatTables(report: Report): string {
	const out: string[] = [];
	const label = (r: Report['results'][number]) => r.entities.toLocaleString('en');
	const browser = report.results.filter((r) => r.browser);
	if (browser.length) {
		out.push(
			`Browser: app ÷ plain MapLibre page with the same GeoJSON (× lower is better); medians of ${browser.map((r) => r.browser!.loads).join(' / ')} cold loads`,
			'',
			`| entities → | ${browser.map((r) => `${label(r)}: app | plain | ×`).join(' | ')} |`,
			`|---|${browser.map(() => '---|---|---|').join('')}`
		);
		for (const [key, name, fmt] of METRICS) {
			const cells = browser.map((r) => {
				const a = r.browser!.app[key] ?? null;
				const p = r.browser!.plain[key] ?? null;
				return `${fmt(a)} | ${fmt(p)} | ${ratio(a, p)}`;
			});
			out.push(`| ${name} | ${cells.join(' | ')} |`);
		}
		out.push('');
	}
	const node = report.results.filter((r) => r.node);
	if (node.length) {
		const tasks = [...new Set(node.flatMap((r) => r.node!.map((row) => taskName(row))))];
		out.push(
			`Node: the app's modules ÷ a naive baseline doing the same task in the same process (× = baseline ÷ app, higher is better); medians per query of ${node.map((r) => Math.max(...r.node!.map((x) => x.rounds))).join(' / ')} alternating rounds`,
			'',
			`| entities → | ${node.map((r) => `${label(r)}: app | baseline | ×`).join(' | ')} |`,
			`|---|${node.map(() => '---|---|---|').join('')}`
		);
		for (const task of tasks) {
			const cells = node.map((r) => {
				const row = r.node!.find((x) => taskName(x) === task);
				if (!row) return '– | – | –';
				const mark = row.same_answer === false ? ' (answers differ)' : '';
				return `${ms(row.app_ms)} | ${ms(row.baseline_ms)} | ${ratio(row.baseline_ms, row.app_ms)}${mark}`;
			});
			out.push(`| ${task} | ${cells.join(' | ')} |`);
		}
		out.push('', 'What each side does:', '');
		for (const row of node[node.length - 1]!.node!.concat(node[0]!.node!)) {
			const line = `- ${taskName(row)}: app ${row.app}; baseline ${row.baseline}`;
			if (!out.includes(line)) out.push(line);
		}
		out.push('');
	}
	for (const note of report.notes ?? []) out.push(`${note}`, '');
	const m = report.machine;
	out.push(
		`Machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gb} GB, ${m.os}, Node ${m.node}, Chromium ${m.chromium || '–'}`
	);
	return out.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const file = process.argv[2] ?? 'bench/results.json';
	console.log(formatTables(JSON.parse(readFileSync(file, 'utf8')) as Report));
}
