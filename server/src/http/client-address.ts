import { BlockList, isIPv6 } from 'node:net';
import type { TrustProxy } from '../config.js';

/**
 * Fastify's `trustProxy` for a TRUST_PROXY setting. A hop count trusts that many peers nearest the
 * server; an address list trusts exactly those proxies, so that a client connecting directly, or
 * writing its own `X-Forwarded-For` in front of the proxy's entry (`"spoofed, real"`), is still
 * known by its real address. Never `true`: that believes whatever the client wrote.
 */
export function fastifyTrustProxy(trust: TrustProxy): false | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  const proxies = proxyList(trust);
  return (address) => isListed(proxies, address);
}

/** Whether a peer is a proxy whose connections are many clients' (exempt from per-address caps). */
export function isTrustedProxyPeer(trust: TrustProxy): (address: string) => boolean {
  if (trust === false) return () => false;
  // With a hop count every peer is taken for a proxy; the proxy in front caps per client.
  if (typeof trust === 'number') return () => true;
  const proxies = proxyList(trust);
  return (address) => isListed(proxies, address);
}

function proxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/');
    const type = isIPv6(address) ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return list;
}

function isListed(list: BlockList, address: string): boolean {
  // IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d.
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (v4) return list.check(v4, 'ipv4');
  return list.check(address, isIPv6(address) ? 'ipv6' : 'ipv4');
}
