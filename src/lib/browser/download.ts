// Saving text as a file from the page itself: no server is involved, the browser's download does it.

/** Offers `parts` (text) as a download named `name`. */
export function downloadFile(name: string, parts: BlobPart[], type = 'text/plain;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob(parts, { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked later, not at once: some browsers start reading the blob after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
