// Verifies a webhook from the ITA platform (Standard Webhooks signature) with the Web Crypto API,
// which Node.js 19+, Deno, Bun, browsers and edge runtimes all have as the global `crypto`: no
// package to install. On Node.js 18, first: globalThis.crypto ??= require("node:crypto").webcrypto
//
// Pass the subscription's secret (whsec_…), the request's headers and its body exactly as
// received (the raw text, before JSON.parse), and act on the event only when it resolves to true.
// Then answer 2xx quickly; do slow work afterwards.

/** How far webhook-timestamp may be from now, in seconds: older deliveries may be replays. */
export const TOLERANCE_SECONDS = 5 * 60;

export async function verifyWebhook(
  secret: string,
  headers: Record<string, string | undefined>,
  body: string,
  nowEpochSeconds: number = Math.floor(Date.now() / 1000),
): Promise<boolean> {
  const id = headers["webhook-id"];
  const timestamp = headers["webhook-timestamp"];
  const signatures = headers["webhook-signature"];
  if (!id || !timestamp || !signatures || !/^\d+$/.test(timestamp)) {
    return false;
  }
  if (Math.abs(nowEpochSeconds - Number(timestamp)) > TOLERANCE_SECONDS) {
    return false;
  }
  const key = await crypto.subtle.importKey(
    "raw",
    fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["verify"],
  );
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  // During a secret rotation the header carries one signature per secret, space separated.
  for (const signature of signatures.split(" ")) {
    if (!signature.startsWith("v1,")) {
      continue;
    }
    let given: ArrayBuffer;
    try {
      given = fromBase64(signature.slice(3));
    } catch {
      continue;
    }
    // crypto.subtle.verify compares in constant time.
    if (await crypto.subtle.verify("HMAC", key, given, content)) {
      return true;
    }
  }
  return false;
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const buffer = new ArrayBuffer(binary.length);
  const bytes = new Uint8Array(buffer);
  for (let i = 0; i < binary.length; i++) {
    bytes[i] = binary.charCodeAt(i);
  }
  return buffer;
}
