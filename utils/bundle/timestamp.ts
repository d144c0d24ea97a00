import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { parseToken } from './timestamp-check.js';

/**
 * Asks an RFC 3161 timestamping authority (chosen by the user, opt-in) for a
 * token over the manifest's SHA-256. Only that hash and a random nonce leave
 * the machine. The answer is checked before it goes into the bundle: granted,
 * for this hash, with this nonce.
 */
const SHA256 = '2.16.840.1.101.3.4.2.1';

const fromHex = (hex: string) => new Uint8Array(hex.match(/../g)!.map((b) => parseInt(b, 16)));
const toHex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/** The DER request, and the nonce it carries. */
export function timestampRequest(manifestSha256: string): { der: Uint8Array; nonce: string } {
  const nonce = crypto.getRandomValues(new Uint8Array(8));
  nonce[0]! &= 0x7f; // a positive INTEGER
  nonce[0]! |= 0x01;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: fromHex(manifestSha256) }),
    }),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  return { der: new Uint8Array(request.toSchema().toBER()), nonce: toHex(nonce) };
}

/** The TimeStampToken (DER) from an authority's response, checked against the request. */
export function tokenFromResponse(response: Uint8Array, manifestSha256: string, nonce: string): Uint8Array {
  let parsed: pkijs.TimeStampResp;
  try {
    parsed = pkijs.TimeStampResp.fromBER(response.slice().buffer);
  } catch {
    throw new Error('the answer is not an RFC 3161 timestamp response');
  }
  const status = parsed.status.status;
  if (status !== 0 && status !== 1) throw new Error(`the authority refused (status ${status}${parsed.status.statusStrings?.length ? `: ${parsed.status.statusStrings.map((s) => s.valueBlock.value).join(' ')}` : ''})`);
  if (!parsed.timeStampToken) throw new Error('the authority sent no token');
  const token = new Uint8Array(parsed.timeStampToken.toSchema().toBER());
  const { tstInfo } = parseToken(token);
  if (toHex(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView) !== manifestSha256) throw new Error('the token is for another hash');
  if (!tstInfo.nonce || toHex(tstInfo.nonce.valueBlock.valueHexView).replace(/^0+/, '') !== nonce.replace(/^0+/, '')) throw new Error('the token does not answer this request (nonce)');
  return token;
}

/** POSTs the request to the authority and returns the checked token. */
export async function requestTimestamp(url: string, manifestSha256: string, fetchFn: typeof fetch = fetch): Promise<Uint8Array> {
  const { der, nonce } = timestampRequest(manifestSha256);
  const response = await fetchFn(url, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: der as BodyInit, credentials: 'omit', referrerPolicy: 'no-referrer' });
  if (!response.ok) throw new Error(`the authority answered HTTP ${response.status}`);
  return tokenFromResponse(new Uint8Array(await response.arrayBuffer()), manifestSha256, nonce);
}

export { tsaOriginPattern } from './tsa-origin';
