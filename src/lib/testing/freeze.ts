/**
 * Deep-freezes a test fixture so that a function that mutates its input
 * throws instead of silently corrupting the next test. Test-only.
 */
export function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deepFreeze(child);
	}
	return value;
}
