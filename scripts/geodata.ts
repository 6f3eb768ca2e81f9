/**
 * The geodata CLI: argument parsing only; the commands are in
 * src/lib/server/geodata-commands.ts.
 *
 *   tsx scripts/geodata.ts check
 *   tsx scripts/geodata.ts build
 *   tsx scripts/geodata.ts move <id> --gcj02|--bd09|--wgs84 <lon>,<lat> [--accuracy <m>]
 *   tsx scripts/geodata.ts apply <corrections.json>
 *
 * Reads geodata/ at the repository root, or GEODATA_DIR when set, or the
 * folder after `--geodata <dir>` (any command); `build` writes static/data/,
 * or GEODATA_OUT when set; a layer of GEODATA_TILE_FROM features or more
 * (default 20,000) is also cut into vector tiles.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MoveTo } from '../src/lib/data/move';
import type { Datum } from '../src/lib/data/schema';
import { detailsFrom, geodataDir, outDir, tileFrom } from '../src/lib/server/geodata';
import {
	applyCommand,
	buildCommand,
	checkCommand,
	moveCommand
} from '../src/lib/server/geodata-commands';

const USAGE = `usage:
  tsx scripts/geodata.ts check
  tsx scripts/geodata.ts build
  tsx scripts/geodata.ts move <id> (--gcj02 | --bd09 | --wgs84) <lon>,<lat> [--accuracy <metres>]
    e.g. move boe-wuhan --gcj02 114.142483,30.622467 --accuracy 50
  tsx scripts/geodata.ts apply <corrections.json>
    applies a corrections file saved by the app ("Correct position"), all or nothing
  any command: --geodata <dir> reads and writes that folder instead of geodata/`;

const DATUM_FLAGS: Record<string, Datum> = {
	'--gcj02': 'GCJ-02',
	'--bd09': 'BD-09',
	'--wgs84': 'WGS-84'
};

/** Parses `<id> --gcj02 lon,lat [--accuracy m]`; a string is a usage error. */
export function parseMoveArgs(args: string[]): { id: string; to: MoveTo } | string {
	const [id, ...rest] = args;
	if (!id || id.startsWith('--')) return 'move: missing feature id';
	let to: Partial<MoveTo> = {};
	for (let i = 0; i < rest.length; i += 2) {
		const flag = rest[i]!;
		const value = rest[i + 1];
		if (value === undefined) return `move: ${flag} needs a value`;
		const datum = DATUM_FLAGS[flag];
		if (datum) {
			if (to.datum) return 'move: give exactly one of --gcj02, --bd09, --wgs84';
			const parts = value.split(',').map((s) => Number(s.trim()));
			if (parts.length !== 2 || parts.some((n) => !Number.isFinite(n))) {
				return `move: ${flag} wants <lon>,<lat> in degrees (got "${value}")`;
			}
			to = { ...to, datum, coordinates: [parts[0]!, parts[1]!] };
		} else if (flag === '--accuracy') {
			const metres = Number(value);
			if (!(metres > 0))
				return `move: --accuracy wants a positive number of metres (got "${value}")`;
			to = { ...to, accuracy_m: metres };
		} else return `move: unknown option ${flag}`;
	}
	if (!to.datum || !to.coordinates)
		return 'move: give the new position with --gcj02, --bd09 or --wgs84 <lon>,<lat>';
	return { id, to: to as MoveTo };
}

function move(dir: string, args: string[]): number {
	const parsed = parseMoveArgs(args);
	if (typeof parsed === 'string') {
		console.error(`${parsed}\n${USAGE}`);
		return 2;
	}
	return moveCommand(dir, parsed.id, parsed.to);
}

/** Takes `--geodata <dir>` out of the arguments: the folder to work on. */
export function splitGeodataOption(argv: string[]): { dir?: string; rest: string[] } | string {
	const at = argv.indexOf('--geodata');
	if (at === -1) return { rest: argv };
	const dir = argv[at + 1];
	if (!dir || dir.startsWith('--')) return '--geodata needs a folder';
	return { dir: path.resolve(dir), rest: [...argv.slice(0, at), ...argv.slice(at + 2)] };
}

export function main(argv: string[]): number {
	const split = splitGeodataOption(argv);
	if (typeof split === 'string') {
		console.error(`${split}\n${USAGE}`);
		return 2;
	}
	const [command, ...args] = split.rest;
	const dir = split.dir ?? geodataDir();
	switch (command) {
		case 'check':
			return checkCommand(dir);
		case 'build':
			return buildCommand(dir, outDir(), { tileFrom: tileFrom(), detailsFrom: detailsFrom() });
		case 'move':
			return move(dir, args);
		case 'apply':
			if (args.length !== 1) {
				console.error(`apply: give one corrections file\n${USAGE}`);
				return 2;
			}
			return applyCommand(dir, args[0]!);
		default:
			console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
			return 2;
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	process.exitCode = main(process.argv.slice(2));
}
