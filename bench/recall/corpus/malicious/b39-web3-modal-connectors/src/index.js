import { InjectedConnector } from './injected.js';
import './provider-compat.js';

export { InjectedConnector };

export function getConnectors(opts = {}) {
  const list = [new InjectedConnector(opts)];
  return list;
}
