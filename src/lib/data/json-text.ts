/**
 * JSON as text: where a file fails to parse, said the way an editor shows it,
 * and writing a FeatureCollection back in the style of the file it came from.
 * Pure: strings in, strings out.
 */
import type { FeatureCollection } from 'geojson';

/**
 * 'invalid JSON at line 3, column 5: unexpected "}"' (line and column from 1).
 * Node 20's JSON.parse does not always say where it failed, so a small scanner
 * finds the first offending character itself; V8's text is the fallback.
 */
export function describeJsonError(err: Error, text: string): string {
	const found = findJsonError(text);
	if (!found) return `invalid JSON: ${err.message.replace(/\s+/g, ' ')}`;
	const before = text.slice(0, found.offset);
	const line = before.split('\n').length;
	const column = before.length - before.lastIndexOf('\n');
	return `invalid JSON at line ${line}, column ${column}: ${found.message}`;
}

/** The offset and reason of the first syntax error in `text`, or null when it is valid JSON. */
export function findJsonError(text: string): { offset: number; message: string } | null {
	let i = 0;
	class Stop {
		constructor(
			readonly offset: number,
			readonly message: string
		) {}
	}
	const fail = (message?: string): never => {
		throw new Stop(
			i,
			message ??
				(i < text.length ? `unexpected ${JSON.stringify(text[i])}` : 'unexpected end of file')
		);
	};
	const ws = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const literal = (word: string) => {
		if (text.startsWith(word, i)) i += word.length;
		else fail();
	};
	const string = () => {
		i++; // opening quote
		while (i < text.length && text[i] !== '"') {
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('bad \\u escape');
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail('bad escape');
			} else if (text.charCodeAt(i) < 0x20) fail('control character in string');
			i++;
		}
		if (i >= text.length) fail('unterminated string');
		i++;
	};
	const number = () => {
		const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i));
		if (!m) fail();
		i += m![0].length;
	};
	const value = (): void => {
		ws();
		const c = text[i];
		if (c === '{') {
			i++;
			ws();
			if (text[i] === '}') return void i++;
			for (;;) {
				ws();
				if (text[i] !== '"') fail('expected a "key"');
				string();
				ws();
				if (text[i] !== ':') fail('expected ":"');
				i++;
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail('expected "," or "}"');
			}
		}
		if (c === '[') {
			i++;
			ws();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				ws();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail('expected "," or "]"');
			}
		}
		if (c === '"') return string();
		if (c === 't') return literal('true');
		if (c === 'f') return literal('false');
		if (c === 'n') return literal('null');
		if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
		fail();
	};
	try {
		if (text.charCodeAt(0) === 0xfeff) i = 1; // BOM
		value();
		ws();
		if (i < text.length) fail('unexpected content after the JSON value');
		return null;
	} catch (e) {
		if (e instanceof Stop) return { offset: e.offset, message: e.message };
		throw e;
	}
}

/**
 * JSON in the style of the file it replaces: one feature per line when the file
 * was written that way (keeps diffs one line per moved feature), otherwise
 * indented with the file's indent (2 spaces by default).
 */
export function stringifyLike(fc: FeatureCollection, original: string): string {
	const indent = /^\t/m.test(original) ? '\t' : (/^( +)\S/m.exec(original)?.[1] ?? '  ');
	const oneLinePerFeature = /^\s*\{\s*"type"\s*:\s*"Feature"\s*,.*\}\s*,?\s*$/m.test(original);
	if (!oneLinePerFeature) return JSON.stringify(fc, null, indent) + '\n';
	const { features, ...rest } = fc;
	const head = Object.entries(rest).map(
		([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`
	);
	const body = features.map((f) => `${indent}${indent}${JSON.stringify(f)}`).join(',\n');
	return `{\n${[...head, `${indent}"features": [\n${body}\n${indent}]`].join(',\n')}\n}\n`;
}
