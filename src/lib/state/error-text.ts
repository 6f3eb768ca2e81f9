/** What a caught error says, for the user: its message, without the "Error:" a String() adds. */
export function errorText(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
