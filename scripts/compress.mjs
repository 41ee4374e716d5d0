// On-the-fly compression for scripts/serve.mjs, as a static host does it: brotli, else gzip, for
// text types over 1 KB, with `Vary: Accept-Encoding`. Wraps the response that sirv writes, so sirv
// still resolves paths and answers 304s (its ETags are weak, so they hold for every encoding).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /^(text\/|application\/(javascript|json|xml|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

/** Compressed bodies by encoding and ETag: a build's files do not change while it is served. */
const memo = new Map();

/** @param {string} header the request's Accept-Encoding */
export function pickEncoding(header) {
	const accepted = header
		.split(',')
		.map((part) => part.trim().split(';'))
		.filter(([, q]) => !q || Number(q.split('=')[1]) > 0)
		.map(([name]) => name?.trim().toLowerCase());
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return null;
}

/** @param {'br' | 'gzip'} encoding @param {Buffer} body */
function encode(encoding, body) {
	return encoding === 'br'
		? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
		: gzipSync(body, { level: 9 });
}

/**
 * Makes `res` compress what is written to it, when the client accepts it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compressing(req, res) {
	res.setHeader('vary', 'Accept-Encoding');
	const encoding = pickEncoding(String(req.headers['accept-encoding'] ?? ''));
	if (!encoding || req.method === 'HEAD' || req.headers.range) return;
	/** @type {[number, import('node:http').OutgoingHttpHeaders] | null} */
	let head = null;
	/** @type {Buffer[]} */
	const chunks = [];
	const { writeHead, end } = res;
	// @ts-expect-error: the overloads of writeHead are more than this wrapper needs.
	res.writeHead = (status, headers = {}) => {
		head = [status, headers];
		return res;
	};
	res.write = (chunk) => {
		chunks.push(Buffer.from(chunk));
		return true;
	};
	// @ts-expect-error: as above.
	res.end = (chunk) => {
		if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk));
		const [status, headers] = head ?? [res.statusCode, {}];
		const body = Buffer.concat(chunks);
		const type = String(headers['Content-Type'] ?? res.getHeader('content-type') ?? '');
		const etag = headers['ETag'];
		if (status === 200 && TEXT.test(type) && body.length >= MIN_BYTES) {
			const key = `${encoding} ${etag ?? ''} ${body.length}`;
			let packed = etag ? memo.get(key) : undefined;
			if (!packed) {
				packed = encode(encoding, body);
				if (etag) memo.set(key, packed);
			}
			writeHead.call(res, status, {
				...headers,
				'Content-Encoding': encoding,
				'Content-Length': packed.length
			});
			return end.call(res, packed);
		}
		writeHead.call(res, status, headers);
		return end.call(res, body);
	};
}
