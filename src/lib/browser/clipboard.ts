// Copying to the clipboard, which browsers may refuse (no permission, a page not served over
// HTTPS, an embedded frame): the caller then asks the person to copy by hand.

/** Copies `text`; false when the browser refused. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
