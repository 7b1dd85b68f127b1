import type { BoardParts } from '../engine/template-context';
import { NetworkWarnings } from './NetworkWarnings';

/** What the support network has of its own: the guide's advice on its members, checked live. */
const parts: BoardParts = { parts: { 'network-warnings': NetworkWarnings } };
export default parts;
