/**
 * A temporary copy of a geodata folder with `n` synthetic facilities added
 * (features/synthetic.geojson), for building the app with a large dataset
 * through the normal pipeline (GEODATA_DIR / GEODATA_OUT, see
 * scripts/geodata.ts). The committed geodata/ is only read.
 *
 *   tsx bench/dataset.ts <count> <out-dir> [--seed 1] [--geodata geodata]
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readGeodataDir } from '../src/lib/server/geodata';
import { SYNTHETIC_FILE, syntheticFacilities, zoneContext } from './synthetic';

/** Copies `from` to `to` (data files only, no tools/) and adds `n` synthetic facilities. */
export function writeSyntheticGeodata(from: string, to: string, n: number, seed = 1): void {
	const folder = readGeodataDir(from);
	if (folder.errors.length) throw new Error(`${from}: ${folder.errors[0]!.message}`);
	rmSync(to, { recursive: true, force: true });
	mkdirSync(to, { recursive: true });
	cpSync(from, to, {
		recursive: true,
		filter: (src) => path.basename(src) !== 'tools' && path.basename(src) !== 'node_modules'
	});
	const fc = syntheticFacilities(zoneContext(folder.files), n, seed);
	writeFileSync(path.join(to, SYNTHETIC_FILE), JSON.stringify(fc));
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
	const args = process.argv.slice(2);
	const opt = (name: string, fallback: string) => {
		const at = args.indexOf(name);
		return at === -1 ? fallback : args.splice(at, 2)[1]!;
	};
	const seed = Number(opt('--seed', '1'));
	const from = path.resolve(opt('--geodata', 'geodata'));
	const [count, out] = args;
	if (!count || !out || !(Number(count) >= 0)) {
		console.error('usage: tsx bench/dataset.ts <count> <out-dir> [--seed 1] [--geodata geodata]');
		process.exitCode = 2;
	} else {
		writeSyntheticGeodata(from, path.resolve(out), Number(count), seed);
		console.log(`wrote ${out} with ${count} synthetic facilities (seed ${seed})`);
	}
}
